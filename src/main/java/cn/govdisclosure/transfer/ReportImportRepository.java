package cn.govdisclosure.transfer;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class ReportImportRepository implements PanacheRepository<ReportImportRecord> {

    /** The report's latest import. */
    Optional<ReportImportRecord> latest(long reportId) {
        return find("reportId", Sort.descending("id"), reportId).firstResultOptional();
    }
}
