package cn.govdisclosure.federation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.govdisclosure.platform.AuditTrail;

/**
 * Another instance of the service whose agencies, published reports and figures this instance pulls: its root agency
 * there and the agency here below which they hang. The client secret is stored encrypted and never shown. The lease
 * columns make a pull of the source run on one replica at a time.
 */
@Entity
@AuditTrail(type = "FEDERATION_SOURCE", key = "code",
        recorded = {"code", "name", "baseUrl", "rootAgencyCode", "localParentId", "reportYears", "credentialsKind",
                "tokenUrl", "clientId", "createdAt"},
        withheld = "clientSecret",
        ignored = {"updatedAt", "leaseOwner", "leaseUntil"})
@Table(name = "federation_source")
public class FederationSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true, length = 32)
    String code;

    @Column(nullable = false, length = 200)
    String name;

    @Column(name = "base_url", nullable = false, length = 500)
    String baseUrl;

    @Column(name = "root_agency_code", nullable = false, length = 32)
    String rootAgencyCode;

    @Column(name = "local_parent_id", nullable = false)
    long localParentId;

    /** The report years pulled, comma-separated in ascending order. */
    @Column(name = "report_years", nullable = false, length = 200)
    String reportYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "credentials_kind", nullable = false, length = 20)
    CredentialsKind credentialsKind;

    @Column(name = "token_url", length = 500)
    String tokenUrl;

    @Column(name = "client_id", length = 200)
    String clientId;

    /** Encrypted like personal data (key id and AES-GCM ciphertext). */
    @Column(name = "client_secret", length = 1000)
    String clientSecret;

    @Column(name = "lease_owner", length = 100)
    String leaseOwner;

    @Column(name = "lease_until")
    Instant leaseUntil;

    @Version
    long version;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
