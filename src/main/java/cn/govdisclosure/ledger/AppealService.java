package cn.govdisclosure.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.format.AppealResult;
import cn.govdisclosure.platform.BusinessMetrics;
import cn.govdisclosure.platform.Conflict;
import cn.govdisclosure.platform.Creation;
import cn.govdisclosure.platform.ExpectedVersion;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.Message;
import cn.govdisclosure.platform.NotFound;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.ServiceClock;
import cn.govdisclosure.platform.Versioned;
import cn.govdisclosure.platform.Violation;

/** Records review and litigation cases about an agency's disclosure decisions. */
@ApplicationScoped
public class AppealService {

    private final AppealRepository appeals;
    private final ApplicationService applications;
    private final ServiceClock clock;
    private final BusinessMetrics metrics;

    AppealService(AppealRepository appeals, ApplicationService applications, ServiceClock clock,
            BusinessMetrics metrics) {
        this.appeals = appeals;
        this.applications = applications;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Records a case; the same case number sent again with the same content returns the stored case. */
    @Transactional
    public Creation<AppealView> create(AgencyRef agency, AppealInput input) {
        Long applicationId = checkRules(agency, input);
        var existing = appeals.findCase(agency.id(), input.caseNumber().strip());
        if (existing.isPresent()) {
            Appeal appeal = existing.get();
            boolean same = appeal.kind == input.kind() && appeal.filedDate.equals(input.filedDate())
                    && appeal.result == input.result() && Objects.equals(appeal.concludedDate, input.concludedDate())
                    && Objects.equals(appeal.applicationId, applicationId);
            if (!same) {
                throw new Conflict(Message.of("detail.case-recorded-otherwise", input.caseNumber(), agency.code()));
            }
            return new Creation<>(versioned(appeal, agency), false);
        }
        Appeal appeal = new Appeal();
        appeal.agencyId = agency.id();
        appeal.createdAt = clock.now();
        apply(appeal, input, applicationId);
        appeals.persistAndFlush(appeal);
        metrics.appealRecorded();
        return new Creation<>(versioned(appeal, agency), true);
    }

    public Versioned<AppealView> get(AgencyRef agency, long id) {
        return versioned(load(agency, id), agency);
    }

    public PageOf<AppealView> list(AgencyRef agency, AppealFilter filter, PageRequest paging) {
        var query = appeals.filtered(agency.id(), filter.criteria());
        List<AppealView> items = query.page(paging.page(), paging.size()).list().stream()
                .map(appeal -> view(appeal, agency)).toList();
        return new PageOf<>(items, paging.page(), paging.size(), query.count());
    }

    @Transactional
    public Versioned<AppealView> update(AgencyRef agency, long id, AppealInput input, ExpectedVersion expected) {
        Appeal appeal = load(agency, id);
        expected.check(appeal.version);
        Long applicationId = checkRules(agency, input);
        appeals.findCase(agency.id(), input.caseNumber().strip())
                .filter(other -> !other.id.equals(appeal.id))
                .ifPresent(other -> {
                    throw new Conflict(Message.of("detail.case-number-taken", agency.code(), input.caseNumber()));
                });
        apply(appeal, input, applicationId);
        appeals.flush();
        return versioned(appeal, agency);
    }

    /** Checks the case's dates and result, and resolves its application link to an id. */
    private Long checkRules(AgencyRef agency, AppealInput input) {
        List<Violation> errors = new ArrayList<>();
        if (input.filedDate().isAfter(clock.today())) {
            errors.add(Violation.of("filedDate", "date-in-future", "field.date-in-future"));
        }
        boolean pending = input.result() == AppealResult.PENDING;
        if (pending && input.concludedDate() != null) {
            errors.add(Violation.of("concludedDate", "invalid", "field.pending-no-conclusion"));
        }
        if (!pending && input.concludedDate() == null) {
            errors.add(Violation.of("concludedDate", "required", "field.required-for-result", input.result()));
        }
        if (input.concludedDate() != null) {
            if (input.concludedDate().isBefore(input.filedDate())) {
                errors.add(Violation.of("concludedDate", "date-order", "field.before-filed-date"));
            }
            if (input.concludedDate().isAfter(clock.today())) {
                errors.add(Violation.of("concludedDate", "date-in-future", "field.date-in-future"));
            }
        }
        Long applicationId = null;
        String trackingNumber = input.applicationTrackingNumber();
        if (trackingNumber != null && !trackingNumber.isBlank()) {
            applicationId = applications.idOf(agency.id(), trackingNumber.strip()).orElse(null);
            if (applicationId == null) {
                errors.add(Violation.of("applicationTrackingNumber", "unknown-value", "field.no-such-application",
                        agency.code(), trackingNumber));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return applicationId;
    }

    private void apply(Appeal appeal, AppealInput input, Long applicationId) {
        appeal.caseNumber = input.caseNumber().strip();
        appeal.kind = input.kind();
        appeal.filedDate = input.filedDate();
        appeal.result = input.result();
        appeal.concludedDate = input.concludedDate();
        appeal.applicationId = applicationId;
        appeal.updatedAt = clock.now();
    }

    private Appeal load(AgencyRef agency, long id) {
        return appeals.findInAgency(agency.id(), id).orElseThrow(
                () -> new NotFound(Message.of("detail.no-appeal", agency.code(), id)));
    }

    private Versioned<AppealView> versioned(Appeal appeal, AgencyRef agency) {
        return new Versioned<>(view(appeal, agency), appeal.version);
    }

    private AppealView view(Appeal appeal, AgencyRef agency) {
        String trackingNumber = appeal.applicationId == null ? null
                : applications.trackingNumberOf(appeal.applicationId).orElse(null);
        return new AppealView(appeal.id, agency.code(), appeal.caseNumber, appeal.kind, appeal.filedDate,
                appeal.result, appeal.concludedDate, trackingNumber, appeal.createdAt, appeal.updatedAt);
    }
}
