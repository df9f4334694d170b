package cn.govdisclosure.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Pins both national formats as the notices print them: sections, rows, columns, the folding and the year rule. */
class FormatsTest {

    private static final List<String> GB2021_ROWS = List.of(
            "一、本年新收政府信息公开申请数量",
            "二、上年结转政府信息公开申请数量",
            "三、本年度办理结果 （一）予以公开",
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            "（三）不予公开 1.属于国家秘密",
            "2.其他法律行政法规禁止公开",
            "3.危及“三安全一稳定”",
            "4.保护第三方合法权益",
            "5.属于三类内部事务信息",
            "6.属于四类过程性信息",
            "7.属于行政执法案卷",
            "8.属于行政查询事项",
            "（四）无法提供 1.本机关不掌握相关政府信息",
            "2.没有现成信息需要另行制作",
            "3.补正后申请内容仍不明确",
            "（五）不予处理 1.信访举报投诉类申请",
            "2.重复申请",
            "3.要求提供公开出版物",
            "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息",
            "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "3.其他",
            "（七）总计",
            "四、结转下年度继续办理");

    @Test
    void reportYearsUpTo2020UseTheFormatOf2019() {
        assertEquals(ReportFormat.GB2019, ReportFormat.forYear(2008));
        assertEquals(ReportFormat.GB2019, ReportFormat.forYear(2019));
        assertEquals(ReportFormat.GB2019, ReportFormat.forYear(2020));
        assertEquals(ReportFormat.GB2021, ReportFormat.forYear(2021));
        assertEquals(ReportFormat.GB2021, ReportFormat.forYear(2026));
        assertEquals("国办公开办函〔2019〕60号", ReportFormat.GB2019.source());
        assertEquals("国办公开办函〔2021〕30号", ReportFormat.GB2021.source());
        assertEquals("2020 and before", ReportFormat.GB2019.years());
        assertEquals("2021 and after", ReportFormat.GB2021.years());
    }

