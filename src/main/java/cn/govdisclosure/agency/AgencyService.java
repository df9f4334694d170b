package cn.govdisclosure.agency;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.govdisclosure.platform.Conflict;
import cn.govdisclosure.platform.Creation;
import cn.govdisclosure.platform.ExpectedVersion;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.Message;
import cn.govdisclosure.platform.NotFound;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.ServiceClock;
import cn.govdisclosure.platform.Versioned;

/** Creates and reorganises agencies, keeping the hierarchy a tree. */
@ApplicationScoped
public class AgencyService {

    private final AgencyRepository agencies;
    private final ServiceClock clock;

    AgencyService(AgencyRepository agencies, ServiceClock clock) {
        this.agencies = agencies;
        this.clock = clock;
    }

    /** The agency with this code, or a 404 problem naming it. */
    public AgencyRef require(String code) {
        return agencies.findRef(code).orElseThrow(() -> new NotFound(Message.of("detail.no-agency", code)));
    }

    /** The agency with this code, if there is one. */
    public Optional<AgencyRef> find(String code) {
        return agencies.findRef(code);
    }

    /** The agency with this internal id, which a stored record refers to (so it exists). */
    public AgencyRef byId(long id) {
        Agency agency = agencies.findById(id);
        if (agency == null) {
            throw new IllegalStateException("a record refers to agency id " + id + ", which does not exist");
        }
        return AgencyRef.of(agency);
    }

    /** The agency and every agency below it. */
    public List<AgencyRef> subtree(AgencyRef root) {
        return agencies.subtreeOf(root.treePath()).stream().map(AgencyRef::of).toList();
    }

    /** The agencies a scope names: the agency alone, or it and every agency below it. */
    public List<AgencyRef> within(AgencyRef root, Scope scope) {
        return scope == Scope.SUBTREE ? subtree(root) : List.of(root);
    }

    /** The agencies of the subtree pulled from federation sources, in tree order (parents before children). */
    public List<AgencyRef> federatedIn(AgencyRef root) {
        return agencies.federatedIn(root.treePath()).stream().map(AgencyRef::of).toList();
    }

    /** The ids of the agency and of every agency below it (the agencies themselves are not loaded). */
    public List<Long> subtreeIds(AgencyRef root) {
        return agencies.idsOfSubtree(root.treePath());
    }

    /** The tree paths of the agencies with these codes (unknown codes are skipped). */
    public List<String> treePathsOf(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : agencies.treePathsOf(codes);
    }

    public Versioned<AgencyView> get(String code) {
        Agency agency = load(code);
        return new Versioned<>(AgencyView.of(agency), agency.version);
    }

    public PageOf<AgencyView> list(String parentCode, PageRequest paging) {
        if (parentCode != null) {
            load(parentCode);
        }
        return new PageOf<>(agencies.page(parentCode, paging.page(), paging.size()).stream().map(AgencyView::of).toList(),
                paging.page(), paging.size(), agencies.count(parentCode));
    }

    /** Creates an agency; the same request sent again returns the agency it created. */
    @Transactional
    public Creation<AgencyView> create(AgencyInput input) {
        Agency parent = input.parentCode() == null ? null : agencies.findByCode(input.parentCode())
                .orElseThrow(() -> new InvalidInput("parentCode", "unknown-value", "field.no-agency", input.parentCode()));
        if (parent != null) {
            AgencyRef.of(parent).requireLocal();
        }
        var existing = agencies.findByCode(input.code());
        if (existing.isPresent()) {
            Agency agency = existing.get();
            boolean same = agency.name.equals(input.name().strip()) && agency.kind == input.kind()
                    && Objects.equals(agency.parent == null ? null : agency.parent.code, input.parentCode());
            if (!same) {
                throw new Conflict(Message.of("detail.agency-exists-otherwise", input.code()));
            }
            return new Creation<>(new Versioned<>(AgencyView.of(agency), agency.version), false);
        }
        Agency agency = new Agency();
        agency.code = input.code();
        agency.name = input.name().strip();
        agency.kind = input.kind();
        agency.parent = parent;
        agency.createdAt = clock.now();
        agency.updatedAt = agency.createdAt;
        agency.treePath = "/";
        agencies.persistAndFlush(agency);
        agency.treePath = (parent == null ? "/" : parent.treePath) + agency.id + "/";
        agencies.flush();
        return new Creation<>(new Versioned<>(AgencyView.of(agency), agency.version), true);
    }

    /** Renames, re-kinds or moves an agency; a move may not put it below itself. */
    @Transactional
    public Versioned<AgencyView> update(String code, AgencyUpdate update, ExpectedVersion expected) {
        Agency agency = load(code);
        expected.check(agency.version);
        AgencyRef.of(agency).requireLocal();
        Agency parent = null;
        if (update.parentCode() != null) {
            parent = agencies.findByCode(update.parentCode()).orElseThrow(
                    () -> new InvalidInput("parentCode", "unknown-value", "field.no-agency", update.parentCode()));
            if (parent.treePath.startsWith(agency.treePath)) {
                throw new InvalidInput("parentCode", "invalid", "field.agency-cycle", update.parentCode(), code);
            }
            AgencyRef.of(parent).requireLocal();
        }
        change(agency, update.name().strip(), update.kind(), parent);
        return new Versioned<>(AgencyView.of(agency), agency.version);
    }

