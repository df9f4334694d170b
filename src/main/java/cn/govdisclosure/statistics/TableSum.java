package cn.govdisclosure.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;

/**
 * Adds two years' worth of tables 三 and 四 of the same format cell by cell: every cell of both tables is additive
 * (totals included). A missing cell (null, reported as missing) adds nothing.
 */
public final class TableSum {

    private TableSum() {
    }

    public static AnnualTables add(AnnualTables a, AnnualTables b) {
        if (a.format() != b.format()) {
            throw new IllegalArgumentException("tables of " + a.format() + " and " + b.format() + " do not add up");
        }
        return new AnnualTables(a.format(), applications(a.applications(), b.applications()),
                appeals(a.appeals(), b.appeals()));
    }

    private static ApplicationsTable applications(ApplicationsTable a, ApplicationsTable b) {
        List<ApplicationsTable.Row> rows = new ArrayList<>();
        for (ApplicationsTable.Row row : a.rows()) {
            List<Long> other = b.row(row.code()).values();
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < row.values().size(); i++) {
                values.add(plus(row.values().get(i), other.get(i)));
            }
            rows.add(new ApplicationsTable.Row(row.code(), row.label(), List.copyOf(values)));
        }
        return new ApplicationsTable(a.columns(), List.copyOf(rows));
    }

    private static AppealsTable appeals(AppealsTable a, AppealsTable b) {
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < a.values().size(); i++) {
            values.add(plus(a.values().get(i), b.values().get(i)));
        }
        Map<AppealKind, Map<AppealColumn, Long>> byKind = new EnumMap<>(AppealKind.class);
        for (AppealKind kind : AppealKind.values()) {
            Map<AppealColumn, Long> columns = new EnumMap<>(AppealColumn.class);
            for (AppealColumn column : AppealColumn.ALL) {
                columns.put(column, plus(a.byKind().get(kind).get(column), b.byKind().get(kind).get(column)));
            }
            byKind.put(kind, columns);
        }
        return new AppealsTable(List.copyOf(values), byKind);
    }

    private static long plus(Long a, Long b) {
        return (a == null ? 0L : a) + (b == null ? 0L : b);
    }
}
