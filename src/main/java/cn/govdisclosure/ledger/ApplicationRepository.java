package cn.govdisclosure.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class ApplicationRepository implements PanacheRepository<DisclosureApplication> {

    Optional<DisclosureApplication> findEntry(long agencyId, String trackingNumber) {
        return find("agencyId = ?1 and trackingNumber = ?2", agencyId, trackingNumber).firstResultOptional();
    }

    /**
     * The filtered ledger of these agencies in the criteria's order, ties broken by tracking number and id; entries
     * without the date ordered by come last. {@code searchNames}: whether {@code q} also searches applicants' names.
     */
    PanacheQuery<DisclosureApplication> filtered(java.util.Collection<Long> agencyIds,
            ApplicationFilter.Criteria filter, LocalDate today, boolean searchNames) {
        List<String> conditions = new ArrayList<>(List.of("agencyId in :agencies"));
        Map<String, Object> parameters = new HashMap<>(Map.of("agencies", agencyIds));
        addFilter(conditions, parameters, filter, today);
        if (filter.text() != null) {
            conditions.add("(lower(trackingNumber) like :text escape '!' or lower(subject) like :text escape '!'"
                    + (searchNames ? " or lower(applicantName) like :text escape '!'" : "") + ")");
            parameters.put("text", "%" + filter.text().toLowerCase(java.util.Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return find(String.join(" and ", conditions), order(filter.order()), parameters);
    }

    private static Sort order(ApplicationFilter.LedgerOrder order) {
        Sort.Direction direction = order.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
        Sort sort = Sort.by(order.field(), direction, Sort.NullPrecedence.NULLS_LAST);
        return order.field().equals("trackingNumber") ? sort.and("id", direction)
                : sort.and("trackingNumber", direction).and("id", direction);
    }

    /**
     * The next page of the filtered ledger of these agencies after the given entry, in the list's order (receipt
     * date, tracking number) with the id as tie-breaker: a keyset page, as fast at the millionth row as at the first.
     */
    List<DisclosureApplication> exportPage(java.util.Collection<Long> agencyIds, ApplicationFilter.Criteria filter,
            LocalDate today, DisclosureApplication after, int size) {
        List<String> conditions = new ArrayList<>(List.of("agencyId in :agencies"));
        Map<String, Object> parameters = new HashMap<>(Map.of("agencies", agencyIds));
        addFilter(conditions, parameters, filter, today);
        if (after != null) {
            conditions.add("(receivedDate > :afterDate or (receivedDate = :afterDate and (trackingNumber > :afterNumber "
                    + "or (trackingNumber = :afterNumber and id > :afterId))))");
            parameters.put("afterDate", after.receivedDate);
            parameters.put("afterNumber", after.trackingNumber);
            parameters.put("afterId", after.id);
        }
        return find(String.join(" and ", conditions), Sort.by("receivedDate").and("trackingNumber").and("id"),
                parameters).page(0, size).list();
    }

    private static void addFilter(List<String> conditions, Map<String, Object> parameters,
            ApplicationFilter.Criteria filter, LocalDate today) {
        if (filter.receivedYear() != null) {
            conditions.add("receivedDate between :receivedYearStart and :receivedYearEnd");
            parameters.put("receivedYearStart", LocalDate.of(filter.receivedYear(), 1, 1));
            parameters.put("receivedYearEnd", LocalDate.of(filter.receivedYear(), 12, 31));
        }
        if (filter.receivedFrom() != null) {
            conditions.add("receivedDate >= :receivedFrom");
            parameters.put("receivedFrom", filter.receivedFrom());
        }
        if (filter.receivedTo() != null) {
            conditions.add("receivedDate <= :receivedTo");
            parameters.put("receivedTo", filter.receivedTo());
        }
        if (filter.concludedYear() != null) {
            conditions.add("concludedDate between :concludedYearStart and :concludedYearEnd");
            parameters.put("concludedYearStart", LocalDate.of(filter.concludedYear(), 1, 1));
            parameters.put("concludedYearEnd", LocalDate.of(filter.concludedYear(), 12, 31));
        }
        if (filter.concludedFrom() != null) {
            conditions.add("concludedDate >= :concludedFrom");
            parameters.put("concludedFrom", filter.concludedFrom());
        }
        if (filter.concludedTo() != null) {
            conditions.add("concludedDate <= :concludedTo");
            parameters.put("concludedTo", filter.concludedTo());
        }
        if (filter.outcome() != null) {
            conditions.add("outcome = :outcome");
            parameters.put("outcome", filter.outcome());
        }
        if (filter.applicantType() != null) {
            conditions.add("applicantType = :applicantType");
            parameters.put("applicantType", filter.applicantType());
        }
        if (filter.channel() != null) {
            conditions.add("channel = :channel");
            parameters.put("channel", filter.channel());
        }
        if (filter.status() != null) {
            conditions.add(filter.status() == ApplicationStatus.OPEN ? "outcome is null" : "outcome is not null");
        }
        if (filter.overdue() != null) {
            String overdue = "(deadlineStatus = :running and dueDate < :today)";
            conditions.add(filter.overdue() ? overdue : "not " + overdue);
            parameters.put("running", DeadlineStatus.OPEN);
            parameters.put("today", today);
        }
        if (filter.dueBefore() != null) {
            conditions.add("deadlineStatus <> :concluded and dueDate < :dueBefore");
            parameters.put("concluded", DeadlineStatus.CONCLUDED);
            parameters.put("dueBefore", filter.dueBefore());
        }
    }

    /** Applications whose deadline a calendar change between these days can move. */
    List<DisclosureApplication> affectedBy(LocalDate first, LocalDate last, int page, int size) {
        return find("receivedDate <= ?2 and (concludedDate is null or concludedDate >= ?1 or dueDate is null "
                + "or dueDate >= ?1)", Sort.by("id"), first, last).page(page, size).list();
    }

    /** Open applications of these agencies: soonest due first, those whose clock is stopped after them. */
    PanacheQuery<DisclosureApplication> openByDueDate(java.util.Collection<Long> agencyIds) {
        return find("agencyId in ?1 and deadlineStatus <> ?2 "
                + "order by case when dueDate is null then 1 else 0 end, dueDate, receivedDate, id",
                agencyIds, DeadlineStatus.CONCLUDED);
    }

    Optional<Long> idOf(long agencyId, String trackingNumber) {
        return getEntityManager().createQuery("select a.id from DisclosureApplication a "
                        + "where a.agencyId = :agency and a.trackingNumber = :number", Long.class)
                .setParameter("agency", agencyId).setParameter("number", trackingNumber)
                .getResultStream().findFirst();
    }

    Optional<String> trackingNumberOf(long id) {
        return getEntityManager().createQuery("select a.trackingNumber from DisclosureApplication a where a.id = :id",
                        String.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** The ids of applications concluded before the day whose personal data is still held, by id, a page. */
    List<Long> expiredPersonalData(LocalDate concludedBefore, long afterId, int size) {
        return getEntityManager().createQuery("select a.id from DisclosureApplication a where a.concludedDate < :cutoff "
                        + "and a.anonymisedAt is null and a.id > :after order by a.id", Long.class)
                .setParameter("cutoff", concludedBefore).setParameter("after", afterId).setMaxResults(size)
                .getResultList();
    }

    /** Agency id and tracking number of these applications, in agency and tracking-number order. */
    List<Object[]> keysOf(java.util.Collection<Long> ids) {
        return getEntityManager().createQuery("select a.agencyId, a.trackingNumber from DisclosureApplication a "
                + "where a.id in :ids order by a.agencyId, a.trackingNumber", Object[].class)
                .setParameter("ids", ids).getResultList();
    }

    /**
     * Replaces the applicant's details of these applications with the marker, unless done already; a new version,
     * so that a client holding the old ETag cannot write the details back unseen. Returns the rows changed.
     */
    int anonymise(java.util.Collection<Long> ids, String marker, java.time.Instant now) {
        return update("applicantName = ?1, applicantIdNumber = null, applicantPhone = null, applicantEmail = null, "
                + "applicantAddress = null, anonymisedAt = ?2, updatedAt = ?2, version = version + 1 "
                + "where id in ?3 and anonymisedAt is null", marker, now, ids);
    }

    /** Open applications of one deadline status, with how many of them are overdue and how many due in the window. */
    record OpenCount(DeadlineStatus status, long count, long overdue, long dueSoon) {
    }

    /**
     * Open applications of these agencies per deadline status, counted in the database; of those whose period is
     * running, how many are past their due date and how many are due from today through {@code dueThrough}.
     */
    List<OpenCount> openCounts(java.util.Collection<Long> agencyIds, LocalDate today, LocalDate dueThrough) {
        return getEntityManager().createQuery("select a.deadlineStatus, count(a), "
                        + "sum(case when a.deadlineStatus = :running and a.dueDate < :today then 1 else 0 end), "
                        + "sum(case when a.deadlineStatus = :running and a.dueDate >= :today and a.dueDate <= :through "
                        + "then 1 else 0 end) "
                        + "from DisclosureApplication a where a.agencyId in :agencies and a.deadlineStatus <> :concluded "
                        + "group by a.deadlineStatus", Object[].class)
                .setParameter("agencies", agencyIds).setParameter("running", DeadlineStatus.OPEN)
                .setParameter("today", today).setParameter("through", dueThrough)
                .setParameter("concluded", DeadlineStatus.CONCLUDED)
                .getResultStream()
                .map(row -> new OpenCount((DeadlineStatus) row[0], number(row[1]), number(row[2]), number(row[3])))
                .toList();
    }

    /** Applications of these agencies concluded (or withdrawn) on a day between these two, both included. */
    long countConcluded(java.util.Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        return count("agencyId in ?1 and concludedDate between ?2 and ?3", agencyIds, from, to);
    }

    /** Applications received in one month, of one channel and applicant type. */
    record IntakeCount(int month, Channel channel, cn.govdisclosure.format.ApplicantType applicantType, long count) {
    }

    /** Applications of these agencies received in the year, counted per month, channel and applicant type. */
    List<IntakeCount> intakeByMonth(java.util.Collection<Long> agencyIds, int year) {
        return getEntityManager().createQuery("select extract(month from a.receivedDate), a.channel, a.applicantType, "
                        + "count(a) from DisclosureApplication a where a.agencyId in :agencies "
                        + "and a.receivedDate between :start and :end "
                        + "group by extract(month from a.receivedDate), a.channel, a.applicantType", Object[].class)
                .setParameter("agencies", agencyIds).setParameter("start", LocalDate.of(year, 1, 1))
                .setParameter("end", LocalDate.of(year, 12, 31))
                .getResultStream()
                .map(row -> new IntakeCount((int) number(row[0]), (Channel) row[1],
                        (cn.govdisclosure.format.ApplicantType) row[2], number(row[3])))
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0L : ((Number) value).longValue();
    }
}
