package cn.govdisclosure.report;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class ReportRepository implements PanacheRepository<AnnualReport> {

    Optional<AnnualReport> findFor(long agencyId, int year) {
        return find("agencyId = ?1 and reportYear = ?2", agencyId, year).firstResultOptional();
    }

    List<AnnualReport> pageFor(long agencyId, int page, int size) {
        return find("agencyId", Sort.descending("reportYear"), agencyId).page(page, size).list();
    }

    long countFor(long agencyId) {
        return count("agencyId", agencyId);
    }

    /** The agency's reports with at least one published revision, newest year first. */
    List<AnnualReport> pagePublishedFor(long agencyId, int page, int size) {
        return getEntityManager().createQuery("select a from AnnualReport a where a.agencyId = :agency and exists "
                        + "(select 1 from ReportRevision r where r.report = a) order by a.reportYear desc", AnnualReport.class)
                .setParameter("agency", agencyId).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    long countPublishedFor(long agencyId) {
        return getEntityManager().createQuery("select count(a) from AnnualReport a where a.agencyId = :agency and exists "
                        + "(select 1 from ReportRevision r where r.report = a)", Long.class)
                .setParameter("agency", agencyId).getSingleResult();
    }

    /**
     * Stores the counts of the report's check findings with a plain UPDATE: the report's version (its ETag) does not
     * move, and the entity, which maps the columns read-only, never writes them back.
     */
    void storeFindingCounts(long reportId, long errors, long warnings, java.time.Instant countedAt) {
        getEntityManager().createNativeQuery("update annual_report set check_errors = ?1, check_warnings = ?2, "
                        + "findings_counted_at = ?3 where id = ?4")
                .setParameter(1, (int) Math.min(errors, Integer.MAX_VALUE))
                .setParameter(2, (int) Math.min(warnings, Integer.MAX_VALUE))
                .setParameter(3, countedAt).setParameter(4, reportId).executeUpdate();
    }

    /** A report of a list with its revision in force (the revision's members null while none is published). */
    record Listed(long id, long agencyId, int year, ReportStatus status, int revision, Integer errors,
            Integer warnings, java.time.Instant countedAt, Integer revisionInForce,
            java.time.LocalDate publishedDate, java.time.LocalDate deadline, Boolean publishedLate) {
    }

    /**
     * The criteria of a list of reports: the agencies (governments apart, whose deadline differs), the year, the
     * status, whether only reports with a revision in force count, and lateness, with the latest report year of each
     * kind whose deadline has passed (a report not yet published is late from the day after its deadline).
     */
    record ListCriteria(java.util.Collection<Long> governments, java.util.Collection<Long> others, Integer year,
            ReportStatus status, boolean publishedOnly, Boolean late, int governmentsLateUpTo, int othersLateUpTo) {
    }

    private static final String LISTED_FROM = " from AnnualReport a left join ReportRevision r on r.report = a "
            + "and r.revision = (select max(x.revision) from ReportRevision x where x.report = a) ";

    /** One page of the reports matching the criteria, newest year first, then by agency and id: one query. */
    List<Listed> listed(ListCriteria criteria, int page, int size) {
        var query = getEntityManager().createQuery("select a.id, a.agencyId, a.reportYear, a.status, a.revision, "
                + "a.checkErrors, a.checkWarnings, a.findingsCountedAt, r.revision, r.publishedDate, r.deadline, "
                + "r.publishedLate" + LISTED_FROM + where(criteria) + " order by a.reportYear desc, a.agencyId, a.id",
                Object[].class);
        bind(query, criteria);
        return query.setFirstResult(page * size).setMaxResults(size).getResultStream()
                .map(row -> new Listed((Long) row[0], (Long) row[1], (Integer) row[2], (ReportStatus) row[3],
                        (Integer) row[4], (Integer) row[5], (Integer) row[6], (java.time.Instant) row[7],
                        (Integer) row[8], (java.time.LocalDate) row[9], (java.time.LocalDate) row[10],
                        (Boolean) row[11]))
                .toList();
    }

    long countListed(ListCriteria criteria) {
        var query = getEntityManager().createQuery("select count(a)" + LISTED_FROM + where(criteria), Long.class);
        bind(query, criteria);
        return query.getSingleResult();
    }

    private static String where(ListCriteria criteria) {
        StringBuilder where = new StringBuilder("where (a.agencyId in :governments or a.agencyId in :others)");
        if (criteria.year() != null) {
            where.append(" and a.reportYear = :year");
        }
        if (criteria.publishedOnly()) {
            where.append(" and r.id is not null");
        }
        if (criteria.status() != null) {
            where.append(" and a.status = :status");
        }
        if (criteria.late() != null) {
            String late = "((r.id is not null and r.publishedLate = true) or (r.id is null and ("
                    + "(a.agencyId in :governments and a.reportYear <= :governmentsLateUpTo) or "
                    + "(a.agencyId in :others and a.reportYear <= :othersLateUpTo))))";
            where.append(criteria.late() ? " and " + late : " and not " + late);
        }
        return where.toString();
    }

    private static void bind(jakarta.persistence.Query query, ListCriteria criteria) {
        // an empty list would be "in ()"; no agency has id 0
        query.setParameter("governments", criteria.governments().isEmpty() ? List.of(0L) : criteria.governments());
        query.setParameter("others", criteria.others().isEmpty() ? List.of(0L) : criteria.others());
        if (criteria.year() != null) {
            query.setParameter("year", criteria.year());
        }
        if (criteria.status() != null) {
            query.setParameter("status", criteria.status());
        }
        if (criteria.late() != null) {
            query.setParameter("governmentsLateUpTo", criteria.governmentsLateUpTo());
            query.setParameter("othersLateUpTo", criteria.othersLateUpTo());
        }
    }
}