    @Test
    void sixSectionsWithTheirOfficialHeadings() {
        assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
                Arrays.stream(SectionHeading.values()).map(SectionHeading::heading).toList());
        assertEquals(List.of(false, true, true, true, false, false),
                Arrays.stream(SectionHeading.values()).map(SectionHeading::hasTable).toList());
    }

    @Test
    void table3Of2021HasTwentyFiveRowsInTemplateOrder() {
        assertEquals(GB2021_ROWS, ApplicationRow.rowsOf(ReportFormat.GB2021).stream()
                .map(row -> row.label(ReportFormat.GB2021)).toList());
    }

    @Test
    void table3Of2019HasOneOtherRowInsteadOfThree() {
        List<String> expected = new java.util.ArrayList<>(GB2021_ROWS);
        expected.subList(20, 23).clear();
        expected.add(20, "（六）其他处理");
        assertEquals(expected, ApplicationRow.rowsOf(ReportFormat.GB2019).stream()
                .map(row -> row.label(ReportFormat.GB2019)).toList());
        assertEquals(23, ApplicationRow.rowsOf(ReportFormat.GB2019).size());
    }

    @Test
    void rowsSitInTheTemplatesThreeLabelColumns() {
        assertEquals(new ApplicationRow.Levels("一、本年新收政府信息公开申请数量", null, null),
                ApplicationRow.NEW_RECEIVED.levels(ReportFormat.GB2021));
        assertEquals(new ApplicationRow.Levels("三、本年度办理结果", "（一）予以公开", null),
                ApplicationRow.GRANTED.levels(ReportFormat.GB2019));
        assertEquals(new ApplicationRow.Levels("三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”"),
                ApplicationRow.DENIED_SECURITY_STABILITY.levels(ReportFormat.GB2021));
        assertEquals(new ApplicationRow.Levels("三、本年度办理结果", "（六）其他处理", "3.其他"),
                ApplicationRow.OTHER.levels(ReportFormat.GB2021));
        assertEquals(new ApplicationRow.Levels("三、本年度办理结果", "（六）其他处理", null),
                ApplicationRow.OTHER.levels(ReportFormat.GB2019));
        assertEquals(new ApplicationRow.Levels("三、本年度办理结果", "（七）总计", null),
                ApplicationRow.TOTAL_CONCLUDED.levels(ReportFormat.GB2021));
        assertEquals("三、本年度办理结果 （四）无法提供 1.本机关不掌握相关政府信息",
                ApplicationRow.UNAVAILABLE_NOT_HELD.levels(ReportFormat.GB2021).path());
    }

    @Test
    void theFormatOf2019FoldsTheThreeOtherOutcomesIntoOneRow() {
        for (Outcome outcome : Outcome.values()) {
            assertEquals(outcome.name(), ApplicationRow.of(outcome, ReportFormat.GB2021).name());
            boolean folded = outcome.name().startsWith("OTHER");
            assertEquals(folded ? "OTHER" : outcome.name(), ApplicationRow.of(outcome, ReportFormat.GB2019).name());
        }
        assertEquals(List.of(ApplicationRow.OTHER_NO_CORRECTION, ApplicationRow.OTHER_FEE_UNPAID, ApplicationRow.OTHER),
                ApplicationRow.foldedIntoGb2019Other());
        assertEquals(21, Outcome.values().length);
        assertEquals(21, Arrays.stream(ApplicationRow.values()).filter(ApplicationRow::isOutcome).count());
    }

    @Test
    void outcomesCarryTheirRowsWordingAndGroup() {
        assertEquals("属于国家秘密", Outcome.DENIED_STATE_SECRET.label());
        assertEquals("不予公开", Outcome.DENIED_STATE_SECRET.groupLabel());
        assertEquals("予以公开", Outcome.GRANTED.label());
        assertEquals(null, Outcome.GRANTED.groupLabel());
        assertEquals("其他处理", Outcome.OTHER.groupLabel());
    }

    @Test
    void table3ColumnsAndTable4Layout() {
        assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
                ApplicantColumn.labels());
        assertEquals(List.of("行政复议", "未经复议直接起诉", "复议后起诉"),
                Arrays.stream(AppealKind.values()).map(AppealKind::label).toList());
        assertEquals(List.of("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"),
                Arrays.stream(AppealKind.values()).map(AppealKind::path).toList());
        assertEquals(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"),
                AppealColumn.ALL.stream().map(AppealColumn::label).toList());
        assertEquals(AppealColumn.PENDING, AppealResult.PENDING.column());
    }

    @Test
    void sectionTwoOfEachFormat() {
        assertEquals(List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项"),
                ProactiveLayout.of(ReportFormat.GB2019).stream().map(ProactiveLayout.Group::item).toList());
        assertEquals(List.of("RULES", "NORMATIVE_DOCUMENTS", "ADMINISTRATIVE_LICENSING", "OTHER_MANAGEMENT_SERVICES",
                "ADMINISTRATIVE_PENALTY", "ADMINISTRATIVE_COERCION", "ADMINISTRATIVE_FEES", "CENTRALIZED_PROCUREMENT"),
                ProactiveLayout.rows(ReportFormat.GB2019).map(ProactiveLayout.Row::code).toList());
        assertEquals(List.of("RULES", "NORMATIVE_DOCUMENTS", "ADMINISTRATIVE_LICENSING", "ADMINISTRATIVE_PENALTY",
                "ADMINISTRATIVE_COERCION", "ADMINISTRATIVE_FEES"),
                ProactiveLayout.rows(ReportFormat.GB2021).map(ProactiveLayout.Row::code).toList());
        ProactiveLayout.Group fees2019 = ProactiveLayout.groupOf(ReportFormat.GB2019, "ADMINISTRATIVE_FEES").orElseThrow();
        assertEquals(List.of("上一年项目数量", "本年增/减"), fees2019.columns().stream().map(ProactiveLayout.Column::label).toList());
        assertEquals(CellKind.SIGNED_COUNT, fees2019.column("CHANGE").orElseThrow().kind());
        assertEquals(CellKind.YUAN, ProactiveLayout.groupOf(ReportFormat.GB2019, "CENTRALIZED_PROCUREMENT").orElseThrow()
                .column("PROCUREMENT_AMOUNT").orElseThrow().kind());
        ProactiveLayout.Group fees2021 = ProactiveLayout.groupOf(ReportFormat.GB2021, "ADMINISTRATIVE_FEES").orElseThrow();
        assertEquals("本年收费金额（单位：万元）", fees2021.columns().get(0).label());
        assertEquals(CellKind.TEN_THOUSAND_YUAN, fees2021.columns().get(0).kind());
        assertEquals("行政规范性文件", ProactiveLayout.rows(ReportFormat.GB2021).toList().get(1).label());
        assertEquals("规范性文件", ProactiveLayout.rows(ReportFormat.GB2019).toList().get(1).label());
    }

    @Test
    void rowsAreFoundByTheirLabelsAsPublishedReportsPrintThem() {
        assertRow("GRANTED", "(一) 予以公开", ReportFormat.GB2019);
        assertRow("GRANTED", "三、本年度办 理结果 （一）予以公开", ReportFormat.GB2021);
        assertRow("GRANTED", "予以公开", ReportFormat.GB2021);
        assertRow("PARTIALLY_GRANTED", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ReportFormat.GB2021);
        assertRow("PARTIALLY_GRANTED", "(二) 部分公开", ReportFormat.GB2019);
        assertRow("DENIED_STATE_SECRET", "（三）不予公开1.属于国家秘密", ReportFormat.GB2021);
        assertRow("DENIED_STATE_SECRET", "１．属于国家秘密", ReportFormat.GB2021);
        assertRow("DENIED_SECURITY_STABILITY", "3. 危及\"三安全一稳定\"", ReportFormat.GB2021);
        assertRow("UNAVAILABLE_NOT_HELD", "（四）无法提供\n1.本机关不掌握\n相关政府信息", ReportFormat.GB2019);
        assertRow("OTHER", "（六）其他处理", ReportFormat.GB2019);
        assertRow("OTHER", "(六) 其他处理", ReportFormat.GB2019);
        assertRow("OTHER", "（六）其他处理3.其他", ReportFormat.GB2021);
        assertRow("OTHER", "3.其他", ReportFormat.GB2021);
        assertRow("OTHER_FEE_UNPAID", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 ",
                ReportFormat.GB2021);
        assertRow("TOTAL_CONCLUDED", "（七）总计", ReportFormat.GB2019);
        assertRow("NEW_RECEIVED", "一、本年新收政府信息公开申请数量", ReportFormat.GB2021);
        assertRow("CARRIED_FORWARD", "四、结转下年度继续办理", ReportFormat.GB2019);
        assertEquals(Optional.empty(), ApplicationRow.byLabel("（六）其他处理", ReportFormat.GB2021),
                "in GB2021 （六）其他处理 is a group, not a row");
        assertEquals(Optional.empty(), ApplicationRow.byLabel("3.其他", ReportFormat.GB2019));
        assertEquals(Optional.empty(), ApplicationRow.byLabel("1.申请人无正当理由逾期不补正", ReportFormat.GB2019));
        assertEquals(Optional.empty(), ApplicationRow.byLabel("不予公开", ReportFormat.GB2021));
    }

    @Test
    void outcomesAreFoundAsLedgersPrintThem() {
        assertEquals(Optional.of(Outcome.DENIED_STATE_SECRET), Outcome.byLabel("不予公开-属于国家秘密"));
        assertEquals(Optional.of(Outcome.DENIED_STATE_SECRET), Outcome.byLabel("属于国家秘密"));
        assertEquals(Optional.of(Outcome.UNAVAILABLE_NOT_HELD), Outcome.byLabel("本机关不掌握相关政府信息"));
        assertEquals(Optional.of(Outcome.UNAVAILABLE_NOT_HELD), Outcome.byLabel("无法提供：本机关不掌握相关政府信息"));
        assertEquals(Optional.of(Outcome.NOT_PROCESSED_DUPLICATE), Outcome.byLabel("重复申请"));
        assertEquals(Optional.of(Outcome.PARTIALLY_GRANTED), Outcome.byLabel("部分公开"));
        assertEquals(Optional.of(Outcome.GRANTED), Outcome.byLabel(" 予以公开 "));
        assertEquals(Optional.of(Outcome.OTHER), Outcome.byLabel("其他处理-其他"));
        assertEquals(Optional.of(Outcome.OTHER), Outcome.byLabel("其他处理"));
        assertEquals(Optional.of(Outcome.OTHER_FEE_UNPAID), Outcome.byLabel("其他处理-申请人逾期未按收费通知要求缴纳费用"));
        assertEquals(Optional.empty(), Outcome.byLabel("不予公开"));
        assertEquals(Optional.empty(), Outcome.byLabel("总计"));
        for (Outcome outcome : Outcome.values()) {
            String printed = outcome.groupLabel() == null ? outcome.label() : outcome.groupLabel() + "-" + outcome.label();
            assertEquals(Optional.of(outcome), Outcome.byLabel(printed), printed);
        }
    }

    @Test
    void columnsHeadingsAndSectionTwoLabelsAreFoundInTheirVariants() {
        assertEquals(Optional.of(ApplicantColumn.SOCIAL_WELFARE_ORGANIZATION), ApplicantColumn.byLabel("社会公益 组织"));
        assertEquals(Optional.of(ApplicantColumn.LEGAL_SERVICE_INSTITUTION), ApplicantColumn.byLabel("法律服务\n机构 "));
        assertEquals(Optional.of(ApplicantColumn.TOTAL), ApplicantColumn.byLabel("总 计"));
        assertEquals(Optional.of(ApplicantColumn.OTHER_ORGANIZATION), ApplicantColumn.byLabel("其他"));
        assertEquals(Optional.of(AppealColumn.UPHELD), AppealColumn.byLabel("结 果 维 持"));
        assertEquals(Optional.of(AppealColumn.PENDING), AppealColumn.byLabel("尚未\n审结"));
        assertEquals(Optional.of(AppealKind.LITIGATION_DIRECT), AppealKind.byLabel("未经复议直接起诉"));
        assertEquals(Optional.of(AppealKind.LITIGATION_AFTER_REVIEW), AppealKind.byLabel("行政诉讼(复议后起诉)"));
        assertEquals(Optional.of(SectionHeading.APPLICATIONS), SectionHeading.byHeading("三、收到和处理政府信息公开申请的情况"));
        assertEquals(Optional.of(SectionHeading.APPEALS), SectionHeading.byHeading("四、政府信息公开行政复议、行政诉讼情况 "));
        assertEquals(Optional.of(SectionHeading.PROBLEMS_AND_IMPROVEMENTS), SectionHeading.byHeading("五、存在的主要问题及改进措施"));
        ProactiveLayout.Row normative2021 = ProactiveLayout.rows(ReportFormat.GB2021).toList().get(1);
        assertTrue(normative2021.matches("规范性文件"));
        assertTrue(normative2021.matches("行政规范性 文件"));
        assertFalse(normative2021.matches("规章"));
        ProactiveLayout.Group fees2021 = ProactiveLayout.groupOf(ReportFormat.GB2021, "ADMINISTRATIVE_FEES").orElseThrow();
        assertTrue(fees2021.columns().get(0).matches("本年收费金额(单位:万元)"));
        assertTrue(fees2021.matches("第二十条第(八)项"));
    }

    @Test
    void labelsAreFoundInAWholePrintedTextAndTracedBackToIt() {
        String printed = "当前位置：首页\n四、政府信息公开行政法复议、\n行政诉讼情况\t结 果\n维持";
        PrintedLabels.Keyed keyed = PrintedLabels.keyed(printed);
        assertEquals(PrintedLabels.key(printed), keyed.key());
        assertEquals("当前位置:首页四、政府信息公开行政法复议、行政诉讼情况结果维持", keyed.key());

        // a heading with one character too many (行政法复议) is found, with the edit it took
        PrintedLabels.Found heading = PrintedLabels.find(keyed.key(), SectionHeading.APPEALS.heading(), 0,
                keyed.key().length()).orElseThrow();
        assertEquals(1, heading.edits());
        assertEquals("四、政府信息公开行政法复议、\n行政诉讼情况",
                printed.substring(keyed.start(heading.start()), keyed.end(heading.end())));
        // exact when it can be; a short label is never found with a typo
        PrintedLabels.Found upheld = PrintedLabels.find(keyed.key(), "结果维持", 0, keyed.key().length()).orElseThrow();
        assertEquals(0, upheld.edits());
        assertEquals("结 果\n维持", printed.substring(keyed.start(upheld.start()), keyed.end(upheld.end())));
        assertEquals(Optional.empty(), PrintedLabels.find(keyed.key(), "结果纠正", 0, keyed.key().length()));
        assertEquals(keyed.key().indexOf("行政诉讼"), keyed.keyIndexAt(printed.indexOf("行政诉讼")));
    }

    @Test
    void rowsKnowHowTheyArePrintedAndNamed() {
        assertEquals(List.of("1.属于国家秘密", "属于国家秘密"),
                ApplicationRow.DENIED_STATE_SECRET.printedForms(ReportFormat.GB2021));
        assertEquals(List.of("（六）其他处理", "其他处理"), ApplicationRow.OTHER.printedForms(ReportFormat.GB2019));
        assertEquals(List.of("3.其他", "其他"), ApplicationRow.OTHER.printedForms(ReportFormat.GB2021));
        assertEquals(List.of("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开（区分处理的，只计这一情形，不计其他情形）",
                "部分公开"), ApplicationRow.PARTIALLY_GRANTED.printedForms(ReportFormat.GB2021));
        assertEquals("（三）不予公开 2.其他法律行政法规禁止公开",
                ApplicationRow.DENIED_LAW_PROHIBITED.caption(ReportFormat.GB2021));
        assertEquals("（一）予以公开", ApplicationRow.GRANTED.caption(ReportFormat.GB2021));
        assertEquals("（六）其他处理", ApplicationRow.OTHER.caption(ReportFormat.GB2019));
        assertEquals("（六）其他处理 3.其他", ApplicationRow.OTHER.caption(ReportFormat.GB2021));
        assertEquals("一、本年新收政府信息公开申请数量", ApplicationRow.NEW_RECEIVED.caption(ReportFormat.GB2021));
        assertEquals(Optional.of(2), ApplicationRow.DENIED_LAW_PROHIBITED.itemNumber(ReportFormat.GB2021));
        assertEquals(Optional.empty(), ApplicationRow.TOTAL_CONCLUDED.itemNumber(ReportFormat.GB2021));
        assertEquals(Optional.of("维持"), AppealColumn.UPHELD.shortLabel());
        assertEquals(Optional.empty(), AppealColumn.OTHER.shortLabel());
    }

    private static void assertRow(String code, String printed, ReportFormat format) {
        assertEquals(Optional.of(ApplicationRow.valueOf(code)), ApplicationRow.byLabel(printed, format), printed);
    }
}
