package cn.govdisclosure.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.ServiceClock;

/**
 * Who was shown which application's personal data, and when. The services that build responses with personal data
 * record them here, one write per response; an admin queries the log per application, agency or reader.
 */
@ApplicationScoped
public class PersonalDataAccessLog {

    private final PersonalDataAccessRepository entries;
    private final ServiceClock clock;

    PersonalDataAccessLog(PersonalDataAccessRepository entries, ServiceClock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Records that the audience was shown the personal data of these applications of the agency, with one
     * statement; nothing when the audience saw masked names only or nothing was shown.
     */
    @Transactional
    public void record(AgencyRef agency, Collection<String> trackingNumbers, Audience audience) {
        if (!audience.seesPersonalData() || trackingNumbers.isEmpty()) {
            return;
        }
        entries.insertAll(agency.id(), agency.code(), List.copyOf(trackingNumbers), audience.reader(), clock.now());
    }

    public PageOf<PersonalDataAccessView> search(String agencyCode, String trackingNumber, String reader,
            PageRequest paging) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (agencyCode != null && !agencyCode.isBlank()) {
            query.append(" and agencyCode = :agency");
            parameters.put("agency", agencyCode);
        }
        if (trackingNumber != null && !trackingNumber.isBlank()) {
            query.append(" and trackingNumber = :number");
            parameters.put("number", trackingNumber);
        }
        if (reader != null && !reader.isBlank()) {
            query.append(" and reader = :reader");
            parameters.put("reader", reader);
        }
        var found = entries.find(query.toString(),
                Sort.descending("accessedAt").and("id", Sort.Direction.Descending), parameters);
        List<PersonalDataAccessView> items = found.page(paging.page(), paging.size()).list().stream()
                .map(a -> new PersonalDataAccessView(a.agencyCode, a.trackingNumber, a.reader, a.accessedAt)).toList();
        return new PageOf<>(items, paging.page(), paging.size(), found.count());
    }
}
