package cn.govdisclosure.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.Outcome;
import cn.govdisclosure.report.FrontMatterView;
import cn.govdisclosure.report.ReportStatus;
import cn.govdisclosure.report.ReportView;
import cn.govdisclosure.report.SectionView;
import cn.govdisclosure.statistics.LedgerCount;
import cn.govdisclosure.statistics.TableAssembler;

/**
 * How the documents fall on their pages, as a reader of the printed report sees them: no heading, group of rows or
 * closing left alone at the foot or the head of a page; a draft's watermark that leaves the text readable; Chinese
 * as the Word document's language, with the faces every Windows has named in place of those it may lack.
 */
class PageLayoutTest {

    private static final String ISSUER = "某区人民政府办公室";
    private static final String LAST = "最后一段：以上为本年度报告的全部内容。";

    @Test
    void thePdfsClosingIsOnThePageOfTheLastParagraphHoweverLongTheTextBefore() throws Exception {
        PdfReportRenderer renderer = new PdfReportRenderer(new PdfFont(Path.of(
                System.getProperty("disclosure.pdf.font", "/usr/share/fonts/truetype/arphic/uming.ttc"))));
        boolean movedToANewPage = false;
        // two lines more each time, over a page: the end of the text passes every point of a page, and the
        // closing (a blank line and two lines) cannot fit in the space left after the last paragraph at least once
        for (int lines = 0; lines <= 24; lines += 2) {
            try (PDDocument pdf = Loader.loadPDF(renderer.render(withEnding(lines, ReportStatus.PUBLISHED)))) {
                PDFTextStripper stripper = new PDFTextStripper();
                int pages = pdf.getNumberOfPages();
                stripper.setStartPage(pages);
                stripper.setEndPage(pages);
                String lastPage = stripper.getText(pdf).replaceAll("-\\s*\\d+\\s*-", "").replaceAll("\\s+", "");
                assertTrue(lastPage.endsWith(LAST + ISSUER + "2022年1月18日"),
                        lines + " lines: the last paragraph and the closing end the last page: " + lastPage);
                movedToANewPage |= lastPage.startsWith(LAST);
            }
        }
        assertTrue(movedToANewPage, "some length puts the last paragraph and the closing on a page of their own");
    }

    @Test
    void theHtmlHoldsTheLastParagraphAndTheClosingInOneBlock() {
        Document page = Jsoup.parse(new HtmlReportRenderer().render(withEnding(1)));
        assertEquals(List.of(LAST, ISSUER, "2022年1月18日"), page.select("#section-6 > div.ending p").eachText());
        assertTrue(page.html().contains(".ending { break-inside: avoid; page-break-inside: avoid; }"));
    }

