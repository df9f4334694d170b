package cn.govdisclosure.checks;

import static cn.govdisclosure.checks.Fixtures.gb2021;
import static cn.govdisclosure.checks.Fixtures.withApplication;
import static cn.govdisclosure.checks.Fixtures.withText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.ReportFormat;

/** TEXT reads the phrasings published reports use, and never compares with (or trips over) a missing cell. */
class TextRuleTest {

    @Test
    void aQuoteOfAMissingCellIsNotComparedAndNothingFails() {
        ReportFigures blank = withApplication(gb2021(2021, 10, 40), ApplicationRow.GRANTED, ApplicantColumn.TOTAL, null);
        blank = withApplication(blank, ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, null);
        blank = withText(blank, 1, "全年受理政府信息公开申请4件，予以公开258件。予以公开及部分公开258件。");
        assertEquals(List.of(), describe(blank));
    }

    @Test
    void thePhrasingsOfRealReportsAreRead() {
        // 平潭综合实验区 2023: its tables as printed, its narrative as printed
        ReportFigures pingtan = pingtan2023("2023年全区接收通过邮寄、网络提交的各类政府信息公开申请共计81件，涉及自然人80件、商业企业1件。"
                + "办结依申请公开81件，其中：予以公开及部分公开42件，占51.85%；不予公开5件，占6.17%；无法提供31件，占38.27%；"
                + "不予处理1件，占1.23%；其他处理2件，占2.47%；因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。");
        assertEquals(List.of(), describe(pingtan));

        ReportFigures wrong = pingtan2023("2023年全区接收通过邮寄、网络提交的各类政府信息公开申请共计80件。办结依申请公开79件，其中："
                + "予以公开及部分公开41件，不予公开6件，无法提供30件，不予处理2件，其他处理3件；行政复议案件3件、行政诉讼案件8件。");
        assertEquals(List.of("TEXT WARNING 1 NEW_RECEIVED TOTAL 81 80", "TEXT WARNING 1 TOTAL_CONCLUDED TOTAL 81 79",
                "TEXT WARNING 1 GRANTED TOTAL 42 41", "TEXT WARNING 1 null null 5 6", "TEXT WARNING 1 null null 31 30",
                "TEXT WARNING 1 null null 1 2", "TEXT WARNING 1 null null 2 3",
                "TEXT WARNING 1 ADMINISTRATIVE_REVIEW TOTAL 2 3", "TEXT WARNING 1 null null 7 8"), describe(wrong));
        Finding received = new TextRule().check(CheckContext.of(wrong)).get(0);
        assertEquals("第1部分文字“接收通过邮寄、网络提交的各类政府信息公开申请共计80件”所述 80 件与表中本年新收（或加上年结转） 81 不符",
                received.messageZh());
    }

    @Test
    void quotesOfCasesCountedIn起AndOfApplicationsCarriedForward() {
        ReportFigures figures = gb2021(2021, 10, 40);
        figures = withApplication(figures, ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 154);
        figures = withApplication(figures, ApplicationRow.TOTAL_CONCLUDED, ApplicantColumn.TOTAL, 148);
        figures = withApplication(figures, ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL, 6);
        figures = Fixtures.withAppeal(figures, AppealKind.ADMINISTRATIVE_REVIEW, AppealColumn.TOTAL, 36);
        figures = Fixtures.withAppeal(figures, AppealKind.LITIGATION_DIRECT, AppealColumn.TOTAL, 6);
        figures = Fixtures.withAppeal(figures, AppealKind.LITIGATION_AFTER_REVIEW, AppealColumn.TOTAL, 3);
        String text = "2025年，全区共收到政府信息公开申请154件，共办结148件，结转至2026年6件。"
                + "全年办理因政府信息公开申请引发的行政复议36起，行政诉讼9起。";
        assertEquals(List.of(), describe(withText(figures, 1, text)));
        assertEquals(List.of("TEXT WARNING 1 CARRIED_FORWARD TOTAL 6 7", "TEXT WARNING 1 null null 9 10"),
                describe(withText(figures, 1, text.replace("6件", "7件").replace("9起", "10起"))));
    }

