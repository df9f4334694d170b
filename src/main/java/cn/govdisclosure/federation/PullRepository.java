package cn.govdisclosure.federation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** The pulls of the sources, newest first. */
@ApplicationScoped
class PullRepository implements PanacheRepository<FederationPull> {

    List<FederationPull> pageFor(long sourceId, int page, int size) {
        return find("sourceId", Sort.descending("id"), sourceId).page(page, size).list();
    }

    long countFor(long sourceId) {
        return count("sourceId", sourceId);
    }
}
