package cn.govdisclosure.transfer;

import static cn.govdisclosure.transfer.ParsedTables.findings;
import static cn.govdisclosure.transfer.ParsedTables.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import cn.govdisclosure.format.ReportFormat;

/**
 * Each kind of document an office publishes, written as an office prints it, read cell by cell: a portal page
 * (HTML tables with rowspan and colspan), the text layer of a PDF (page footers, cells apart by spaces, a group label
 * one character per row, wrapped labels, a table continued under its repeated header), text copied out of a
 * document in GB18030 (one value per line, labels without numbering, a heading repeated as the table goes on, table
 * 四 a row per group under result labels printed once) and a Word document (merged cells).
 */
class DocumentVariantsTest {

    private static final String ZERO = "0 0 0 0 0 0 0";

    @Test
    void aPortalPageWithMergedCellsBlanksAndPageChrome() {
        ParsedReport report = new PublishedReportParser().parse(
                new HtmlReader().read(ParsedTables.resource("portal-page-2022.html"), null), null, null);

        assertEquals("示例市生态环境局2022年政府信息公开工作年度报告", report.title());
        assertEquals("示例市生态环境局", report.agencyName());
        assertEquals(2022, report.year());
        assertEquals(ReportFormat.GB2021, report.format());

        Map<String, String> proactive = new LinkedHashMap<>();
        proactive.put("RULES", "0 0 0");
        proactive.put("NORMATIVE_DOCUMENTS", "12 3 1021");
        proactive.put("ADMINISTRATIVE_LICENSING", "2340");
        proactive.put("ADMINISTRATIVE_PENALTY", "56");
        proactive.put("ADMINISTRATIVE_COERCION", "_");
        proactive.put("ADMINISTRATIVE_FEES", "24252.311082");
        assertEquals(proactive, rows(report.proactive()));
        assertEquals(List.of("１２", "3", "1,021"), report.proactive().subList(3, 6).stream().map(ParsedCell::raw)
                .toList());
        assertEquals("24252.311082 万元", report.proactive().get(report.proactive().size() - 1).raw());

        assertEquals(ParsedTables.gb2021(
                "12 1 0 0 0 0 13", "2 0 0 0 0 0 2", "5 1 0 0 0 0 _", "2 0 0 0 0 0 2",
                ZERO, ZERO, ZERO, "1 0 0 0 0 0 1", ZERO, ZERO, ZERO, ZERO,
                "3 0 0 0 0 0 3", ZERO, ZERO,
                ZERO, ZERO, ZERO, "0 0 _ 0 0 0 0", ZERO,
                ZERO, ZERO, ZERO,
                "12 1 0 0 0 0 13", "2 0 0 0 0 0 2"), rows(report.applications()));
        // table 四 printed with &nbsp; in every cell stays blank
        assertEquals(Map.of("ADMINISTRATIVE_REVIEW", "_ _ _ _ _", "LITIGATION_DIRECT", "_ _ _ _ _",
                "LITIGATION_AFTER_REVIEW", "_ _ _ _ _"), rows(report.appeals()));
        assertEquals(List.of(), findings(report));

        // the heading with a typo is found, the breadcrumb and the site footer are left out
        assertEquals("四、政府信息公开行政法复议、行政诉讼情况", report.sections().get(3).heading());
        assertEquals("2022年，本局共收到政府信息公开申请十三件，予以公开及部分公开7件。\n（一）主动公开\n全年主动公开政府信息 1,210 条。",
                report.sections().get(0).text());
        assertEquals("一是主动公开的及时性有待提高。\n二是政策解读形式较为单一。", report.sections().get(4).text());
        assertEquals("本年度未收取信息处理费。", report.sections().get(5).text());
        assertEquals("本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
                report.preamble());
    }

