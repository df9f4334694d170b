package cn.govdisclosure.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow.Levels;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.CellKind;
import cn.govdisclosure.format.ProactiveLayout;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.rendering.Grid.Cell;
import cn.govdisclosure.rendering.Grid.Role;
import cn.govdisclosure.report.ProactiveDisclosureView;
import cn.govdisclosure.report.ReportView;
import cn.govdisclosure.statistics.AppealsTable;
import cn.govdisclosure.statistics.ApplicationsTable;

/**
 * The three tables of a report laid out as the national template prints them (国办公开办函〔2019〕60号 and
 * 〔2021〕30号): section 二 as one four-column table with a heading row per item of article 20; table 三
 * with the 勾稽 note over three label columns and the applicant columns under 申请人情况 / 法人或其他组织;
 * table 四 with 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉) over their five result columns.
 */
public final class TemplateTables {

    private static final int PROACTIVE_COLUMNS = 4;

    private TemplateTables() {
    }

    /** The table a section of the report holds (sections 二, 三 and 四), if any. */
    public static Optional<Grid> of(ReportView report, int section) {
        return switch (section) {
            case 2 -> Optional.of(proactiveDisclosure(report.proactiveDisclosure()));
            case 3 -> Optional.of(applications(report.format(), report.applications()));
            case 4 -> Optional.of(appeals(report.appeals()));
            default -> Optional.empty();
        };
    }

    /** Section 二: per item of article 20 a heading row, a column heading row and its rows. */
    public static Grid proactiveDisclosure(ProactiveDisclosureView view) {
        List<List<Cell>> body = new ArrayList<>();
        for (ProactiveDisclosureView.Group group : view.groups()) {
            body.add(List.of(Cell.of(group.item(), Role.GROUP).span(1, PROACTIVE_COLUMNS)));
            List<Cell> headings = new ArrayList<>();
            headings.add(Cell.of(ProactiveLayout.CONTENT_HEADING, Role.HEADING));
            List<ProactiveDisclosureView.Column> columns = group.columns();
            for (int i = 0; i < columns.size(); i++) {
                headings.add(Cell.of(columns.get(i).label(), Role.HEADING).span(1, lastSpan(i, columns.size())));
            }
            body.add(headings);
            for (ProactiveDisclosureView.Row row : group.rows()) {
                List<Cell> cells = new ArrayList<>();
                cells.add(Cell.of(row.label(), Role.LABEL));
                for (int i = 0; i < columns.size(); i++) {
                    ProactiveDisclosureView.Column column = columns.get(i);
                    Object value = number(row.values().get(column.code()));
                    String unit = column.kind() == CellKind.YUAN ? "元" : null;
                    cells.add(Cell.number(value, unit).span(1, lastSpan(i, columns.size())));
                }
                body.add(cells);
            }
        }
        return new Grid("proactive-disclosure", PROACTIVE_COLUMNS, List.of(), body);
    }

    /** Table 三 with the template's header and the format's rows (23 for GB2019, 25 for GB2021). */
    public static Grid applications(ReportFormat format, ApplicationsTable table) {
        List<String> labels = table.columns().stream().map(ApplicationsTable.Column::label).toList();
        int total = ApplicantColumn.TOTAL.ordinal();
        List<List<Cell>> header = new ArrayList<>();
        header.add(List.of(Cell.of(ApplicationRow.IDENTITY_NOTE, Role.NOTE).span(3, 3),
                Cell.of(ApplicantColumn.APPLICANTS_HEADING, Role.HEADING).span(1, labels.size())));
        header.add(List.of(Cell.of(labels.get(0), Role.HEADING).span(2, 1),
                Cell.of(ApplicantColumn.ORGANIZATIONS_HEADING, Role.HEADING).span(1, total - 1),
                Cell.of(labels.get(total), Role.HEADING).span(2, 1)));
        header.add(labels.subList(1, total).stream().map(label -> Cell.of(label, Role.HEADING)).toList());

        List<ApplicationsTable.Row> rows = table.rows();
        List<Levels> levels = rows.stream().map(row -> row.code().levels(format)).toList();
        List<List<Cell>> body = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Levels level = levels.get(i);
            List<Cell> cells = new ArrayList<>();
            if (level.second() == null) {
                cells.add(Cell.of(level.first(), Role.LABEL).span(1, 3));
            } else {
                if (i == 0 || !level.first().equals(levels.get(i - 1).first())) {
                    int span = run(levels, i, l -> l.first());
                    cells.add(Cell.of(level.first(), Role.LABEL).span(span, 1));
                }
                if (level.third() == null) {
                    cells.add(Cell.of(level.second(), Role.LABEL).span(1, 2));
                } else {
                    if (i == 0 || !level.second().equals(levels.get(i - 1).second())) {
                        int span = run(levels, i, l -> l.first() + "/" + l.second());
                        cells.add(Cell.of(level.second(), Role.LABEL).span(span, 1));
                    }
                    cells.add(Cell.of(level.third(), Role.LABEL));
                }
            }
            rows.get(i).values().forEach(value -> cells.add(Cell.number(value, null)));
            body.add(cells);
        }
        return new Grid("applications", 3 + labels.size(), header, body);
    }

    /** Table 四: 行政复议 and the two kinds of 行政诉讼, five result columns each, one row of 15 figures. */
    public static Grid appeals(AppealsTable table) {
        List<List<Cell>> header = new ArrayList<>();
        int results = AppealColumn.ALL.size();
        header.add(List.of(Cell.of(AppealKind.ADMINISTRATIVE_REVIEW.label(), Role.HEADING).span(1, results),
                Cell.of(AppealKind.LITIGATION_HEADING, Role.HEADING).span(1, 2 * results)));
        List<Cell> second = new ArrayList<>();
        AppealColumn.ALL.forEach(column -> second.add(Cell.of(column.label(), Role.HEADING).span(2, 1)));
        second.add(Cell.of(AppealKind.LITIGATION_DIRECT.label(), Role.HEADING).span(1, results));
        second.add(Cell.of(AppealKind.LITIGATION_AFTER_REVIEW.label(), Role.HEADING).span(1, results));
        header.add(second);
        List<Cell> third = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            AppealColumn.ALL.forEach(column -> third.add(Cell.of(column.label(), Role.HEADING)));
        }
        header.add(third);
        List<Cell> figures = new ArrayList<>();
        for (AppealKind kind : AppealKind.values()) {
            Map<AppealColumn, Long> group = table.byKind().get(kind);
            AppealColumn.ALL.forEach(column -> figures.add(Cell.number(group == null ? null : group.get(column), null)));
        }
        return new Grid("appeals", 3 * results, header, List.of(figures));
    }

    /** A section 二 value as a number: counts as Long, money (a decimal string) as BigDecimal. */
    static Object number(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal || value instanceof Long) {
            return value;
        }
        if (value instanceof Integer integer) {
            return integer.longValue();
        }
        return new BigDecimal(value.toString());
    }

    /** The last column of a group spans what its fewer columns leave of the table's width. */
    private static int lastSpan(int index, int count) {
        return index == count - 1 ? PROACTIVE_COLUMNS - count : 1;
    }

    private static int run(List<Levels> levels, int from, java.util.function.Function<Levels, String> key) {
        String value = key.apply(levels.get(from));
        int end = from;
        while (end + 1 < levels.size() && levels.get(end + 1).second() != null
                && key.apply(levels.get(end + 1)).equals(value)) {
            end++;
        }
        return end - from + 1;
    }

}
