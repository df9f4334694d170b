package cn.govdisclosure.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;


import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.ServiceClock;

/**
 * Who was shown which application's personal data, and when. The services that build responses with personal data
 * record them here, one row per response and one statement for the applications it showed; an admin queries the log
 * per application, agency or reader.
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
     * Records that the audience was shown the personal data of these applications of the agency: one row for the
     * answer and one multi-row statement for the applications, in the order shown; nothing when the audience saw
     * masked names only or nothing was shown.
     */
    @Transactional
    public void record(AgencyRef agency, Collection<String> trackingNumbers, Audience audience) {
        if (!audience.seesPersonalData() || trackingNumbers.isEmpty()) {
            return;
        }
        entries.insert(agency.id(), agency.code(), audience.reader(), clock.now(), List.copyOf(trackingNumbers));
    }

    /**
     * One entry per application shown, newest answer first and, within an answer, the last application shown first;
     * each condition optional.
     */
    public PageOf<PersonalDataAccessView> search(String agencyCode, String trackingNumber, String reader,
            PageRequest paging) {
        StringBuilder where = new StringBuilder(" from AccessedApplication shown join shown.access access where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (agencyCode != null && !agencyCode.isBlank()) {
            where.append(" and access.agencyCode = :agency");
            parameters.put("agency", agencyCode);
        }
        if (trackingNumber != null && !trackingNumber.isBlank()) {
            where.append(" and shown.trackingNumber = :number");
            parameters.put("number", trackingNumber);
        }
        if (reader != null && !reader.isBlank()) {
            where.append(" and access.reader = :reader");
            parameters.put("reader", reader);
        }
        EntityManager em = entries.getEntityManager();
        TypedQuery<PersonalDataAccessView> items = em.createQuery("select new " + PersonalDataAccessView.class.getName()
                + "(access.agencyCode, shown.trackingNumber, access.reader, access.accessedAt)" + where
                + " order by access.accessedAt desc, access.id desc, shown.ordinal desc", PersonalDataAccessView.class);
        TypedQuery<Long> count = em.createQuery("select count(*)" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<PersonalDataAccessView> page = items.setFirstResult(paging.page() * paging.size())
                .setMaxResults(paging.size()).getResultList();
        return new PageOf<>(page, paging.page(), paging.size(), count.getSingleResult());
    }
}