    @Test
    void thePdfTextLayerWithFootersWrappedLabelsAndATableOverTwoPages() {
        ParsedReport report = new PublishedReportParser().parse(
                new PdfReader().read(ParsedTables.resource("report-2021.pdf")), null, null);

        assertEquals("示例市生态环境局2021年政府信息公开工作年度报告", report.title());
        assertEquals(2021, report.year());
        assertEquals(ReportFormat.GB2021, report.format());
        Map<String, String> proactive = new LinkedHashMap<>();
        proactive.put("RULES", "0 0 0");
        proactive.put("NORMATIVE_DOCUMENTS", "4 1 30");
        proactive.put("ADMINISTRATIVE_LICENSING", "1234");
        proactive.put("ADMINISTRATIVE_PENALTY", "45");
        proactive.put("ADMINISTRATIVE_COERCION", "3");
        proactive.put("ADMINISTRATIVE_FEES", "12.5");
        assertEquals(proactive, rows(report.proactive()));
        assertEquals(ParsedTables.gb2021(
                "10 2 0 0 0 0 12", ZERO, "4 1 0 0 0 0 5", "1 0 0 0 0 0 1",
                ZERO, ZERO, ZERO, ZERO, ZERO, "1 0 0 0 0 0 1", ZERO, ZERO,
                "2 0 0 0 0 0 2", ZERO, ZERO,
                ZERO, ZERO, ZERO, ZERO, ZERO,
                ZERO, ZERO, ZERO,
                "8 1 0 0 0 0 9", "2 1 0 0 0 0 3"), rows(report.applications()));
        assertEquals(Map.of("ADMINISTRATIVE_REVIEW", "1 0 0 0 1", "LITIGATION_DIRECT", "0 0 0 1 1",
                "LITIGATION_AFTER_REVIEW", "0 0 0 0 0"), rows(report.appeals()));
        assertEquals(List.of(), findings(report));
        // the paragraph broken by the page end (and its footer) is whole again
        assertEquals("一是信息公开的范围还需进一步规范，部分栏目更新不及时。二是解读形式单一。", report.sections().get(4).text());
        assertEquals("无。", report.sections().get(5).text());
        assertEquals(List.of(2, 4, 19, 62, 67, 73), report.sections().stream().map(ParsedSection::line).toList());
    }

    /** Text copied out of a document, as an office saved it in GB18030. */
    static final String COPIED_TEXT = """
            示例县交通运输局2020年政府信息公开工作年度报告

            一、总体情况
            2020年，我局受理政府信息公开申请五件，均已办结。

            二、主动公开政府信息情况
            第二十条第（一）项
            信息内容
            本年新制作数量
            本年新公开数量
            对外公开总数量
            规章
            0
            0
            0
            规范性文件
            2
            2
            15
            第二十条第（五）项
            信息内容  上一年项目数量  本年增/减  处理决定数量
            行政许可  30  -2  118
            其他对外管理服务事项  4  ＋1  9
            第二十条第（六）项
            信息内容  上一年项目数量  本年增/减  处理决定数量
            行政处罚  12  0  40
            行政强制  1  —  2
            第二十条第（八）项
            信息内容  上一年项目数量  本年增/减
            行政事业性收费  2  0
            第二十条第（九）项
            信息内容  采购项目数量  采购总金额
            政府集中采购  6  3,480,000.00元

            三、收到和处理政府信息公开申请情况
            申请人情况
            自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计
            本年新收政府信息公开申请数量
            4
            1
            0
            0
            0
            0
            5
            上年结转政府信息公开申请数量  0  0  0  0  0  0  0
            三、
            本
            年
            度
            办
            理
            结
            果
            予以公开  3  0  0  0  0  0  3
            部分公开  0  1  0  0  0  0  1
            不予公开
            属于国家秘密  0  0  0  0  0  0  0
            其他法律行政法规禁止公开  0  0  0  0  0  0  0
            危及“三安全一稳定”  0  0  0  0  0  0  0
            保护第三方 合法权益  0  0  0  0  0  0  0
            属于三类内部事务信息  0  0  0  0  0  0  0
            属于四类过程性信息  0  0  0  0  0  0  0
            属于行政执法案卷  0  0  0  0  0  0  0
            属于行政查询事项  0  0  0  0  0  0  0

            三、收到和处理政府信息公开申请情况（续表）
            申请人情况
            自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计
            无法提供
            本机关不掌握相关政府信息  1  0  0  0  0  0  1
            没有现成信息需要另行制作  0  0  0  0  0  0  0
            补正后申请内容仍不明确  0  0  0  0  0  0  0
            不予处理
            信访举报投诉类申请  0  0  0  0  0  0  0
            重复申请  0  0  0  0  0  0  0
            要求提供公开出版物  0  0  0  0  0  0  0
            无正当理由大量反复申请  0  0  0  0  0  0  0
            要求行政机关确认或重新出具已获取信息  0  0  0  0  0  0  0
            其他处理  0  0  0  0  0  0  0
            总计  4  1  0  0  0  0  5
            结转下年度继续办理  0  0  0  0  0  0  0

            四、政府信息公开行政复议、行政诉讼情况
                      结果维持  结果纠正  其他结果  尚未审结  总计
            行政复议  0  0  0  0  0
            行政诉讼（未经复议直接起诉）  0  0  0  1  1
            行政诉讼（复议后起诉）  0  0  0  0  0

            五、存在的主要问题及改进情况
            信息公开工作人员业务能力有待提升。

            六、其他需要报告的事项
            无。
            """;

