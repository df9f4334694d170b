package cn.govdisclosure.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.ReportFormat;

/**
 * The figures of one report as the rules read them: tables 三 and 四 cell by cell, the section 二 cells and the
 * narrative texts by section number. A {@code null} value is a missing cell (blank, "/", "-", "—"), not zero.
 * Maps may hold {@code null} values, so they are built with {@link java.util.EnumMap} or {@link java.util.HashMap}.
 */
public record ReportFigures(
        String agencyCode,
        int year,
        ReportFormat format,
        Map<ApplicationRow, Map<ApplicantColumn, BigDecimal>> applications,
        Map<AppealKind, Map<AppealColumn, BigDecimal>> appeals,
        List<ProactiveFigure> proactive,
        Map<Integer, String> texts) {

    /** A cell of table 三, or {@code null} when it is missing (or its row is not in the table). */
    public BigDecimal application(ApplicationRow row, ApplicantColumn column) {
        Map<ApplicantColumn, BigDecimal> values = applications.get(row);
        return values == null ? null : values.get(column);
    }

    /** A cell of table 四, or {@code null} when it is missing. */
    public BigDecimal appeal(AppealKind kind, AppealColumn column) {
        Map<AppealColumn, BigDecimal> values = appeals.get(kind);
        return values == null ? null : values.get(column);
    }

    /** A section 二 cell of this report's layout. */
    public Optional<ProactiveFigure> proactive(String row, String column) {
        return proactive.stream().filter(figure -> figure.row().equals(row) && figure.column().equals(column))
                .findFirst();
    }

    /** The rows of table 三 in this report's format. */
    public List<ApplicationRow> applicationRows() {
        return ApplicationRow.rowsOf(format);
    }
}
