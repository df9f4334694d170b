package cn.govdisclosure.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.AppealResult;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.Outcome;
import cn.govdisclosure.format.ReportFormat;

class TableAssemblerTest {

    private static final List<LedgerCount> LEDGER = List.of(
            new LedgerCount(ApplicantType.NATURAL_PERSON, Outcome.GRANTED, 3, 1, 4, 0),
            new LedgerCount(ApplicantType.NATURAL_PERSON, null, 2, 1, 0, 3),
            new LedgerCount(ApplicantType.NATURAL_PERSON, Outcome.OTHER_NO_CORRECTION, 1, 0, 1, 0),
            new LedgerCount(ApplicantType.COMMERCIAL_ENTERPRISE, Outcome.OTHER_FEE_UNPAID, 1, 0, 1, 0),
            new LedgerCount(ApplicantType.OTHER_ORGANIZATION, Outcome.OTHER, 0, 2, 2, 0),
            // concluded after the year end: counted as carried forward, not under its outcome
            new LedgerCount(ApplicantType.OTHER_ORGANIZATION, Outcome.DENIED_STATE_SECRET, 1, 0, 0, 1));

    @Test
    void gb2019FoldsTheThreeOtherOutcomesIntoOneRow() {
        ApplicationsTable table = TableAssembler.applications(ReportFormat.GB2019, LEDGER);

        assertEquals(23, table.rows().size());
        assertEquals(List.of(1L, 1L, 0L, 0L, 0L, 2L, 4L), table.row(ApplicationRow.OTHER).values());
        assertEquals("（六）其他处理", table.row(ApplicationRow.OTHER).label());
        assertThrows(IllegalArgumentException.class, () -> table.row(ApplicationRow.OTHER_NO_CORRECTION));
        assertEquals(List.of(4L, 0L, 0L, 0L, 0L, 0L, 4L), table.row(ApplicationRow.GRANTED).values());
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L), table.row(ApplicationRow.DENIED_STATE_SECRET).values());
    }

    @Test
    void gb2021ShowsTheThreeOtherOutcomesApart() {
        ApplicationsTable table = TableAssembler.applications(ReportFormat.GB2021, LEDGER);

        assertEquals(25, table.rows().size());
        assertEquals(List.of(1L, 0L, 0L, 0L, 0L, 0L, 1L), table.row(ApplicationRow.OTHER_NO_CORRECTION).values());
        assertEquals(List.of(0L, 1L, 0L, 0L, 0L, 0L, 1L), table.row(ApplicationRow.OTHER_FEE_UNPAID).values());
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 2L, 2L), table.row(ApplicationRow.OTHER).values());
        assertEquals("3.其他", table.row(ApplicationRow.OTHER).label());
    }

    @Test
    void totalsAndTheTemplateIdentityHold() {
        ApplicationsTable table = TableAssembler.applications(ReportFormat.GB2021, LEDGER);

        assertEquals(List.of(6L, 1L, 0L, 0L, 0L, 1L, 8L), table.row(ApplicationRow.NEW_RECEIVED).values());
        assertEquals(List.of(2L, 0L, 0L, 0L, 0L, 2L, 4L), table.row(ApplicationRow.CARRIED_OVER).values());
        assertEquals(List.of(5L, 1L, 0L, 0L, 0L, 2L, 8L), table.row(ApplicationRow.TOTAL_CONCLUDED).values());
        assertEquals(List.of(3L, 0L, 0L, 0L, 0L, 1L, 4L), table.row(ApplicationRow.CARRIED_FORWARD).values());
        for (ApplicantColumn column : ApplicantColumn.ALL) {
            assertEquals(table.row(ApplicationRow.NEW_RECEIVED).value(column)
                            + table.row(ApplicationRow.CARRIED_OVER).value(column),
                    table.row(ApplicationRow.TOTAL_CONCLUDED).value(column)
                            + table.row(ApplicationRow.CARRIED_FORWARD).value(column), column.name());
        }
    }

    @Test
    void rowsFollowTheTemplateOrder() {
        List<ApplicationRow> rows = TableAssembler.applications(ReportFormat.GB2019, List.of()).rows().stream()
                .map(ApplicationsTable.Row::code).toList();

        assertEquals(ApplicationRow.NEW_RECEIVED, rows.get(0));
        assertEquals(ApplicationRow.GRANTED, rows.get(2));
        assertEquals(ApplicationRow.OTHER, rows.get(20));
        assertEquals(ApplicationRow.TOTAL_CONCLUDED, rows.get(21));
        assertEquals(ApplicationRow.CARRIED_FORWARD, rows.get(22));
    }

    @Test
    void appealsGiveFifteenValuesInTemplateOrder() {
        AppealsTable table = TableAssembler.appeals(List.of(
                new AppealCount(AppealKind.ADMINISTRATIVE_REVIEW, AppealResult.UPHELD, 2),
                new AppealCount(AppealKind.ADMINISTRATIVE_REVIEW, AppealResult.PENDING, 1),
                new AppealCount(AppealKind.LITIGATION_DIRECT, AppealResult.CORRECTED, 1),
                new AppealCount(AppealKind.LITIGATION_AFTER_REVIEW, AppealResult.OTHER, 4)));

        assertEquals(List.of(2L, 0L, 0L, 1L, 3L, 0L, 1L, 0L, 0L, 1L, 0L, 0L, 4L, 0L, 4L), table.values());
        assertEquals(Map.of(AppealColumn.UPHELD, 0L, AppealColumn.CORRECTED, 1L, AppealColumn.OTHER, 0L,
                AppealColumn.PENDING, 0L, AppealColumn.TOTAL, 1L), table.byKind().get(AppealKind.LITIGATION_DIRECT));
    }

    @Test
    void formatFollowsTheYear() {
        assertEquals(ReportFormat.GB2019, ReportFormat.forYear(2019));
        assertEquals(ReportFormat.GB2019, ReportFormat.forYear(2020));
        assertEquals(ReportFormat.GB2021, ReportFormat.forYear(2021));
    }
}