    @Test
    void textInGb18030OneValuePerLineWithoutNumberingAndTable4ARowPerGroup() {
        byte[] gb18030 = COPIED_TEXT.getBytes(Charset.forName("GB18030"));
        assertThrows(UnreadableDocumentException.class, () -> new PlainTextReader().read(gb18030, null));
        ParsedReport report = new PublishedReportParser().parse(new PlainTextReader().read(gb18030, "GBK"), null,
                null);

        assertEquals("示例县交通运输局", report.agencyName());
        assertEquals(2020, report.year());
        assertEquals(ReportFormat.GB2019, report.format());
        Map<String, String> proactive = new LinkedHashMap<>();
        proactive.put("RULES", "0 0 0");
        proactive.put("NORMATIVE_DOCUMENTS", "2 2 15");
        proactive.put("ADMINISTRATIVE_LICENSING", "30 -2 118");
        proactive.put("OTHER_MANAGEMENT_SERVICES", "4 1 9");
        proactive.put("ADMINISTRATIVE_PENALTY", "12 0 40");
        proactive.put("ADMINISTRATIVE_COERCION", "1 _ 2");
        proactive.put("ADMINISTRATIVE_FEES", "2 0");
        proactive.put("CENTRALIZED_PROCUREMENT", "6 3480000.00");
        assertEquals(proactive, rows(report.proactive()));
        assertEquals(ParsedTables.gb2019(
                "4 1 0 0 0 0 5", ZERO, "3 0 0 0 0 0 3", "0 1 0 0 0 0 1",
                ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO,
                "1 0 0 0 0 0 1", ZERO, ZERO,
                ZERO, ZERO, ZERO, ZERO, ZERO,
                ZERO, "4 1 0 0 0 0 5", ZERO), rows(report.applications()));
        assertEquals(Map.of("ADMINISTRATIVE_REVIEW", "0 0 0 0 0", "LITIGATION_DIRECT", "0 0 0 1 1",
                "LITIGATION_AFTER_REVIEW", "0 0 0 0 0"), rows(report.appeals()));
        assertEquals(List.of(), findings(report));
        assertEquals("信息公开工作人员业务能力有待提升。", report.sections().get(4).text());
    }

