package cn.govdisclosure.federation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/**
 * Federation sources. A pull holds its source with a lease taken by one conditional UPDATE, like the ledger import
 * jobs: a claim succeeds only when no lease is held or the holder's ran out (its replica died), so two replicas never
 * pull the same source at once.
 */
@ApplicationScoped
class SourceRepository implements PanacheRepository<FederationSource> {

    Optional<FederationSource> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    List<FederationSource> page(int page, int size) {
        return findAll(Sort.by("code")).page(page, size).list();
    }

    /** Every source's id and code, by code. */
    List<Object[]> allIdsAndCodes() {
        return getEntityManager().createQuery("select s.id, s.code from FederationSource s order by s.code",
                Object[].class).getResultList();
    }

    /** Takes the source for this owner until {@code until}; false while another pull holds it. */
    boolean claim(long id, String owner, Instant now, Instant until) {
        return update("leaseOwner = ?1, leaseUntil = ?2 where id = ?3 and (leaseUntil is null or leaseUntil < ?4)",
                owner, until, id, now) == 1;
    }

    /** Extends the lease held by this owner; false when it was lost. */
    boolean extend(long id, String owner, Instant until) {
        return update("leaseUntil = ?1 where id = ?2 and leaseOwner = ?3", until, id, owner) == 1;
    }

    void release(long id, String owner) {
        update("leaseOwner = null, leaseUntil = null where id = ?1 and leaseOwner = ?2", id, owner);
    }
}
