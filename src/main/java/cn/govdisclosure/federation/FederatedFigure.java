package cn.govdisclosure.federation;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import cn.govdisclosure.platform.NoAuditTrail;

/**
 * One cell of a federated agency's tables 三 or 四 of a year as its source's bulk statistics gave it (its own
 * records, not rolled up). Replaced as a whole, per agency and year, by each pull that brings them.
 */
@Entity
@NoAuditTrail("copies of a source's figures, replaced by the pull that brings them; the pull is recorded")
@IdClass(FederatedFigure.Key.class)
@Table(name = "federated_figure")
public class FederatedFigure {

    @Id
    @Column(name = "agency_id")
    long agencyId;

    @Id
    @Column(name = "report_year")
    int reportYear;

    /** {@code 3} or {@code 4}. */
    @Id
    @Column(name = "table_code", length = 20)
    String tableCode;

    @Id
    @Column(name = "row_code", length = 40)
    String rowCode;

    @Id
    @Column(name = "column_code", length = 40)
    String columnCode;

    @Column(nullable = false)
    long amount;

    /** The composite key. */
    public static class Key implements Serializable {
        long agencyId;
        int reportYear;
        String tableCode;
        String rowCode;
        String columnCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.agencyId == agencyId && key.reportYear == reportYear
                    && Objects.equals(key.tableCode, tableCode) && Objects.equals(key.rowCode, rowCode)
                    && Objects.equals(key.columnCode, columnCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyId, reportYear, tableCode, rowCode, columnCode);
        }
    }
}