    @Test
    void aWordDocumentWithMergedCells() throws IOException {
        ParsedReport report = new PublishedReportParser().parse(new DocxReader().read(wordDocument()), null, null);

        assertEquals("示例区人民政府2020年政府信息公开工作年度报告", report.title());
        assertEquals(ReportFormat.GB2019, report.format());
        assertEquals("417 65 1125", rows(report.proactive()).get("ADMINISTRATIVE_LICENSING"));
        assertEquals("198 -10 150", rows(report.proactive()).get("OTHER_MANAGEMENT_SERVICES"));
        assertEquals("1166 101647022.75", rows(report.proactive()).get("CENTRALIZED_PROCUREMENT"));
        assertEquals(ParsedTables.gb2019(
                "7 0 0 0 0 2 9", ZERO, "4 0 0 0 0 2 6", ZERO,
                ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO,
                "3 0 0 0 0 0 3", ZERO, ZERO,
                ZERO, ZERO, ZERO, ZERO, ZERO,
                ZERO, "7 0 0 0 0 2 9", ZERO), rows(report.applications()));
        assertEquals(Map.of("ADMINISTRATIVE_REVIEW", "0 0 0 0 0", "LITIGATION_DIRECT", "0 1 0 0 1",
                "LITIGATION_AFTER_REVIEW", "0 0 0 0 0"), rows(report.appeals()));
        assertEquals(List.of(), findings(report));
        assertEquals("无。", report.sections().get(5).text());
    }

    @Test
    void documentsThatCannotBeReadAreSaidSo() {
        assertEquals("The body is not a readable PDF (damaged, or not a PDF)",
                assertThrows(UnreadableDocumentException.class,
                        () -> new PdfReader().read("not a pdf".getBytes(StandardCharsets.UTF_8))).getMessage());
        assertEquals("The body is not a DOCX document (an old .doc must be saved as DOCX or PDF first)",
                assertThrows(UnreadableDocumentException.class,
                        () -> new DocxReader().read("not a docx".getBytes(StandardCharsets.UTF_8))).getMessage());
        assertEquals("The declared charset BIG-FIVE-ISH is not known; send UTF-8 or GB18030",
                assertThrows(UnreadableDocumentException.class,
                        () -> new PlainTextReader().read(new byte[] {65}, "BIG-FIVE-ISH")).getMessage());
    }

