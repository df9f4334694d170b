package cn.govdisclosure.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import cn.govdisclosure.agency.Scope;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.AppealResult;
import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.Outcome;
import cn.govdisclosure.format.ProactiveLayout;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.format.SectionHeading;
import cn.govdisclosure.report.FrontMatterView;
import cn.govdisclosure.report.ProactiveDisclosureView;
import cn.govdisclosure.report.ReportStatus;
import cn.govdisclosure.report.ReportView;
import cn.govdisclosure.report.SectionView;
import cn.govdisclosure.statistics.AnnualTables;
import cn.govdisclosure.statistics.AppealCount;
import cn.govdisclosure.statistics.LedgerCount;
import cn.govdisclosure.statistics.TableAssembler;

/** The renderers on their own, built with {@code new}: a GB2021 report whose texts try to break out. */
class RenderersTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"引号\" <b>粗</b>";

    @Test
    void htmlEscapesEveryUserText() {
        Document page = Jsoup.parse(new HtmlReportRenderer().render(report("某<i>局</i>", HOSTILE)));

        assertTrue(page.select("script").isEmpty());
        assertTrue(page.select("main b, main i").isEmpty());
        assertEquals(HOSTILE, page.selectFirst("#section-1 p").text());
        assertEquals("某<i>局</i>2021年政府信息公开工作年度报告", page.title());
        assertTrue(page.selectFirst("p.opening").text().contains("现公布某<i>局</i> 2021 年政府信息公开工作年度报告"));
    }

    @Test
    void gb2021TablesHaveTheirOwnRowsAndSpans() {
        Document page = Jsoup.parse(new HtmlReportRenderer().render(report("某区人民政府", "总体情况。")));

        Elements rows = page.select("table#applications tbody tr");
        assertEquals(25, rows.size());
        Element other = rows.get(20).child(0);
        assertEquals("（六）其他处理", other.text());
        assertEquals("3", other.attr("rowspan"));
        assertEquals("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", rows.get(20).child(1).text());
        assertEquals("3.其他", rows.get(22).child(0).text());
        assertEquals("22", rows.get(2).child(0).attr("rowspan"));
        // the ledger's figures in their cells: two natural persons abandoned by lack of correction, one fee unpaid
        assertEquals(List.of("2", "0", "0", "0", "0", "0", "2"), rows.get(20).select("td.num").eachText());
        assertEquals(List.of("0", "1", "0", "0", "0", "0", "1"), rows.get(21).select("td.num").eachText());

        // section 二 in GB2021: one decision column spanning three, the fee in 万元 without a unit in the cell
        Element proactive = page.selectFirst("table#proactive-disclosure");
        Element licensing = proactive.selectFirst("tr:has(td:contains(行政许可))");
        assertEquals("3", licensing.child(1).attr("colspan"));
        assertEquals("37", licensing.child(1).text());
        assertEquals("1.25", proactive.selectFirst("tr:has(td:contains(行政事业性收费))").child(1).text());
        assertEquals("", proactive.selectFirst("tr:has(td:contains(行政强制))").child(1).text(), "a missing cell is blank");
        assertEquals("行政规范性文件", proactive.select("td.label").get(1).text());
    }

    @Test
    void markdownEscapesUserTextAndKeepsTheTables() {
        String markdown = new MarkdownReportRenderer().render(report("某区人民政府",
                "1. 第一项\n# 不是标题\n" + HOSTILE + "\n（一）政府信息主动公开情况"));

        assertTrue(markdown.startsWith("**草稿**\n\n# 某区人民政府2021年政府信息公开工作年度报告\n\n"));
        assertTrue(markdown.contains("\n1\\. 第一项\n"));
        assertTrue(markdown.contains("\n\\# 不是标题\n"));
        assertTrue(markdown.contains("\\<script\\>alert('x')\\</script\\> \\& \"引号\" \\<b\\>粗\\</b\\>"));
        assertFalse(markdown.contains("<script>"));
        assertTrue(markdown.contains("\n**（一）政府信息主动公开情况**\n"));
        assertTrue(markdown.contains("| 项目 |  |  | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"));
        assertTrue(markdown.contains("|  | （六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n"));
        assertTrue(markdown.contains("| 行政诉讼（复议后起诉） | 0 | 0 | 1 | 0 | 1 |\n"));
    }

    @Test
    void textLaysEveryTableOutFromItsFirstToItsLastFilledCell() {
        String text = new TextReportRenderer().render(report("某区人民政府", "总体情况。"));
        List<String> lines = text.lines().toList();

        assertEquals(List.of("草稿", "", "某区人民政府2021年政府信息公开工作年度报告"), lines.subList(0, 3));
        int header = lines.indexOf(String.join("\t", ApplicationRow.IDENTITY_NOTE, "", "", "申请人情况"));
        assertTrue(header > 0);
        assertEquals("自然人\t法人或其他组织\t\t\t\t\t总计", lines.get(header + 1));
        assertEquals("3.其他\t0\t0\t0\t0\t0\t0\t0", lines.get(header + 3 + 22));
        assertEquals("四、结转下年度继续办理\t\t\t1\t0\t0\t0\t0\t0\t1", lines.get(header + 3 + 24));
        assertTrue(lines.contains("第二十条第（八）项"));
        assertTrue(lines.contains("行政事业性收费\t1.25"));
    }

    @Test
    void theWorkbookStoresGb2021Money() throws Exception {
        byte[] bytes = new SpreadsheetReportRenderer().render(report("某区人民政府", "总体情况。"));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            var fees = sheet.getRow(sheet.getLastRowNum());
            assertEquals("行政事业性收费", fees.getCell(0).getStringCellValue());
            assertEquals(1.25, fees.getCell(1).getNumericCellValue());
            assertEquals(2 + 3 + 25, workbook.getSheetAt(1).getLastRowNum() + 1);
        }
    }

    @Test
    void aDraftIsMarkedInEveryFormat() throws Exception {
        ReportView draft = report("某区人民政府", "总体情况。");

        assertEquals("草稿", new TextReportRenderer().render(draft).lines().findFirst().orElseThrow());
        assertEquals("**草稿**", new MarkdownReportRenderer().render(draft).lines().findFirst().orElseThrow());
        Document page = Jsoup.parse(new HtmlReportRenderer().render(draft));
        assertEquals("草稿", page.selectFirst("div.watermark").text());
        assertEquals("草稿", page.selectFirst("main > p.marker.draft").text());
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(
                new DocxReportRenderer().render(draft)))) {
            assertEquals("草稿", docx.getParagraphs().get(0).getText());
            assertTrue(docx.getHeaderList().stream().anyMatch(header -> header._getHdrFtr().xmlText()
                    .contains("string=\"草稿\"")), "a 草稿 watermark in the header");
        }

        ReportView returned = with(draft, ReportStatus.RETURNED, 2, null);
        assertEquals("草稿（已退回修改）　第 2 版（更正稿）", new TextReportRenderer().render(returned).lines().findFirst()
                .orElseThrow());
    }

    @Test
    void aPublishedReportShowsItsRevisionInForceAndNoDraftMarker() throws Exception {
        ReportView first = with(report("某区人民政府", "总体情况。"), ReportStatus.PUBLISHED, 1, LocalDate.of(2022, 1, 20));
        assertEquals("某区人民政府2021年政府信息公开工作年度报告", new TextReportRenderer().render(first).lines().findFirst()
                .orElseThrow());
        Document firstPage = Jsoup.parse(new HtmlReportRenderer().render(first));
        assertTrue(firstPage.select(".watermark, .marker").isEmpty());

        ReportView correction = with(first, ReportStatus.PUBLISHED, 2, LocalDate.of(2022, 3, 1));
        String notice = "更正　第 2 版，2022年3月1日发布";
        assertEquals(notice, new TextReportRenderer().render(correction).lines().findFirst().orElseThrow());
        Document page = Jsoup.parse(new HtmlReportRenderer().render(correction));
        assertEquals(notice, page.selectFirst("p.marker.correction").text());
        assertTrue(page.select(".watermark").isEmpty());
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(
                new DocxReportRenderer().render(correction)))) {
            assertEquals(notice, docx.getParagraphs().get(0).getText());
            assertTrue(docx.getHeaderList().isEmpty(), "no watermark");
        }
    }

    @Test
    void everyRenderingPrintsTheReportsOwnOpeningAndClosing() {
        String opening = "根据《条例》规定，现公布本报告。本报告电子版可在某区人民政府门户网站查阅。如对本报告有疑问，"
                + "请与某区人民政府办公室联系（地址：某路1号，邮编：362000，电话：0595-12345678）。";
        ReportView report = with(report("某区人民政府", "总体情况。"), ReportStatus.DRAFT, 1, null,
                new FrontMatterView(opening, "某区人民政府办公室", LocalDate.of(2022, 1, 18)));

        String text = new TextReportRenderer().render(report);
        assertTrue(text.contains("某区人民政府2021年政府信息公开工作年度报告\n\n" + opening + "\n\n一、总体情况\n"), text);
        assertTrue(text.endsWith("无。\n\n某区人民政府办公室\n2022年1月18日\n"), text);
        assertFalse(text.contains("现公布某区人民政府 2021 年"), "no generated preamble");
        Document page = Jsoup.parse(new HtmlReportRenderer().render(report));
        assertEquals(opening, page.selectFirst("p.opening").text());
        assertEquals(List.of("某区人民政府办公室", "2022年1月18日"), page.select("div.closing p").eachText());
        String markdown = new MarkdownReportRenderer().render(report);
        assertTrue(markdown.contains("\n\n" + MarkdownReportRenderer.escapeParagraph(opening) + "\n\n## 一、总体情况"));
        assertTrue(markdown.endsWith("\n\n某区人民政府办公室\\\n2022年1月18日\n"), markdown);
    }

    @Test
    void textKeepsTheAuthorsParagraphsAndStartsTableRowsAtTheirFirstCell() {
        String text = new TextReportRenderer().render(report("某区人民政府",
                "第一段第一行\n第一段第二行\n\n\n  第二段  \n"));
        assertTrue(text.contains("一、总体情况\n\n第一段第一行\n第一段第二行\n\n第二段\n\n二、"), text);
        for (String line : text.lines().toList()) {
            assertFalse(line.startsWith("\t") || line.endsWith("\t"), "no empty cell at either end: " + line);
        }
        assertTrue(text.contains("\n3.其他\t0\t0\t0\t0\t0\t0\t0\n"), text);
        assertTrue(text.contains("\n第二十条第（八）项\n"), text);
    }

    /** The report in another state, revision and publication date. */
    static ReportView with(ReportView r, ReportStatus status, int revision, LocalDate publishedDate) {
        return with(r, status, revision, publishedDate, r.frontMatter());
    }

    static ReportView with(ReportView r, ReportStatus status, int revision, LocalDate publishedDate,
            FrontMatterView frontMatter) {
        return new ReportView(r.id(), r.agencyCode(), r.agencyName(), r.year(), r.format(), status, r.title(),
                frontMatter, r.sections(), r.proactiveDisclosure(), r.applications(), r.appeals(), r.createdAt(),
                r.updatedAt(), r.scope(), revision, r.revisionReason(), r.workflowComment(), r.publicationDeadline(),
                publishedDate, publishedDate == null ? null : false, r.reportedValues(), r.computedApplications(),
                r.computedAppeals(), r.provenance());
    }

    /** A GB2021 report of 2021 with a few figures in every table. */
    static ReportView report(String agencyName, String overview) {
        ReportFormat format = ReportFormat.GB2021;
        AnnualTables tables = TableAssembler.assemble(format, List.of(
                new LedgerCount(ApplicantType.NATURAL_PERSON, Outcome.OTHER_NO_CORRECTION, 2, 0, 2, 0),
                new LedgerCount(ApplicantType.COMMERCIAL_ENTERPRISE, Outcome.OTHER_FEE_UNPAID, 1, 0, 1, 0),
                new LedgerCount(ApplicantType.NATURAL_PERSON, null, 1, 0, 0, 1)),
                List.of(new AppealCount(AppealKind.LITIGATION_AFTER_REVIEW, AppealResult.OTHER, 1)));
        List<SectionView> sections = new ArrayList<>();
        for (SectionHeading heading : SectionHeading.values()) {
            sections.add(new SectionView(heading.number(), heading.heading(), heading.hasTable(),
                    heading.number() == 1 ? overview : heading.number() == 6 ? "无。" : ""));
        }
        Map<String, Object> values = Map.of("RULES/ISSUED", 1L, "RULES/REPEALED", 0L, "RULES/IN_FORCE", 3L,
                "ADMINISTRATIVE_LICENSING/DECISIONS", 37L, "ADMINISTRATIVE_PENALTY/DECISIONS", 5L,
                "ADMINISTRATIVE_FEES/FEE_AMOUNT", "1.25");
        List<ProactiveDisclosureView.Group> groups = ProactiveLayout.of(format).stream().map(group -> {
            List<ProactiveDisclosureView.Column> columns = group.columns().stream()
                    .map(c -> new ProactiveDisclosureView.Column(c.code(), c.label(), c.kind())).toList();
            List<ProactiveDisclosureView.Row> rows = group.rows().stream().map(row -> {
                Map<String, Object> cells = new LinkedHashMap<>();
                group.columns().forEach(c -> cells.put(c.code(), values.get(row.code() + "/" + c.code())));
                return new ProactiveDisclosureView.Row(row.code(), row.label(), cells);
            }).toList();
            return new ProactiveDisclosureView.Group(group.item(), columns, rows);
        }).toList();
        Instant now = Instant.parse("2022-01-10T08:00:00Z");
        return new ReportView(7, "X1", agencyName, 2021, format, ReportStatus.DRAFT,
                agencyName + "2021年政府信息公开工作年度报告",
                new FrontMatterView(FrontMatterView.defaultOpening(agencyName, 2021), agencyName, null), sections,
                new ProactiveDisclosureView(format, groups),
                tables.applications(), tables.appeals(), now, now, Scope.AGENCY, 1, null, null,
                LocalDate.of(2022, 3, 31), null, null, List.of(), tables.applications(), tables.appeals(), null);
    }

}