    @Test
    void wordKeepsHeadingsGroupsAndTheClosingWithWhatFollows() throws Exception {
        try (XWPFDocument docx = docx(withEnding(1))) {
            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            for (SectionView section : RenderersTest.report("某区人民政府", "总体情况。").sections()) {
                XWPFParagraph heading = paragraphs.stream().filter(p -> p.getText().equals(section.heading()))
                        .findFirst().orElseThrow();
                assertTrue(heading.isKeepNext(), section.heading() + " kept with the next");
            }
            // the end: the last paragraph, a blank line, the issuer kept with the date; the date ends the document
            List<String> texts = paragraphs.stream().map(XWPFParagraph::getText).toList();
            int last = texts.lastIndexOf(LAST);
            assertEquals(List.of(LAST, "", ISSUER, "2022年1月18日"), texts.subList(last, texts.size()));
            assertEquals(List.of(true, true, true, false),
                    paragraphs.subList(last, texts.size()).stream().map(XWPFParagraph::isKeepNext).toList());

            List<XWPFTable> tables = docx.getTables();
            // table 二: each item of article 20 (its heading, its column headings, its rows) on one page
            List<String> firstCells = new ArrayList<>();
            List<Boolean> kept = new ArrayList<>();
            for (XWPFTableRow row : tables.get(0).getRows()) {
                firstCells.add(row.getCell(0).getText());
                kept.add(keptWithNext(row));
            }
            for (int r = 0; r < firstCells.size(); r++) {
                boolean lastOfItem = r + 1 == firstCells.size() || firstCells.get(r + 1).startsWith("第二十条");
                assertEquals(!lastOfItem, kept.get(r), "table 二 row " + r + " " + firstCells.get(r));
            }
            assertEquals(4, firstCells.stream().filter(text -> text.startsWith("第二十条")).count());

            // table 三: header rows repeated and kept with the first figures; （三）不予公开's eight rows together;
            // the 22 rows of 三、本年度办理结果 free to break between its parts
            XWPFTable applications = tables.get(1);
            List<Boolean> applicationRows = applications.getRows().stream().map(PageLayoutTest::keptWithNext).toList();
            for (int r = 0; r < 3; r++) {
                assertTrue(applications.getRow(r).isRepeatHeader(), "header row " + r + " repeats");
                assertTrue(applicationRows.get(r), "header row " + r + " kept with the next");
            }
            assertFalse(applications.getRow(3).isRepeatHeader());
            assertEquals("（三）不予公开", applications.getRow(3 + 4).getCell(1).getText());
            assertEquals(List.of(true, true, true, true, true, true, true, false), applicationRows.subList(7, 15));
            assertEquals(false, applicationRows.get(3 + 2), "（一）予以公开 stands alone");
            assertEquals(false, applicationRows.get(applicationRows.size() - 1));
            // table 四: its three header rows and its row of figures on one page
            assertEquals(List.of(true, true, true, false),
                    tables.get(2).getRows().stream().map(PageLayoutTest::keptWithNext).toList());

            for (XWPFTable table : tables) {
                assertEquals(57, table.getCellMarginLeft(), "1 mm either side of a cell's text");
                assertEquals(57, table.getCellMarginRight());
                for (XWPFTableRow row : table.getRows()) {
                    assertTrue(row.isCantSplitRow(), "no row split across pages");
                }
            }
        }
    }

    @Test
    void wordSaysItsTextIsChineseAndNamesTheWindowsFacesForMissingOnes() throws Exception {
        try (XWPFDocument docx = docx(withEnding(1))) {
            String styles = part(docx, "/word/styles.xml");
            assertTrue(styles.contains("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"), styles);
            assertTrue(styles.contains("<w:pPrDefault><w:pPr><w:widowControl/></w:pPr></w:pPrDefault>"), styles);
            String fonts = part(docx, "/word/fontTable.xml");
            for (String[] font : new String[][] {{"仿宋_GB2312", "仿宋"}, {"楷体_GB2312", "楷体"}, {"方正小标宋简体", "宋体"},
                {"黑体", "SimHei"}, {"宋体", "SimSun"}}) {
                assertTrue(fonts.contains("<w:font w:name=\"" + font[0] + "\"><w:altName w:val=\"" + font[1]
                        + "\"/><w:charset w:val=\"86\"/>"), font[0] + " in " + fonts);
            }
        }
    }

    @Test
    void theDraftsWordWatermarkIsALightTintTurnedAsInThePdf() throws Exception {
        try (XWPFDocument docx = docx(withEnding(1))) {
            assertEquals(1, docx.getHeaderList().size(), "one header, for every page");
            String header = docx.getHeaderList().get(0)._getHdrFtr().xmlText();
            assertTrue(header.contains("string=\"草稿\""), header);
            assertTrue(header.contains("fillcolor=\"#F2D0D0\""), "a light tint, not black: " + header);
            assertTrue(header.contains(";rotation:330;"), "turned 30° anticlockwise: " + header);
            assertTrue(header.contains(";z-index:-"), "behind the text");
            assertTrue(header.contains("coordsize=\"21600,21600\""), header);
            assertFalse(header.contains("black"), header);
        }
    }

