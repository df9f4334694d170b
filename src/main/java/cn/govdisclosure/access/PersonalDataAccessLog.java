package cn.govdisclosure.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.ServiceClock;

/** Records who read which application's personal data, and lets an admin query it. */
@ApplicationScoped
public class PersonalDataAccessLog implements PanacheRepository<PersonalDataAccess> {

    private final ServiceClock clock;

    PersonalDataAccessLog(ServiceClock clock) {
        this.clock = clock;
    }

    /** Records that the reader was shown the personal data of these applications of the agency. */
    @Transactional
    public void record(AgencyRef agency, Collection<String> trackingNumbers, String reader) {
        var now = clock.now();
        for (String trackingNumber : trackingNumbers) {
            PersonalDataAccess access = new PersonalDataAccess();
            access.agencyId = agency.id();
            access.agencyCode = agency.code();
            access.trackingNumber = trackingNumber;
            access.reader = reader;
            access.accessedAt = now;
            persist(access);
        }
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
        var found = find(query.toString(), Sort.descending("accessedAt").and("id", Sort.Direction.Descending),
                parameters);
        List<PersonalDataAccessView> items = found.page(paging.page(), paging.size()).list().stream()
                .map(a -> new PersonalDataAccessView(a.agencyCode, a.trackingNumber, a.reader, a.accessedAt)).toList();
        return new PageOf<>(items, paging.page(), paging.size(), found.count());
    }
}
