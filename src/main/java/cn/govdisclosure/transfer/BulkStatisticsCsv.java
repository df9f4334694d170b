package cn.govdisclosure.transfer;

import java.util.List;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.statistics.ApplicationsTable;

/**
 * The bulk pull as CSV for loading into a database: one figure per line, each line naming its year, agency,
 * table, row and column by code and by label. Same content as the JSON; the header line is the schema.
 */
final class BulkStatisticsCsv {

    static final List<String> HEADER = List.of("year", "format", "agencyCode", "agencyName", "parentCode",
            "lastChanged", "table", "rowCode", "rowLabel", "columnCode", "columnLabel", "value");

    private BulkStatisticsCsv() {
    }

    static byte[] write(BulkStatistics pull) {
        Csv csv = new Csv().row(HEADER);
        for (BulkStatistics.Agency agency : pull.agencies()) {
            ApplicationsTable applications = agency.applications();
            for (ApplicationsTable.Row row : applications.rows()) {
                String label = row.code().levels(pull.format()).path();
                for (int i = 0; i < applications.columns().size(); i++) {
                    ApplicationsTable.Column column = applications.columns().get(i);
                    csv.row(pull.year(), pull.format(), agency.agencyCode(), agency.agencyName(), agency.parentCode(),
                            agency.lastChanged(), "applications", row.code(), label, column.code(), column.label(),
                            row.values().get(i));
                }
            }
            for (AppealKind kind : AppealKind.values()) {
                for (AppealColumn column : AppealColumn.ALL) {
                    csv.row(pull.year(), pull.format(), agency.agencyCode(), agency.agencyName(), agency.parentCode(),
                            agency.lastChanged(), "appeals", kind, kind.path(), column, column.label(),
                            agency.appeals().byKind().get(kind).get(column));
                }
            }
        }
        return csv.bytes();
    }
}