    @Test
    void wordSetsAFigureTooLongForItsCellSmallerRatherThanBreakingIt() throws Exception {
        // 五号 (10.5 pt) while the figure fits: four digits in a column of 22 pt, a sum with its unit in table 二
        assertEquals(10.5, DocxReportRenderer.figureSize("1234", 443));
        assertEquals(10.5, DocxReportRenderer.figureSize("101647022.75 元", 1920));
        // smaller by half points as it grows, never below 7 pt
        assertEquals(8.5, DocxReportRenderer.figureSize("12345", 443));
        assertEquals(7.0, DocxReportRenderer.figureSize("123456", 443));
        assertEquals(7.0, DocxReportRenderer.figureSize("12345678", 443));

        ReportView report = RenderersTest.report("某区人民政府", "总体情况。");
        var tables = TableAssembler.assemble(report.format(), List.of(new LedgerCount(ApplicantType.NATURAL_PERSON,
                Outcome.GRANTED, 123456, 0, 123456, 0)), List.of());
        ReportView large = new ReportView(report.id(), report.agencyCode(), report.agencyName(), report.year(),
                report.format(), report.status(), report.title(), report.frontMatter(), report.sections(),
                report.proactiveDisclosure(), tables.applications(), report.appeals(), report.createdAt(),
                report.updatedAt(), report.scope(), report.revision(), report.revisionReason(),
                report.workflowComment(), report.publicationDeadline(), report.publishedDate(),
                report.publishedLate(), report.reportedValues(), tables.applications(), report.appeals(),
                report.provenance());
        try (XWPFDocument docx = docx(large)) {
            XWPFTableRow received = docx.getTables().get(1).getRow(3);
            assertEquals("一、本年新收政府信息公开申请数量", received.getCell(0).getText());
            assertEquals("123456", received.getCell(1).getText());
            // six digits in table 三's figure column (568 twips less 2 × 57): 7.5 pt, 22.5 pt wide
            assertEquals(7.5, received.getCell(1).getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble());
            assertEquals("0", received.getCell(2).getText());
            assertEquals(10.5, received.getCell(2).getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble());
        }
    }

    /** A draft whose section 六 has {@code lines} one-line paragraphs and then its last paragraph, closed. */
    private static ReportView withEnding(int lines) {
        return withEnding(lines, ReportStatus.DRAFT);
    }

    /** A report whose section 六 has {@code lines} one-line paragraphs and then its last paragraph, closed. */
    private static ReportView withEnding(int lines, ReportStatus status) {
        ReportView report = RenderersTest.report("某区人民政府", "总体情况。");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            text.append("第").append(i).append("行：补充说明本年度工作的其他事项。\n");
        }
        text.append(LAST);
        List<SectionView> sections = new ArrayList<>(report.sections());
        SectionView six = sections.get(5);
        sections.set(5, new SectionView(six.number(), six.heading(), six.hasTable(), text.toString()));
        ReportView withText = new ReportView(report.id(), report.agencyCode(), report.agencyName(), report.year(),
                report.format(), report.status(), report.title(), report.frontMatter(), sections,
                report.proactiveDisclosure(), report.applications(), report.appeals(), report.createdAt(),
                report.updatedAt(), report.scope(), report.revision(), report.revisionReason(),
                report.workflowComment(), report.publicationDeadline(), report.publishedDate(),
                report.publishedLate(), report.reportedValues(), report.computedApplications(), report.computedAppeals(),
                report.provenance());
        LocalDate issued = LocalDate.of(2022, 1, 18);
        return RenderersTest.with(withText, status, 1, status == ReportStatus.PUBLISHED ? issued : null,
                new FrontMatterView(report.frontMatter().opening(), ISSUER, issued));
    }

    private static XWPFDocument docx(ReportView report) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(new DocxReportRenderer().render(report)));
    }

    /** Whether a row stays on the page of the next: the paragraphs of its cells are kept with the next. */
    private static boolean keptWithNext(XWPFTableRow row) {
        List<Boolean> cells = row.getTableCells().stream()
                .map(cell -> cell.getParagraphs().get(0).isKeepNext()).distinct().toList();
        assertEquals(1, cells.size(), "every cell of a row alike");
        return cells.get(0);
    }

    private static String part(XWPFDocument docx, String name) throws Exception {
        List<PackagePart> parts = docx.getPackage().getPartsByName(Pattern.compile(Pattern.quote(name)));
        assertEquals(1, parts.size(), name);
        try (InputStream in = parts.get(0).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
