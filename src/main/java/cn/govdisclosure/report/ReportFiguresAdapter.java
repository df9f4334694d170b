package cn.govdisclosure.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.govdisclosure.checks.FigureKind;
import cn.govdisclosure.checks.ProactiveFigure;
import cn.govdisclosure.checks.ReportFigures;
import cn.govdisclosure.checks.ReportedCell;
import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.CellKind;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.statistics.AnnualTables;
import cn.govdisclosure.statistics.AppealsTable;
import cn.govdisclosure.statistics.ApplicationsTable;

/** Turns a report view (working copy or frozen revision) and computed tables into the figures the rules read. */
final class ReportFiguresAdapter {

    private ReportFiguresAdapter() {
    }

    static ReportFigures figures(ReportView view) {
        Map<Integer, String> texts = new HashMap<>();
        view.sections().forEach(section -> texts.put(section.number(), section.text()));
        return new ReportFigures(view.agencyCode(), view.year(), view.format(), applications(view.applications()),
                appeals(view.appeals()), proactive(view.proactiveDisclosure()), texts);
    }

    /** Computed tables as figures, with no section 二 and no text (for the parts of an aggregate). */
    static ReportFigures figures(String agencyCode, int year, ReportFormat format, AnnualTables tables) {
        return new ReportFigures(agencyCode, year, format, applications(tables.applications()),
                appeals(tables.appeals()), List.of(), Map.of());
    }

    /** The reported cells of a view, each with the computed value it replaces. */
    static List<ReportedCell> reported(ReportView view) {
        if (view.reportedValues() == null || view.computedApplications() == null || view.computedAppeals() == null) {
            return List.of();
        }
        Map<ApplicationRow, Map<ApplicantColumn, BigDecimal>> applications = applications(view.computedApplications());
        Map<AppealKind, Map<AppealColumn, BigDecimal>> appeals = appeals(view.computedAppeals());
        List<ReportedCell> cells = new ArrayList<>();
        for (ReportedValueView row : view.reportedValues()) {
            row.cells().forEach((column, value) -> {
                BigDecimal reported = value == null ? null : BigDecimal.valueOf(value);
                if (row.table() == ReportedTable.APPLICATIONS) {
                    Map<ApplicantColumn, BigDecimal> computed = applications.get(ApplicationRow.valueOf(row.row()));
                    cells.add(new ReportedCell(3, row.row(), column, reported,
                            computed == null ? null : computed.get(ApplicantColumn.valueOf(column)), row.reason()));
                } else {
                    cells.add(new ReportedCell(4, row.row(), column, reported,
                            appeals.get(AppealKind.valueOf(row.row())).get(AppealColumn.valueOf(column)), row.reason()));
                }
            });
        }
        return cells;
    }

    private static Map<ApplicationRow, Map<ApplicantColumn, BigDecimal>> applications(ApplicationsTable table) {
        Map<ApplicationRow, Map<ApplicantColumn, BigDecimal>> rows = new EnumMap<>(ApplicationRow.class);
        for (ApplicationsTable.Row row : table.rows()) {
            Map<ApplicantColumn, BigDecimal> values = new EnumMap<>(ApplicantColumn.class);
            for (ApplicantColumn column : ApplicantColumn.ALL) {
                Long value = column.ordinal() < row.values().size() ? row.values().get(column.ordinal()) : null;
                values.put(column, value == null ? null : BigDecimal.valueOf(value));
            }
            rows.put(row.code(), values);
        }
        return rows;
    }

    private static Map<AppealKind, Map<AppealColumn, BigDecimal>> appeals(AppealsTable table) {
        Map<AppealKind, Map<AppealColumn, BigDecimal>> groups = new EnumMap<>(AppealKind.class);
        table.byKind().forEach((kind, group) -> {
            Map<AppealColumn, BigDecimal> values = new EnumMap<>(AppealColumn.class);
            for (AppealColumn column : AppealColumn.ALL) {
                Long value = group.get(column);
                values.put(column, value == null ? null : BigDecimal.valueOf(value));
            }
            groups.put(kind, values);
        });
        return groups;
    }

    private static List<ProactiveFigure> proactive(ProactiveDisclosureView view) {
        List<ProactiveFigure> figures = new ArrayList<>();
        for (ProactiveDisclosureView.Group group : view.groups()) {
            for (ProactiveDisclosureView.Row row : group.rows()) {
                for (ProactiveDisclosureView.Column column : group.columns()) {
                    figures.add(new ProactiveFigure(row.code(), column.code(), kind(column.kind()),
                            decimal(row.values().get(column.code()))));
                }
            }
        }
        return figures;
    }

    private static FigureKind kind(CellKind kind) {
        return switch (kind) {
            case COUNT -> FigureKind.COUNT;
            case SIGNED_COUNT -> FigureKind.SIGNED_COUNT;
            case YUAN, TEN_THOUSAND_YUAN -> FigureKind.MONEY;
        };
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        return new BigDecimal(value.toString());
    }
}
