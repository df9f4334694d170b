package cn.govdisclosure.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.ReportFormat;

/** Lays aggregated counts out as the format's tables 三 and 四, with their total row and column. */
public final class TableAssembler {

    private TableAssembler() {
    }

    public static AnnualTables assemble(ReportFormat format, List<LedgerCount> ledger, List<AppealCount> appeals) {
        return new AnnualTables(format, applications(format, ledger), appeals(appeals));
    }

    static ApplicationsTable applications(ReportFormat format, List<LedgerCount> counts) {
        Map<ApplicationRow, long[]> cells = new EnumMap<>(ApplicationRow.class);
        for (ApplicationRow row : ApplicationRow.rowsOf(format)) {
            cells.put(row, new long[ApplicantColumn.ALL.size()]);
        }
        for (LedgerCount count : counts) {
            int column = ApplicantColumn.of(count.applicantType()).ordinal();
            cells.get(ApplicationRow.NEW_RECEIVED)[column] += count.newReceived();
            cells.get(ApplicationRow.CARRIED_OVER)[column] += count.carriedOver();
            cells.get(ApplicationRow.CARRIED_FORWARD)[column] += count.carriedForward();
            if (count.concluded() > 0) {
                if (count.outcome() == null) {
                    throw new IllegalStateException("concluded applications without an outcome");
                }
                cells.get(ApplicationRow.of(count.outcome(), format))[column] += count.concluded();
                cells.get(ApplicationRow.TOTAL_CONCLUDED)[column] += count.concluded();
            }
        }
        int total = ApplicantColumn.TOTAL.ordinal();
        List<ApplicationsTable.Row> rows = new ArrayList<>();
        cells.forEach((row, values) -> {
            values[total] = Arrays.stream(values, 0, total).sum();
            rows.add(new ApplicationsTable.Row(row, row.label(format), Arrays.stream(values).boxed().toList()));
        });
        List<ApplicationsTable.Column> columns = ApplicantColumn.ALL.stream()
                .map(column -> new ApplicationsTable.Column(column, column.label())).toList();
        return new ApplicationsTable(columns, rows);
    }

    static AppealsTable appeals(List<AppealCount> counts) {
        Map<AppealKind, Map<AppealColumn, Long>> byKind = new LinkedHashMap<>();
        for (AppealKind kind : AppealKind.values()) {
            Map<AppealColumn, Long> group = new LinkedHashMap<>();
            AppealColumn.ALL.forEach(column -> group.put(column, 0L));
            byKind.put(kind, group);
        }
        for (AppealCount count : counts) {
            Map<AppealColumn, Long> group = byKind.get(count.kind());
            group.merge(count.resultAtYearEnd().column(), count.cases(), Long::sum);
            group.merge(AppealColumn.TOTAL, count.cases(), Long::sum);
        }
        List<Long> values = byKind.values().stream().flatMap(group -> group.values().stream()).toList();
        return new AppealsTable(values, byKind);
    }
}
