package cn.govdisclosure.report;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.govdisclosure.platform.AuditTrail;

/** One filled cell of the section 二 table; a cell without a row here is missing, not zero. */
@Entity
@AuditTrail(type = "PROACTIVE_CELL", key = {"rowCode", "columnCode"}, parent = "report",
        recorded = {"rowCode", "columnCode", "amount", "amountScale"})
@Table(name = "proactive_cell")
public class ProactiveCell {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    AnnualReport report;

    @Column(name = "row_code", nullable = false, length = 40)
    String rowCode;

    @Column(name = "column_code", nullable = false, length = 40)
    String columnCode;

    @Column(name = "amount", nullable = false, precision = 20, scale = 6)
    BigDecimal amount;

    /**
     * How many decimals the amount was entered with (251000 元: 0; 101647022.75: 2), so that it is printed as it
     * was entered; null in cells stored before it was kept.
     */
    @Column(name = "amount_scale")
    Integer amountScale;
}
