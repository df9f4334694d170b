package cn.govdisclosure.agency;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.govdisclosure.platform.AuditTrail;

/**
 * A disclosing agency. {@code treePath} is the materialised path of ids from the root, such as
 * {@code /1/4/}: a subtree is every agency whose path starts with its root's path.
 */
@Entity
@AuditTrail(type = "AGENCY", key = "code",
        recorded = {"code", "name", "kind", "parent", "treePath", "federatedFrom", "withdrawnAt", "createdAt"},
        ignored = {"updatedAt", "fetchedAt"})
@Table(name = "agency")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true, length = 32)
    String code;

    @Column(nullable = false, length = 200)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    AgencyKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    Agency parent;

    @Column(name = "tree_path", nullable = false, length = 255)
    String treePath;

    /** The code of the federation source this agency was pulled from; null for an agency of this instance. */
    @Column(name = "federated_from", length = 32)
    String federatedFrom;

    /** When the federation source last delivered a change of this agency. */
    @Column(name = "fetched_at")
    Instant fetchedAt;

    /**
     * When a pull found that the federation source no longer provides this agency (it left the source's tree); null
     * while the source provides it. What was pulled of it stays.
     */
    @Column(name = "withdrawn_at")
    Instant withdrawnAt;

    @Version
    long version;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }
}
