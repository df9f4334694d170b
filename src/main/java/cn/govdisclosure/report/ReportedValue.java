package cn.govdisclosure.report;

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

import cn.govdisclosure.platform.AuditTrail;

/**
 * A value of table 三 or 四 as the office reports it, in place of the one computed from the ledger, with the
 * reason. A {@code null} amount is a cell reported as missing ("/").
 */
@Entity
@AuditTrail(type = "REPORTED_VALUE", key = {"tableCode", "rowCode", "columnCode"}, parent = "report",
        recorded = {"tableCode", "rowCode", "columnCode", "amount", "reason"})
@Table(name = "reported_value")
public class ReportedValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    AnnualReport report;

    @Enumerated(EnumType.STRING)
    @Column(name = "table_code", nullable = false, length = 20)
    ReportedTable tableCode;

    @Column(name = "row_code", nullable = false, length = 40)
    String rowCode;

    @Column(name = "column_code", nullable = false, length = 40)
    String columnCode;

    @Column(name = "amount")
    Long amount;

    @Column(name = "reason", nullable = false, length = 500)
    String reason;
}
