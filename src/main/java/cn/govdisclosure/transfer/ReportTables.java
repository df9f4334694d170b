package cn.govdisclosure.transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.ProactiveLayout;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.format.SectionHeading;
import cn.govdisclosure.report.ProactiveDisclosureView;
import cn.govdisclosure.report.ReportOrigin;
import cn.govdisclosure.report.ReportView;
import cn.govdisclosure.statistics.AppealsTable;
import cn.govdisclosure.statistics.ApplicationsTable;
import cn.govdisclosure.transfer.ReportTable.Cell;
import cn.govdisclosure.transfer.ReportTable.Comparison;
import cn.govdisclosure.transfer.ReportTable.Row;
import cn.govdisclosure.transfer.ReportTable.Source;

/**
 * Builds a report's tables cell by cell, alone or with the previous year alongside. Rows are matched by
 * code and cells by column code. Across the 2021 format change: section 二 changed what its columns count,
 * so none of its rows compare; table 三 is computed from the ledger, which keeps each application's
 * fine-grained outcome, so the previous year is laid out in this year's rows and every row compares;
 * table 四 is the same in both formats.
 */
final class ReportTables {

    static final String PROACTIVE = "proactive-disclosure";
    static final String APPLICATIONS = "applications";
    static final String APPEALS = "appeals";
    static final List<String> NAMES = List.of(PROACTIVE, APPLICATIONS, APPEALS);

    private ReportTables() {
    }

    static ReportTable of(ReportView report, String table) {
        return switch (table) {
            case PROACTIVE -> table(report, PROACTIVE, proactiveRows(report.proactiveDisclosure()), null, null);
            case APPLICATIONS -> table(report, APPLICATIONS, applicationRows(report.format(), report.applications()),
                    null, null);
            case APPEALS -> table(report, APPEALS, appealRows(report.appeals()), null, null);
            default -> throw new IllegalArgumentException(table);
        };
    }

    /** Section 二 with the previous year's report's, or with none when {@code previous} is null. */
    static ReportTable proactiveDisclosure(ReportView report, ProactiveDisclosureView previous) {
        int year = report.year() - 1;
        List<Row> rows = proactiveRows(report.proactiveDisclosure());
        if (previous == null) {
            ReportFormat format = ReportFormat.forYear(year);
            return table(report, PROACTIVE, notComparable(rows, "the agency has no report of " + year),
                    new Comparison(year, format, Source.NO_REPORT, "There is no report of " + year
                            + " to compare with."),
                    null);
        }
        if (previous.format() != report.format()) {
            String reason = "the " + report.format() + " format changed what this item of article 20 counts; the "
                    + previous.format() + " figures of " + year + " are not comparable field by field";
            return table(report, PROACTIVE, notComparable(rows, reason),
                    new Comparison(year, previous.format(), Source.REPORT, ProactiveLayout.GB2021_CHANGES
                            + " No row compares; previousRows shows the " + year + " figures as reported."),
                    proactiveRows(previous));
        }
        return table(report, PROACTIVE, compare(rows, proactiveRows(previous)),
                new Comparison(year, previous.format(), Source.REPORT, "From the agency's report of " + year + "."),
                null);
    }

    /**
     * Table 三 with the previous year's, computed from the ledger and laid out in this report's format
     * ({@code previous} must have this report's rows).
     */
    static ReportTable applications(ReportView report, ApplicationsTable previous) {
        int year = report.year() - 1;
        ReportFormat previousFormat = ReportFormat.forYear(year);
        String note = "The " + year + " figures are computed from the ledger.";
        if (previousFormat != report.format()) {
            String folded = ApplicationRow.OTHER.label(ReportFormat.GB2019);
            note += " " + year + " used the " + previousFormat + " format, whose one row " + folded + " holds what "
                    + report.format() + " shows as the " + ApplicationRow.foldedIntoGb2019Other().size() + " rows of "
                    + ApplicationRow.Group.OTHER_HANDLING.label() + "; the ledger keeps each application's outcome, so "
                    + year + " is laid out here in the " + report.format() + " rows and every row compares. The " + year
                    + " report's " + folded + " equals the sum of those rows.";
        }
        return table(report, APPLICATIONS, compare(applicationRows(report.format(), report.applications()),
                applicationRows(report.format(), previous)), new Comparison(year, previousFormat, Source.LEDGER, note),
                null);
    }

    /**
     * Table 三 with the previous year's report as it shows it — a report imported from a published document or
     * holding reported values, whose figures are not the ledger's. Rows compare by code; across the 2021 format
     * change the previous report's one row （六）其他处理 counts what this year's three rows of （六） count together,
     * so none of them compares.
     */
    static ReportTable applicationsFromReport(ReportView report, ReportView previous) {
        List<Row> rows = compare(applicationRows(report.format(), report.applications()),
                applicationRows(previous.format(), previous.applications()));
        if (previous.format() != report.format()) {
            List<String> folded = ApplicationRow.foldedIntoGb2019Other().stream().map(Enum::name).toList();
            String reason = "the " + previous.format() + " report's one row "
                    + ApplicationRow.OTHER.label(ReportFormat.GB2019) + " counts what the " + report.format()
                    + " rows of " + ApplicationRow.Group.OTHER_HANDLING.label() + " count together";
            rows = rows.stream().map(row -> folded.contains(row.code())
                    ? new Row(row.group(), row.code(), row.label(), false, reason,
                            row.cells().stream().map(cell -> new Cell(cell.column(), cell.label(), cell.value(), null,
                                    null)).toList())
                    : row).toList();
        }
        return table(report, APPLICATIONS, rows, new Comparison(previous.year(), previous.format(), Source.REPORT,
                "From the agency's " + previous.year() + " report as it shows its figures (" + origin(previous)
                        + "), not from the ledger."),
                null);
    }

