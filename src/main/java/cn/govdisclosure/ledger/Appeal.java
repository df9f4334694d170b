package cn.govdisclosure.ledger;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.AppealResult;
import cn.govdisclosure.platform.AuditTrail;

/** An administrative review (行政复议) or lawsuit (行政诉讼) about the agency's disclosure work. */
@Entity
@AuditTrail(type = "APPEAL",
        recorded = {"agencyId", "caseNumber", "kind", "filedDate", "result", "concludedDate", "applicationId",
                "createdAt"},
        ignored = "updatedAt")
@Table(name = "appeal")
public class Appeal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "agency_id", nullable = false)
    long agencyId;

    @Column(name = "case_number", nullable = false, length = 100)
    String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    AppealKind kind;

    @Column(name = "filed_date", nullable = false)
    LocalDate filedDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    AppealResult result;

    @Column(name = "concluded_date")
    LocalDate concludedDate;

    @Column(name = "application_id")
    Long applicationId;

    @Version
    long version;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
