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
}