    /** What pulling one remote agency did here. */
    public enum FederatedChange { CREATED, UPDATED, UNCHANGED }

    /**
     * Creates or updates an agency pulled from a federation source, below the parent named (an agency of this
     * instance for the source's root, else an agency pulled from the same source, pulled first). An agency of this
     * instance, or of another source, with the same code is a conflict: codes are unique across the tree.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public FederatedChange applyFederated(String source, String code, String name, AgencyKind kind, String parentCode,
            Instant fetchedAt) {
        Agency parent = agencies.findByCode(parentCode).orElseThrow(() -> new Conflict(Message.of(
                "detail.federated-parent-missing", code, source, parentCode)));
        var existing = agencies.findByCode(code);
        if (existing.isPresent() && !source.equals(existing.get().federatedFrom)) {
            throw new Conflict(existing.get().federatedFrom == null
                    ? Message.of("detail.federated-code-local", code, source)
                    : Message.of("detail.federated-code-other", code, source, existing.get().federatedFrom));
        }
        if (existing.isEmpty()) {
            Agency agency = new Agency();
            agency.code = code;
            agency.name = name;
            agency.kind = kind;
            agency.parent = parent;
            agency.federatedFrom = source;
            agency.fetchedAt = fetchedAt;
            agency.createdAt = clock.now();
            agency.updatedAt = agency.createdAt;
            agency.treePath = "/";
            agencies.persistAndFlush(agency);
            agency.treePath = parent.treePath + agency.id + "/";
            agencies.flush();
            return FederatedChange.CREATED;
        }
        Agency agency = existing.get();
        boolean back = agency.withdrawnAt != null;
        agency.withdrawnAt = null;
        if (agency.name.equals(name) && agency.kind == kind && agency.parent != null && agency.parent.id.equals(parent.id)) {
            if (back) {
                agency.fetchedAt = fetchedAt;
                agency.updatedAt = clock.now();
                return FederatedChange.UPDATED;
            }
            return FederatedChange.UNCHANGED;
        }
        if (parent.treePath.startsWith(agency.treePath)) {
            throw new Conflict(Message.of("detail.federated-cycle", code, source));
        }
        agency.fetchedAt = fetchedAt;
        change(agency, name, kind, parent);
        return FederatedChange.UPDATED;
    }

    /**
     * Marks the agencies pulled from the source that it no longer provides — every one whose code is not among
     * {@code provided}, the codes of the source's tree now — as withdrawn at {@code at}; those already withdrawn keep
     * their instant. Returns the codes newly withdrawn, in tree order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> withdrawFederated(String source, Collection<String> provided, Instant at) {
        List<String> withdrawn = new java.util.ArrayList<>();
        for (Agency agency : agencies.list("federatedFrom = ?1 and withdrawnAt is null",
                io.quarkus.panache.common.Sort.by("treePath"), source)) {
            if (!provided.contains(agency.code)) {
                agency.withdrawnAt = at;
                agency.updatedAt = clock.now();
                withdrawn.add(agency.code);
            }
        }
        return withdrawn;
    }

    /**
     * Records that a pull changed what is stored of a federated agency (its figures or its reports): a new version and
     * update time, so that what depends on them (the bulk statistics' tag, their {@code lastChanged}) moves on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void touchFederated(String code, Instant fetchedAt) {
        Agency agency = load(code);
        if (agency.federatedFrom == null) {
            throw new IllegalStateException("agency " + code + " is not federated");
        }
        agency.fetchedAt = fetchedAt;
        agency.updatedAt = clock.now();
        // the times are in whole seconds and may equal those of a pull earlier in the same second: the version must
        // move all the same, or the bulk statistics would keep their tag over changed figures
        agencies.getEntityManager().lock(agency, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        agencies.flush();
    }

    private void change(Agency agency, String name, AgencyKind kind, Agency parent) {
        String newPath = (parent == null ? "/" : parent.treePath) + agency.id + "/";
        agency.name = name;
        agency.kind = kind;
        agency.parent = parent;
        agency.updatedAt = clock.now();
        if (!newPath.equals(agency.treePath)) {
            String oldPath = agency.treePath;
            agencies.flush();
            agencies.movePaths(oldPath, newPath);
            agencies.getEntityManager().refresh(agency);
        }
        agencies.flush();
    }

    private Agency load(String code) {
        return agencies.findByCode(code)
                .orElseThrow(() -> new NotFound(Message.of("detail.no-agency", code)));
    }

}
