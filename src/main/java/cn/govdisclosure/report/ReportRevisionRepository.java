package cn.govdisclosure.report;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class ReportRevisionRepository implements PanacheRepository<ReportRevision> {

    Optional<ReportRevision> find(long reportId, int revision) {
        return find("report.id = ?1 and revision = ?2", reportId, revision).firstResultOptional();
    }

    /** The revision in force: the latest published one. */
    Optional<ReportRevision> latest(long reportId) {
        return find("report.id", Sort.descending("revision"), reportId).firstResultOptional();
    }

    List<ReportRevision> all(long reportId) {
        return find("report.id", Sort.ascending("revision"), reportId).list();
    }
}