    @Test
    void numbersWithThousandsSeparatorsAndInChineseNumerals() {
        ReportFigures figures = gb2021(2021, 10, 40);
        figures = withApplication(figures, ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 1021);
        figures = withApplication(figures, ApplicationRow.TOTAL_CONCLUDED, ApplicantColumn.TOTAL, 218);
        figures = withApplication(figures, ApplicationRow.GRANTED, ApplicantColumn.TOTAL, 250);
        figures = withApplication(figures, ApplicationRow.PARTIALLY_GRANTED, ApplicantColumn.TOTAL, 8);
        figures = Fixtures.withAppeal(figures, AppealKind.LITIGATION_DIRECT, AppealColumn.TOTAL, 12);
        assertEquals(List.of(), describe(withText(figures, 1, "收到政府信息公开申请1,021件；办理政府信息公开申请218件；"
                + "予以公开及部分公开258件；诉讼十二件。")));
        // 办理 may mean the applications on hand (new + carried over) as well
        assertEquals(List.of(), describe(withText(figures, 1, "办理政府信息公开申请1021件。")));
        figures = withApplication(figures, ApplicationRow.TOTAL_CONCLUDED, ApplicantColumn.TOTAL, 3050);
        assertEquals(List.of(), describe(withText(figures, 1, "答复3050件。")));
        assertEquals(List.of("TEXT WARNING 1 TOTAL_CONCLUDED TOTAL 3050 3051"),
                describe(withText(figures, 1, "答复三千零五十一件。")));

        assertEquals(new BigDecimal("12"), TextRule.number("十二"));
        assertEquals(new BigDecimal("20"), TextRule.number("二十"));
        assertEquals(new BigDecimal("105"), TextRule.number("一百零五"));
        assertEquals(new BigDecimal("3050"), TextRule.number("三千零五十"));
        assertEquals(new BigDecimal("20000"), TextRule.number("两万"));
        assertEquals(new BigDecimal("1021"), TextRule.number("1,021"));
    }

    /** The 2023 report of 平潭综合实验区 as printed, with the given narrative as section 一. */
    private static ReportFigures pingtan2023(String overview) {
        Map<ApplicationRow, List<Integer>> rows = new EnumMap<>(ApplicationRow.class);
        for (ApplicationRow row : ApplicationRow.rowsOf(ReportFormat.GB2021)) {
            rows.put(row, List.of(0, 0, 0, 0, 0, 0, 0));
        }
        rows.put(ApplicationRow.NEW_RECEIVED, List.of(80, 1, 0, 0, 0, 0, 81));
        rows.put(ApplicationRow.GRANTED, List.of(22, 0, 0, 0, 0, 0, 22));
        rows.put(ApplicationRow.PARTIALLY_GRANTED, List.of(19, 1, 0, 0, 0, 0, 20));
        for (ApplicationRow row : List.of(ApplicationRow.DENIED_THIRD_PARTY_RIGHTS, ApplicationRow.DENIED_PROCESS_INFORMATION,
                ApplicationRow.DENIED_ENFORCEMENT_FILE, ApplicationRow.NOT_PROCESSED_DUPLICATE,
                ApplicationRow.OTHER_NO_CORRECTION, ApplicationRow.OTHER)) {
            rows.put(row, List.of(1, 0, 0, 0, 0, 0, 1));
        }
        rows.put(ApplicationRow.DENIED_ADMIN_QUERY, List.of(2, 0, 0, 0, 0, 0, 2));
        rows.put(ApplicationRow.UNAVAILABLE_NOT_HELD, List.of(31, 0, 0, 0, 0, 0, 31));
        rows.put(ApplicationRow.TOTAL_CONCLUDED, List.of(80, 1, 0, 0, 0, 0, 81));
        ReportFigures base = gb2021(2023, 10, 40);
        return new ReportFigures("T1", 2023, ReportFormat.GB2021, Fixtures.table3(rows),
                Fixtures.table4(List.of(1, 1, 0, 0, 2, 4, 0, 0, 1, 5, 1, 0, 1, 0, 2)), base.proactive(),
                Map.of(1, overview));
    }

    private static List<String> describe(ReportFigures figures) {
        return new TextRule().check(CheckContext.of(figures)).stream()
                .map(f -> f.rule() + " " + f.severity() + " " + f.section() + " " + f.row() + " " + f.column() + " "
                        + f.expected() + " " + f.actual())
                .toList();
    }
}
