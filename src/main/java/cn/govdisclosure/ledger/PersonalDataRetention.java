package cn.govdisclosure.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.audit.BulkAudit;
import cn.govdisclosure.platform.Conflict;
import cn.govdisclosure.platform.ServiceClock;

/**
 * Keeps applicants' personal data only as long as the law needs it: once an application was concluded longer ago
 * than the retention period, its applicant's name, identity number, phone, e-mail and address are replaced by
 * {@link Applicant#ANONYMISED}. Nothing the statistics count (dates, channel, applicant type, outcome, timeline)
 * changes, so every table of every year stays as it was. A run is one transaction and one audit entry with its
 * count; a dry run only says what a run would change. Off unless a period is configured.
 */
@ApplicationScoped
public class PersonalDataRetention {

    /** The audit trail's entity type of a run's entry. */
    public static final String AUDIT_TYPE = "PERSONAL_DATA_RETENTION";
    /** The most applications a run's answer names; the count is always complete. */
    static final int LISTED = 1000;
    private static final int BATCH = 500;

    private final ApplicationRepository applications;
    private final AgencyService agencies;
    private final BulkAudit audit;
    private final ServiceClock clock;
    private final Optional<Period> period;

    PersonalDataRetention(ApplicationRepository applications, AgencyService agencies, BulkAudit audit,
            ServiceClock clock,
            @ConfigProperty(name = "disclosure.personal-data.retention") Optional<Period> period) {
        this.applications = applications;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
        this.period = period;
    }

    /** Refuses to start with a period that is not positive (it would anonymise open and recent cases at once). */
    void check(@Observes StartupEvent started) {
        period.ifPresent(configured -> {
            if (configured.isNegative() || configured.isZero()) {
                throw new IllegalArgumentException("DISCLOSURE_PERSONAL_DATA_RETENTION must be a positive period "
                        + "such as P10Y, not " + configured);
            }
        });
    }

    /** Whether a retention period is configured. */
    public boolean enabled() {
        return period.isPresent();
    }

    /** What a run would anonymise now; changes nothing. */
    @Transactional
    public RetentionRunView preview() {
        return execute(true, null, null);
    }

    /**
     * Anonymises every application concluded before today minus the period whose personal data is still held, and
     * records one audit entry (who or what started the run, the cut-off and the count).
     */
    @Transactional
    public RetentionRunView run(String actor, String trigger) {
        return execute(false, actor, trigger);
    }

    private RetentionRunView execute(boolean dryRun, String actor, String trigger) {
        Period retention = period.orElseThrow(() -> new Conflict("Personal-data retention is off: set "
                + "DISCLOSURE_PERSONAL_DATA_RETENTION to a period such as P10Y to enable it"));
        LocalDate today = clock.today();
        LocalDate cutoff = today.minus(retention);
        Instant now = clock.now();
        long count = 0;
        List<Long> listed = new ArrayList<>();
        long after = 0;
        List<Long> batch;
        do {
            batch = applications.expiredPersonalData(cutoff, after, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            count += dryRun ? batch.size() : applications.anonymise(batch, Applicant.ANONYMISED, now);
            listed.addAll(batch.subList(0, Math.min(batch.size(), LISTED - listed.size())));
            after = batch.get(batch.size() - 1);
        } while (batch.size() == BATCH);
        List<RetentionRunView.Anonymised> named = named(listed);
        if (!dryRun) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("retention", retention.toString());
            facts.put("concludedBefore", cutoff);
            facts.put("trigger", trigger);
            facts.put("count", count);
            audit.recordAnonymisation(AUDIT_TYPE, today.toString(), actor, facts);
        }
        return new RetentionRunView(dryRun, retention.toString(), cutoff, count, named, count > named.size());
    }

    private List<RetentionRunView.Anonymised> named(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, String> codes = new HashMap<>();
        List<RetentionRunView.Anonymised> named = new ArrayList<>();
        for (Object[] key : applications.keysOf(ids)) {
            long agencyId = (Long) key[0];
            String code = codes.computeIfAbsent(agencyId, id -> agencies.byId(id).code());
            named.add(new RetentionRunView.Anonymised(code, (String) key[1]));
        }
        named.sort(Comparator.comparing(RetentionRunView.Anonymised::agency)
                .thenComparing(RetentionRunView.Anonymised::trackingNumber));
        return named;
    }
}
