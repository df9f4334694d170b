package cn.govdisclosure.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.CellKind;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.Violation;
import cn.govdisclosure.statistics.AppealsTable;
import cn.govdisclosure.statistics.ApplicationsTable;

/**
 * Reads reported values against the format's tables, and lays them over the computed tables: a report shows the
 * reported value of a cell where it holds one, else the computed value.
 */
final class ReportedValues {

    /** One reported cell; {@code amount} is {@code null} when reported as missing. */
    record Cell(ReportedTable table, String row, String column, Long amount, String reason) {
    }

    private static final BigDecimal LIMIT = BigDecimal.valueOf(1_000_000_000L);

    private ReportedValues() {
    }

    /** The cells of the input; a row or column outside the report's format, or a value that is no count, is a 400. */
    static List<Cell> parse(ReportFormat format, ReportedValuesInput input) {
        List<Cell> cells = new ArrayList<>();
        List<Violation> errors = new ArrayList<>();
        Set<String> rows = new HashSet<>();
        for (int i = 0; i < input.values().size(); i++) {
            ReportedValuesInput.Row entry = input.values().get(i);
            String base = "values[" + i + "]";
            String row = entry.row().strip();
            if (!rows.add(entry.table() + "/" + row)) {
                errors.add(Violation.of(base + ".row", "duplicate", "field.row-twice", row, entry.table()));
                continue;
            }
            List<String> rowCodes = rowCodes(format, entry.table());
            if (!rowCodes.contains(row)) {
                errors.add(Violation.of(base + ".row", "unknown-value", "field.not-a-row", entry.table(), format,
                        rowCodes));
                continue;
            }
            List<String> columnCodes = columnCodes(entry.table());
            if (entry.cells().isEmpty()) {
                errors.add(Violation.of(base + ".cells", "required", "field.no-columns"));
            }
            entry.cells().forEach((column, node) -> {
                String field = base + ".cells." + column;
                if (!columnCodes.contains(column)) {
                    errors.add(Violation.of(field, "unknown-value", "field.not-a-column", entry.table(), columnCodes));
                    return;
                }
                try {
                    BigDecimal value = number(node);
                    String problem = value == null ? null : CellKind.COUNT.problemWith(value);
                    if (problem == null && value != null && value.compareTo(LIMIT) >= 0) {
                        errors.add(Violation.of(field, "out-of-range", "field.below", LIMIT));
                    } else if (problem != null) {
                        errors.add(Violation.of(field, "out-of-range", "field.reported." + problem));
                    } else {
                        cells.add(new Cell(entry.table(), row, column, value == null ? null : value.longValueExact(),
                                entry.reason().strip()));
                    }
                } catch (NumberFormatException e) {
                    errors.add(Violation.of(field, "wrong-type", "field.reported-number"));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return cells;
    }

    /** Refuses cells outside the format's tables or with a count that is not one (cells built by code). */
    static void requireLayout(ReportFormat format, List<Cell> cells) {
        List<Violation> errors = new ArrayList<>();
        for (Cell cell : cells) {
            String field = cell.table() + "." + cell.row() + "." + cell.column();
            if (!rowCodes(format, cell.table()).contains(cell.row())
                    || !columnCodes(cell.table()).contains(cell.column())) {
                errors.add(Violation.of(field, "unknown-value", "field.not-a-cell", cell.table(), format));
            } else if (cell.amount() != null && (cell.amount() < 0 || cell.amount() >= LIMIT.longValue())) {
                errors.add(Violation.of(field, "out-of-range", "field.count-range"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** The reported values grouped back into rows, in the order of the tables. */
    static List<ReportedValueView> view(ReportFormat format, List<Cell> cells) {
        Map<String, List<Cell>> byRow = new LinkedHashMap<>();
        cells.stream().sorted((a, b) -> compare(format, a, b))
                .forEach(cell -> byRow.computeIfAbsent(cell.table() + "/" + cell.row(), key -> new ArrayList<>()).add(cell));
        return byRow.values().stream().map(rowCells -> {
            Map<String, Long> values = new LinkedHashMap<>();
            rowCells.forEach(cell -> values.put(cell.column(), cell.amount()));
            Cell first = rowCells.get(0);
            return new ReportedValueView(first.table(), first.row(), values, first.reason());
        }).toList();
    }

    /** Table 三 as the report shows it. */
    static ApplicationsTable applications(ApplicationsTable computed, List<Cell> cells) {
        Map<String, Cell> reported = byKey(cells, ReportedTable.APPLICATIONS);
        if (reported.isEmpty()) {
            return computed;
        }
        List<ApplicationsTable.Row> rows = computed.rows().stream().map(row -> {
            List<Long> values = new ArrayList<>(row.values());
            for (ApplicantColumn column : ApplicantColumn.ALL) {
                Cell cell = reported.get(row.code().name() + "/" + column.name());
                if (cell != null) {
                    values.set(column.ordinal(), cell.amount());
                }
            }
            return new ApplicationsTable.Row(row.code(), row.label(), Collections.unmodifiableList(values));
        }).toList();
        return new ApplicationsTable(computed.columns(), rows);
    }

    /** Table 四 as the report shows it. */
    static AppealsTable appeals(AppealsTable computed, List<Cell> cells) {
        Map<String, Cell> reported = byKey(cells, ReportedTable.APPEALS);
        if (reported.isEmpty()) {
            return computed;
        }
        Map<AppealKind, Map<AppealColumn, Long>> byKind = new LinkedHashMap<>();
        List<Long> values = new ArrayList<>();
        for (AppealKind kind : AppealKind.values()) {
            Map<AppealColumn, Long> group = new LinkedHashMap<>();
            for (AppealColumn column : AppealColumn.ALL) {
                Cell cell = reported.get(kind.name() + "/" + column.name());
                Long value = cell != null ? cell.amount() : computed.byKind().get(kind).get(column);
                group.put(column, value);
                values.add(value);
            }
            byKind.put(kind, group);
        }
        return new AppealsTable(Collections.unmodifiableList(values), byKind);
    }

    static List<String> rowCodes(ReportFormat format, ReportedTable table) {
        return table == ReportedTable.APPLICATIONS
                ? ApplicationRow.rowsOf(format).stream().map(Enum::name).toList()
                : Arrays.stream(AppealKind.values()).map(Enum::name).toList();
    }

    static List<String> columnCodes(ReportedTable table) {
        return table == ReportedTable.APPLICATIONS ? ApplicantColumn.ALL.stream().map(Enum::name).toList()
                : AppealColumn.ALL.stream().map(Enum::name).toList();
    }

    private static Map<String, Cell> byKey(List<Cell> cells, ReportedTable table) {
        Map<String, Cell> map = new LinkedHashMap<>();
        cells.stream().filter(cell -> cell.table() == table).forEach(cell -> map.put(cell.row() + "/" + cell.column(), cell));
        return map;
    }

    private static int compare(ReportFormat format, Cell a, Cell b) {
        int byTable = a.table().compareTo(b.table());
        if (byTable != 0) {
            return byTable;
        }
        List<String> rows = rowCodes(format, a.table());
        int byRow = Integer.compare(rows.indexOf(a.row()), rows.indexOf(b.row()));
        if (byRow != 0) {
            return byRow;
        }
        List<String> columns = columnCodes(a.table());
        return Integer.compare(columns.indexOf(a.column()), columns.indexOf(b.column()));
    }

    /** The number sent for a cell; null for a cell reported as missing (null, blank, "/", "-", "—"). */
    private static BigDecimal number(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            String text = node.textValue().strip();
            if (text.isEmpty() || text.equals("/") || text.equals("-") || text.equals("—")) {
                return null;
            }
            if (!text.matches("-?\\d+(\\.\\d+)?")) {
                throw new NumberFormatException(text);
            }
            return new BigDecimal(text);
        }
        throw new NumberFormatException(node.toString());
    }
}