    /** A report as a Word document: tables with cells merged across columns (gridSpan) and rows (vMerge). */
    static byte[] wordDocument() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
            footer.createParagraph().createRun().setText("- 1 -");
            paragraph(document, "示例区人民政府2020年政府信息公开工作年度报告");
            paragraph(document, "一、总体情况");
            paragraph(document, "2020年，全区受理政府信息公开申请9件。");
            paragraph(document, "二、主动公开政府信息情况");
            XWPFTable proactive = document.createTable();
            String[][] section2 = {
                    {"第二十条第（一）项|4"}, {"信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"},
                    {"规章", "0", "0", "0"}, {"规范性文件", "21", "21", "40"},
                    {"第二十条第（五）项|4"}, {"信息内容", "上一年项目数量", "本年增/减", "处理决定数量"},
                    {"行政许可", "417", "65", "1125"}, {"其他对外管理服务事项", "198", "-10", "150"},
                    {"第二十条第（六）项|4"}, {"信息内容", "上一年项目数量", "本年增/减", "处理决定数量"},
                    {"行政处罚", "800", "-21", "127"}, {"行政强制", "109", "-11", "65"},
                    {"第二十条第（八）项|4"}, {"信息内容", "上一年项目数量", "本年增/减", ""}, {"行政事业性收费", "11", "0", ""},
                    {"第二十条第（九）项|4"}, {"信息内容", "采购项目数量", "采购总金额|2"},
                    {"政府集中采购", "1166", "101647022.75元|2"}};
            fill(proactive, section2);
            paragraph(document, "三、收到和处理政府信息公开申请情况");
            XWPFTable applications = document.createTable();
            String z = "0";
            String[][] table3 = {
                    {"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）|3", "申请人情况|7"},
                    {"|3", "自然人", "法人或其他组织|5", "总计"},
                    {"|3", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""},
                    {"一、本年新收政府信息公开申请数量|3", "7", z, z, z, z, "2", "9"},
                    {"二、上年结转政府信息公开申请数量|3", z, z, z, z, z, z, z},
                    {"三、本年度办理结果^", "（一）予以公开|2", "4", z, z, z, z, "2", "6"},
                    {"~", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）|2", z, z, z, z, z, z, z},
                    {"~", "（三）不予公开^", "1.属于国家秘密", z, z, z, z, z, z, z},
                    {"~", "~", "2.其他法律行政法规禁止公开", z, z, z, z, z, z, z},
                    {"~", "~", "3.危及“三安全一稳定”", z, z, z, z, z, z, z},
                    {"~", "~", "4.保护第三方合法权益", z, z, z, z, z, z, z},
                    {"~", "~", "5.属于三类内部事务信息", z, z, z, z, z, z, z},
                    {"~", "~", "6.属于四类过程性信息", z, z, z, z, z, z, z},
                    {"~", "~", "7.属于行政执法案卷", z, z, z, z, z, z, z},
                    {"~", "~", "8.属于行政查询事项", z, z, z, z, z, z, z},
                    {"~", "（四）无法提供^", "1.本机关不掌握相关政府信息", "3", z, z, z, z, z, "3"},
                    {"~", "~", "2.没有现成信息需要另行制作", z, z, z, z, z, z, z},
                    {"~", "~", "3.补正后申请内容仍不明确", z, z, z, z, z, z, z},
                    {"~", "（五）不予处理^", "1.信访举报投诉类申请", z, z, z, z, z, z, z},
                    {"~", "~", "2.重复申请", z, z, z, z, z, z, z},
                    {"~", "~", "3.要求提供公开出版物", z, z, z, z, z, z, z},
                    {"~", "~", "4.无正当理由大量反复申请", z, z, z, z, z, z, z},
                    {"~", "~", "5.要求行政机关确认或重新出具已获取信息", z, z, z, z, z, z, z},
                    {"~", "（六）其他处理|2", z, z, z, z, z, z, z},
                    {"~", "（七）总计|2", "7", z, z, z, z, "2", "9"},
                    {"四、结转下年度继续办理|3", z, z, z, z, z, z, z}};
            fill(applications, table3);
            paragraph(document, "四、政府信息公开行政复议、行政诉讼情况");
            XWPFTable appeals = document.createTable();
            String[][] table4 = {
                    {"行政复议|5", "行政诉讼|10"},
                    {"结果维持^", "结果纠正^", "其他结果^", "尚未审结^", "总计^", "未经复议直接起诉|5", "复议后起诉|5"},
                    {"~", "~", "~", "~", "~", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正",
                            "其他结果", "尚未审结", "总计"},
                    {z, z, z, z, z, z, "1", z, z, "1", z, z, z, z, z}};
            fill(appeals, table4);
            paragraph(document, "五、存在的主要问题及改进情况");
            paragraph(document, "信息公开的范围和形式还需进一步规范。");
            paragraph(document, "六、其他需要报告的事项");
            paragraph(document, "无。");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void paragraph(XWPFDocument document, String text) {
        document.createParagraph().createRun().setText(text);
    }

    /**
     * Fills a table row by row. A cell "text|n" spans n columns; "text^" starts a vertical merge, "~" continues
     * one.
     */
    private static void fill(XWPFTable table, String[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            while (row.getTableCells().size() > 0 && r > 0) {
                row.removeCell(0);
            }
            for (int c = 0; c < rows[r].length; c++) {
                String spec = rows[r][c];
                XWPFTableCell cell = r == 0 && c == 0 ? row.getCell(0) : row.addNewTableCell();
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                String text = spec;
                if (spec.equals("~")) {
                    properties.addNewVMerge();
                    text = "";
                } else if (spec.endsWith("^")) {
                    properties.addNewVMerge().setVal(STMerge.RESTART);
                    text = spec.substring(0, spec.length() - 1);
                } else if (spec.contains("|")) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(Long.parseLong(spec.substring(spec.indexOf('|') + 1))));
                    text = spec.substring(0, spec.indexOf('|'));
                }
                cell.setText(text);
            }
        }
    }
}
