package cn.govdisclosure.statistics;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;

/** Table 三: one row per template row, seven values each (six applicant types, then the total). */
@Schema(name = "ApplicationsTable")
public record ApplicationsTable(List<Column> columns, List<Row> rows) {

    /** A column of the table. */
    @Schema(name = "ApplicationsTableColumn")
    public record Column(ApplicantColumn code, String label) {
    }

    /** A row of the table; {@code values} follow {@code columns}. */
    @Schema(name = "ApplicationsTableRow")
    public record Row(ApplicationRow code, String label, List<Long> values) {

        public long value(ApplicantColumn column) {
            return values.get(column.ordinal());
        }
    }

    /** The row with this code; absent rows (OTHER_* in GB2019) are an error of the caller. */
    public Row row(ApplicationRow code) {
        return rows.stream().filter(row -> row.code() == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + code + " in this format"));
    }
}
