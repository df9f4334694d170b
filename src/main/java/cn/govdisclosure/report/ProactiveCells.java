package cn.govdisclosure.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import cn.govdisclosure.format.CellKind;
import cn.govdisclosure.format.ProactiveLayout;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.Violation;

/** Reads the section 二 cells of a request against the format's layout, and lays stored cells out again. */
final class ProactiveCells {

    /** The decimals the amount column keeps (proactive_cell.amount, DECIMAL(20, 6)). */
    private static final int STORED_SCALE = 6;

    /** A filled cell. */
    record Cell(String row, String column, BigDecimal value) {
    }

    private ProactiveCells() {
    }

    /** The filled cells of the input; every cell outside the format or of the wrong kind is a field error. */
    static List<Cell> parse(ReportFormat format, Map<String, Map<String, JsonNode>> values) {
        List<Cell> cells = new ArrayList<>();
        List<Violation> errors = new ArrayList<>();
        values.forEach((rowCode, columns) -> {
            String rowField = "values." + rowCode;
            Optional<ProactiveLayout.Group> group = ProactiveLayout.groupOf(format, rowCode);
            if (group.isEmpty()) {
                errors.add(Violation.of(rowField, "unknown-value", "field.not-a-section2-row", format, rowCodes(format)));
                return;
            }
            if (columns == null) {
                return;
            }
            columns.forEach((columnCode, node) -> {
                String field = rowField + "." + columnCode;
                Optional<ProactiveLayout.Column> column = group.get().column(columnCode);
                if (column.isEmpty()) {
                    errors.add(Violation.of(field, "unknown-value", "field.not-a-section2-column", rowCode, format,
                            group.get().columns().stream().map(ProactiveLayout.Column::code).toList()));
                    return;
                }
                try {
                    BigDecimal value = decimal(node);
                    if (value == null) {
                        return;
                    }
                    String problem = column.get().kind().problemWith(value);
                    if (problem != null) {
                        errors.add(Violation.of(field, "out-of-range", "field.cell." + problem));
                    } else {
                        cells.add(new Cell(rowCode, columnCode, value));
                    }
                } catch (NumberFormatException e) {
                    errors.add(Violation.of(field, "wrong-type", "field.cell-number"));
                }
            });
        });
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return cells;
    }

    /** Refuses cells outside the format's layout or of the wrong kind (cells built by code, not sent by a caller). */
    static void requireLayout(ReportFormat format, List<Cell> cells) {
        List<Violation> errors = new ArrayList<>();
        for (Cell cell : cells) {
            Optional<ProactiveLayout.Column> column = ProactiveLayout.groupOf(format, cell.row())
                    .flatMap(group -> group.column(cell.column()));
            String field = "proactiveDisclosure." + cell.row() + "." + cell.column();
            if (column.isEmpty()) {
                errors.add(Violation.of(field, "unknown-value", "field.not-a-section2-cell", format));
            } else if (column.get().kind().problemWith(cell.value()) != null) {
                errors.add(Violation.of(field, "out-of-range",
                        "field.cell." + column.get().kind().problemWith(cell.value())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** The format's full table with the stored values in place and missing cells as null. */
    static ProactiveDisclosureView view(ReportFormat format, List<Cell> cells) {
        Map<String, BigDecimal> byKey = cells.stream()
                .collect(Collectors.toMap(cell -> cell.row() + "/" + cell.column(), Cell::value));
        List<ProactiveDisclosureView.Group> groups = ProactiveLayout.of(format).stream().map(group -> {
            List<ProactiveDisclosureView.Column> columns = group.columns().stream()
                    .map(c -> new ProactiveDisclosureView.Column(c.code(), c.label(), c.kind())).toList();
            List<ProactiveDisclosureView.Row> rows = group.rows().stream().map(row -> {
                Map<String, Object> values = new LinkedHashMap<>();
                for (ProactiveLayout.Column column : group.columns()) {
                    values.put(column.code(), present(column.kind(), byKey.get(row.code() + "/" + column.code())));
                }
                return new ProactiveDisclosureView.Row(row.code(), row.label(), values);
            }).toList();
            return new ProactiveDisclosureView.Group(group.item(), columns, rows);
        }).toList();
        return new ProactiveDisclosureView(format, groups);
    }

    /** The decimals a value was entered with (none for a whole number), as far as the stored column keeps them. */
    static int scaleOf(BigDecimal value) {
        return Math.max(0, Math.min(STORED_SCALE, value.scale()));
    }

    /**
     * A stored amount with the decimals it was entered with; one stored before they were kept with its trailing
     * zeros cut, but at least two decimals, as it was shown then.
     */
    static BigDecimal asEntered(BigDecimal stored, Integer scale) {
        if (scale != null) {
            return stored.setScale(scale, RoundingMode.UNNECESSARY);
        }
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2, RoundingMode.UNNECESSARY) : stripped;
    }

    /** A count as a whole number; money as the decimal string it was entered as (251000, 101647022.75). */
    private static Object present(CellKind kind, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (!kind.isMoney()) {
            return value.longValueExact();
        }
        return value.setScale(scaleOf(value), RoundingMode.UNNECESSARY).toPlainString();
    }

    private static BigDecimal decimal(JsonNode node) {
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

    private static String rowCodes(ReportFormat format) {
        return ProactiveLayout.of(format).stream().flatMap(group -> group.rows().stream())
                .map(ProactiveLayout.Row::code).collect(Collectors.joining(", "));
    }
}
