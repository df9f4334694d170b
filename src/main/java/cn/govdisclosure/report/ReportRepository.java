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
}