    /** Table 四 with the previous year's report as it shows it (imported, or with reported values). */
    static ReportTable appealsFromReport(ReportView report, ReportView previous) {
        return table(report, APPEALS, compare(appealRows(report.appeals()), appealRows(previous.appeals())),
                new Comparison(previous.year(), previous.format(), Source.REPORT, "From the agency's "
                        + previous.year() + " report as it shows its figures (" + origin(previous)
                        + "), not from the appeal records; table 四 is the same in both formats."),
                null);
    }

    private static String origin(ReportView report) {
        return report.provenance() != null && report.provenance().origin() == ReportOrigin.IMPORTED
                ? "imported from its published document" : "with reported values";
    }

    /** Table 四 with the previous year's, computed from the appeal records (the same in both formats). */
    static ReportTable appeals(ReportView report, AppealsTable previous) {
        int year = report.year() - 1;
        return table(report, APPEALS, compare(appealRows(report.appeals()), appealRows(previous)),
                new Comparison(year, ReportFormat.forYear(year), Source.LEDGER, "Computed from the appeal records of "
                        + year + "; table 四 is the same in both formats."),
                null);
    }

    private static ReportTable table(ReportView report, String table, List<Row> rows, Comparison comparison,
            List<Row> previousRows) {
        SectionHeading heading = switch (table) {
            case PROACTIVE -> SectionHeading.PROACTIVE_DISCLOSURE;
            case APPLICATIONS -> SectionHeading.APPLICATIONS;
            default -> SectionHeading.APPEALS;
        };
        return new ReportTable(table, heading.heading(), report.agencyCode(), report.agencyName(), report.year(),
                report.format(), comparison, rows, previousRows);
    }

    static List<Row> proactiveRows(ProactiveDisclosureView view) {
        List<Row> rows = new ArrayList<>();
        for (ProactiveDisclosureView.Group group : view.groups()) {
            for (ProactiveDisclosureView.Row row : group.rows()) {
                List<Cell> cells = group.columns().stream()
                        .map(column -> new Cell(column.code(), column.label(), row.values().get(column.code()), null, null))
                        .toList();
                rows.add(new Row(group.item(), row.code(), row.label(), null, null, cells));
            }
        }
        return rows;
    }

    static List<Row> applicationRows(ReportFormat format, ApplicationsTable table) {
        List<Row> rows = new ArrayList<>();
        for (ApplicationsTable.Row row : table.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < table.columns().size(); i++) {
                ApplicationsTable.Column column = table.columns().get(i);
                cells.add(new Cell(column.code().name(), column.label(), row.values().get(i), null, null));
            }
            rows.add(new Row(null, row.code().name(), row.code().levels(format).path(), null, null,
                    cells));
        }
        return rows;
    }

    static List<Row> appealRows(AppealsTable table) {
        List<Row> rows = new ArrayList<>();
        for (AppealKind kind : AppealKind.values()) {
            Map<AppealColumn, Long> values = table.byKind().get(kind);
            List<Cell> cells = AppealColumn.ALL.stream()
                    .map(column -> new Cell(column.name(), column.label(), values.get(column), null, null)).toList();
            rows.add(new Row(null, kind.name(), kind.path(), null, null, cells));
        }
        return rows;
    }

    private static List<Row> notComparable(List<Row> rows, String reason) {
        return rows.stream().map(row -> new Row(row.group(), row.code(), row.label(), false, reason, row.cells()))
                .toList();
    }

    private static List<Row> compare(List<Row> current, List<Row> previous) {
        Map<String, Row> previousByCode = previous.stream()
                .collect(Collectors.toMap(Row::code, row -> row, (a, b) -> a, LinkedHashMap::new));
        List<Row> rows = new ArrayList<>();
        for (Row row : current) {
            Row before = previousByCode.get(row.code());
            if (before == null) {
                rows.add(new Row(row.group(), row.code(), row.label(), false, "the previous year has no such row",
                        row.cells()));
                continue;
            }
            Map<String, Object> previousValues = new LinkedHashMap<>();
            before.cells().forEach(cell -> previousValues.put(cell.column(), cell.value()));
            List<Cell> cells = row.cells().stream().map(cell -> {
                Object old = previousValues.get(cell.column());
                return new Cell(cell.column(), cell.label(), cell.value(), old, difference(cell.value(), old));
            }).toList();
            rows.add(new Row(row.group(), row.code(), row.label(), true, null, cells));
        }
        return rows;
    }

    /** value − previous: an integer for counts, a decimal string for money; null when either is missing. */
    static Object difference(Object value, Object previous) {
        if (value == null || previous == null) {
            return null;
        }
        if (value instanceof Number a && previous instanceof Number b && !(a instanceof BigDecimal)
                && !(b instanceof BigDecimal)) {
            return a.longValue() - b.longValue();
        }
        BigDecimal difference = new BigDecimal(value.toString()).subtract(new BigDecimal(previous.toString()))
                .stripTrailingZeros();
        return (difference.scale() < 2 ? difference.setScale(2, RoundingMode.UNNECESSARY) : difference).toPlainString();
    }
}
