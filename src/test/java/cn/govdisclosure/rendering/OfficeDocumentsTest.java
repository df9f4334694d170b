package cn.govdisclosure.rendering;

import static cn.govdisclosure.TestData.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import io.quarkus.test.junit.QuarkusTest;

import cn.govdisclosure.ReferenceScenario;

/**
 * The reference report (Luojiang 2020) as the attachment offices publish: the Word document read back with POI
 * (A4, typography, every cell of the three tables in its merged slot, page numbers) and the PDF read back with
 * PDFBox (its text in order, the configured font embedded, no glyph missing, page 1 rendered). Both are left in
 * target/render to look at.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeDocumentsTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final List<String> HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

    /** Where the reference report's documents are left to look at. */
    private static final Path RENDER = Path.of("target/render");

    @ConfigProperty(name = "disclosure.pdf.font")
    String configuredFont;

    private ReferenceScenario.Recorded reference;

    @BeforeEach
    void recordOnce() throws Exception {
        if (reference == null) {
            reference = ReferenceScenario.record();
        }
    }

    @Test
    void theWordDocumentIsA4WithTheTemplatesTypography() throws Exception {
        try (XWPFDocument document = docx()) {
            CTSectPr page = document.getDocument().getBody().getSectPr();
            assertEquals(BigInteger.valueOf(11906), page.getPgSz().getW());
            assertEquals(BigInteger.valueOf(16838), page.getPgSz().getH());

            XWPFParagraph title = document.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("洛江区人民政府")).findFirst().orElseThrow();
            assertEquals("洛江区人民政府\n2020年政府信息公开工作年度报告", title.getText());
            XWPFRun titleRun = title.getRuns().get(0);
            assertEquals(DocxReportRenderer.TITLE_FONT, titleRun.getFontFamily(XWPFRun.FontCharRange.eastAsia));
            assertEquals(22.0, titleRun.getFontSizeAsDouble());

            List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            List<Integer> at = HEADINGS.stream().map(texts::indexOf).toList();
            assertTrue(at.get(0) > texts.indexOf(title.getText()), "the headings follow the title: " + at);
            for (int i = 1; i < at.size(); i++) {
                assertTrue(at.get(i) > at.get(i - 1), "headings in order: " + at);
            }
            XWPFParagraph heading = document.getParagraphs().get(at.get(0));
            assertEquals(DocxReportRenderer.HEADING_FONT, heading.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia));
            XWPFParagraph body = document.getParagraphs().get(at.get(0) + 1);
            assertTrue(body.getText().startsWith("2020 年，洛江区以习近平新时代中国特色社会主义思想为指导"), body.getText());
            assertEquals(DocxReportRenderer.BODY_FONT, body.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia));
            assertEquals(16.0, body.getRuns().get(0).getFontSizeAsDouble());
            assertEquals("无。", texts.get(at.get(5) + 1));

            String footer = document.getFooterList().get(0).getText().strip();
            assertEquals("- 1 -", footer);
            assertTrue(document.getFooterList().get(0).getParagraphs().get(0).getCTP().getFldSimpleArray(0).getInstr()
                    .contains("PAGE"));
        }
    }

    @Test
    void everyTableCellOfTheWordDocumentReadsBackInItsMergedSlot() throws Exception {
        try (XWPFDocument document = docx()) {
            List<XWPFTable> tables = document.getTables();
            assertEquals(3, tables.size());

            // section 二: the items of article 20 span the table; the rows as printed, the last cell spanning the rest
            XWPFTable section2 = tables.get(0);
            String[][] proactive = layOut(section2, 4);
            assertEquals(List.of("第二十条第（一）项", "第二十条第（一）项", "第二十条第（一）项", "第二十条第（一）项"),
                    List.of(proactive[0]));
            List<List<String>> rows = new ArrayList<>();
            for (XWPFTableRow row : section2.getRows()) {
                List<String> cells = row.getTableCells().stream().map(XWPFTableCell::getText).toList();
                if (!cells.get(0).startsWith("第二十条") && !cells.get(0).equals("信息内容")) {
                    rows.add(cells);
                }
            }
            assertEquals(ReferenceScenario.SECTION_2, rows);
            assertEquals(List.of("政府集中采购", "1166", "101647022.75 元", "101647022.75 元"), List.of(proactive[proactive.length - 1]));

            // table 三: the 勾稽 note over three rows and three columns; the merged labels; every figure
            XWPFTable applications = tables.get(1);
            XWPFTableCell note = applications.getRow(0).getCell(0);
            assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", note.getText());
            assertEquals(BigInteger.valueOf(3), note.getCTTc().getTcPr().getGridSpan().getVal());
            assertEquals(STMerge.RESTART, note.getCTTc().getTcPr().getVMerge().getVal());
            assertTrue(applications.getRow(0).isRepeatHeader());
            String[][] grid = layOut(applications, 10);
            assertEquals("申请人情况", grid[0][3]);
            assertEquals("申请人情况", grid[0][9]);
            assertEquals("法人或其他组织", grid[1][8]);
            assertEquals("自然人", grid[2][3]);
            assertEquals("三、本年度办理结果", grid[3 + 12][0]);
            assertEquals("（四）无法提供", grid[3 + 12][1]);
            assertEquals("1.本机关不掌握相关政府信息", grid[3 + 12][2]);
            assertEquals("四、结转下年度继续办理", grid[3 + 22][2]);
            List<List<Long>> figures = new ArrayList<>();
            for (int r = 3; r < grid.length; r++) {
                List<Long> row = new ArrayList<>();
                for (int c = 3; c < 10; c++) {
                    row.add(Long.parseLong(grid[r][c]));
                }
                figures.add(row);
            }
            assertEquals(ReferenceScenario.table3Rows(), figures);
            assertEquals(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT,
                    applications.getRow(3).getCell(1).getParagraphs().get(0).getAlignment(), "figures right-aligned");

            // table 四: 行政复议 and 行政诉讼 over their results, one row of 15 figures
            String[][] appeals = layOut(tables.get(2), 15);
            assertEquals("行政复议", appeals[0][4]);
            assertEquals("行政诉讼", appeals[0][14]);
            assertEquals("未经复议直接起诉", appeals[1][5]);
            assertEquals("结果维持", appeals[2][0]);
            assertEquals(ReferenceScenario.TABLE_4, java.util.Arrays.stream(appeals[3]).map(Long::parseLong).toList());
        }
    }

    @Test
    void thePdfHoldsTheTitleHeadingsAndEveryFigureOfTablesThreeAndFourInOrder() throws Exception {
        try (PDDocument pdf = pdf()) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf);
            String flat = text.replaceAll("\\s+", "");
            int title = flat.indexOf("洛江区人民政府2020年政府信息公开工作年度报告");
            assertTrue(title >= 0, text);
            int previous = title;
            for (String heading : HEADINGS) {
                int at = flat.indexOf(heading, previous);
                assertTrue(at > previous, heading + " after the previous heading");
                previous = at;
            }
            assertTrue(flat.contains("政府集中采购1166101647022.75元"), "section 二's procurement row");

            String table3 = between(text, "（本列数据的勾稽关系为", "四、政府信息公开行政复议、行政诉讼情况");
            List<Long> expected3 = ReferenceScenario.table3Rows().stream().flatMap(List::stream).toList();
            assertEquals(expected3, standaloneNumbers(table3));
            String table4 = between(text, "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况");
            assertEquals(ReferenceScenario.TABLE_4, standaloneNumbers(table4));

            // the last page: section 六's last paragraph, then the closing (issuer and date), never the closing alone
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(pdf.getNumberOfPages());
            lastPage.setEndPage(pdf.getNumberOfPages());
            String end = lastPage.getText(pdf).replaceAll("-\\s*\\d+\\s*-", "").replace(DocumentState.DRAFT, "")
                    .replaceAll("\\s+", "");
            assertTrue(end.matches(".*无。洛江区人民政府(\\d{4}年\\d{1,2}月\\d{1,2}日)?"), end);
        }
    }

    @Test
    void thePdfEmbedsTheConfiguredFontAndUsesNoMissingGlyph() throws Exception {
        String fontName;
        try (PDDocument scratch = new PDDocument()) {
            fontName = new PdfFont(Path.of(configuredFont)).loadInto(scratch).getName();
        }
        try (PDDocument pdf = pdf()) {
            assertTrue(pdf.getNumberOfPages() >= 3, "pages: " + pdf.getNumberOfPages());
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    fonts.add(font.getName().substring(font.getName().indexOf('+') + 1));
                }
            }
            assertEquals(List.of(fontName.substring(fontName.indexOf('+') + 1)), fonts.stream().distinct().toList());

            MissingGlyphs missing = new MissingGlyphs();
            missing.getText(pdf);
            assertEquals(List.of(), missing.missing, "characters drawn with the .notdef glyph");
            assertTrue(missing.drawn > 3000, "glyphs drawn: " + missing.drawn);

            // page 1 as a reader sees it: a PNG at 100 dpi with the title's black ink at the top
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
            Files.createDirectories(RENDER);
            ImageIO.write(image, "png", RENDER.resolve("pdfbox-page-1.png").toFile());
            assertEquals(826, image.getWidth(), "A4 is 210 mm wide");
            assertTrue(darkPixels(image, 0, image.getHeight() / 4) > 2000, "the title is drawn");
        }
    }

    @Test
    void bothAreServedAsFilesAndByNegotiation() throws Exception {
        String location = reference.reportLocation();
        api().get(location + ".docx").then().statusCode(200).contentType(DOCX)
                .header("Content-Disposition", startsWith("attachment"))
                .header("Content-Disposition", containsString(".docx"));
        byte[] negotiated = api().accept("application/pdf").get(location).then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", startsWith("inline")).extract()
                .asByteArray();
        assertEquals("%PDF-", new String(negotiated, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** Draws every glyph of the text and notes each drawn with glyph 0 (.notdef) of its embedded font. */
    private static final class MissingGlyphs extends PDFTextStripper {
        final List<String> missing = new ArrayList<>();
        int drawn;

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws IOException {
            super.showGlyph(textRenderingMatrix, font, code, displacement);
            drawn++;
            if (font instanceof PDType0Font type0 && type0.codeToGID(code) == 0) {
                missing.add(font.toUnicode(code));
            }
        }
    }

    private XWPFDocument docx() throws IOException {
        byte[] bytes = api().accept(DOCX).get(reference.reportLocation()).then().statusCode(200).contentType(DOCX)
                .extract().asByteArray();
        keep("luojiang-2020.docx", bytes);
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private PDDocument pdf() throws IOException {
        byte[] bytes = api().get(reference.reportLocation() + ".pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        keep("luojiang-2020.pdf", bytes);
        return Loader.loadPDF(bytes);
    }

    /** Leaves the document in target/render, to look at (scripts/render-report-png.sh target/render/….pdf). */
    private static void keep(String name, byte[] bytes) throws IOException {
        Path file = RENDER.resolve(name);
        Files.createDirectories(RENDER);
        Files.write(file, bytes);
    }

    /** The Word table as laid out: each cell's text in every slot it covers, across gridSpan and vMerge. */
    private static String[][] layOut(XWPFTable table, int columns) {
        List<XWPFTableRow> rows = table.getRows();
        String[][] grid = new String[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (XWPFTableCell cell : rows.get(r).getTableCells()) {
                CTTcPr tc = cell.getCTTc().getTcPr();
                int span = tc != null && tc.isSetGridSpan() ? tc.getGridSpan().getVal().intValue() : 1;
                boolean continued = tc != null && tc.isSetVMerge()
                        && (tc.getVMerge().getVal() == null || tc.getVMerge().getVal() == STMerge.CONTINUE);
                for (int i = 0; i < span; i++) {
                    grid[r][c + i] = continued ? grid[r - 1][c + i] : cell.getText();
                }
                c += span;
            }
            assertEquals(columns, c, "row " + r + " covers the table's width");
        }
        return grid;
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start);
        assertTrue(start >= 0 && end > start, from + " … " + to);
        return text.substring(start, end);
    }

    /** Numbers standing alone (not 1. of a label), leaving out page numbers (- 2 -). */
    private static List<Long> standaloneNumbers(String text) {
        List<Long> numbers = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?<![\\d.\\-])\\b(\\d+)\\b(?![.\\d])").matcher(text.replaceAll("- \\d+ -", ""));
        while (matcher.find()) {
            numbers.add(Long.parseLong(matcher.group(1)));
        }
        return numbers;
    }

    private static int darkPixels(BufferedImage image, int fromY, int toY) {
        int dark = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 100 && ((rgb >> 8) & 0xff) < 100 && (rgb & 0xff) < 100) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
