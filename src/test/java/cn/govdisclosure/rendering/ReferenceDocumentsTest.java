package cn.govdisclosure.rendering;

import static cn.govdisclosure.TestData.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import cn.govdisclosure.Golden;
import cn.govdisclosure.ReferenceScenario;
import cn.govdisclosure.TestData;
import cn.govdisclosure.Tokens;

/**
 * The reference report (Luojiang 2020, recorded through the API) as the service publishes it: HTML,
 * Markdown and text equal their reviewed golden files; the HTML has the template's structure with every
 * printed figure in its cell; the workbook reads back with the same figures, as numbers.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceDocumentsTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String TITLE = "洛江区人民政府2020年政府信息公开工作年度报告";

    private ReferenceScenario.Recorded reference;

    @BeforeEach
    void recordOnce() throws Exception {
        if (reference == null) {
            reference = ReferenceScenario.record();
        }
    }

    @Test
    void htmlMarkdownAndTextEqualTheirGoldenFiles() throws Exception {
        String location = reference.reportLocation();
        Golden.assertMatches("luojiang-2020.html", api().accept("text/html").get(location).then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString());
        Golden.assertMatches("luojiang-2020.md", api().accept("text/markdown").get(location).then().statusCode(200)
                .contentType(startsWith("text/markdown")).extract().asString());
        Golden.assertMatches("luojiang-2020.txt", api().accept("text/plain").get(location).then().statusCode(200)
                .contentType(startsWith("text/plain")).extract().asString());
    }

    @Test
    void theFileLinksServeTheSameDocuments() {
        String location = reference.reportLocation();
        for (String[] pair : new String[][] {{"html", "text/html"}, {"md", "text/markdown"}, {"txt", "text/plain"}}) {
            String negotiated = api().accept(pair[1]).get(location).then().statusCode(200).extract().asString();
            String linked = api().get(location + "." + pair[0]).then().statusCode(200)
                    .contentType(startsWith(pair[1])).header("Content-Disposition", startsWith("inline"))
                    .extract().asString();
            assertEquals(negotiated, linked, "." + pair[0]);
        }
        api().get(location + ".xlsx").then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString("filename*=UTF-8''"));
        api().get(location + ".json").then().statusCode(200).contentType(startsWith("application/json"));
        TestData.problem(api().get(location + ".doc").then(), 404);
        api().get(location + ".html").then().header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    }

    @Test
    void jsonStaysTheAnswerToAnyOrNoAccept() throws Exception {
        api().accept("*/*").get(reference.reportLocation()).then().statusCode(200)
                .contentType(startsWith("application/json"));
        HttpResponse<String> withoutAccept = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(reference.reportLocation()))
                .header("Authorization", "Bearer " + Tokens.admin()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, withoutAccept.statusCode());
        assertTrue(withoutAccept.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        api().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").get(reference.reportLocation())
                .then().statusCode(200).contentType(startsWith("text/html"));
    }

    @Test
    void anUnofferedMediaTypeIs406Problem() {
        TestData.problem(api().accept("application/msword").get(reference.reportLocation()).then(), 406);
        TestData.problem(api().accept("image/png").get(reference.reportLocation()).then(), 406);
    }

    @Test
    void documentsFollowTheReportsAccessRule() {
        String location = reference.reportLocation();
        TestData.problem(RestAssured.given().accept("text/html").get(location).then(), 401);
        TestData.problem(RestAssured.given().get(location + ".html").then(), 401);
        String other = TestData.agency();
        TestData.problem(TestData.as("viewer", other).accept("text/html").get(location).then(), 403);
        TestData.problem(TestData.as("viewer", other).get(location + ".xlsx").then(), 403);
        TestData.as("viewer", reference.agencyCode()).accept("text/plain").get(location).then().statusCode(200);
        TestData.problem(api().accept("text/html").get("/api/v1/reports/999999999").then(), 404);
    }

    @Test
    void theHtmlPageHasTheTemplatesStructureAndEveryFigureInItsCell() {
        Document page = Jsoup.parse(api().accept("text/html").get(reference.reportLocation()).then().statusCode(200)
                .extract().asString());

        assertEquals(TITLE, page.title());
        assertEquals(TITLE, page.selectFirst("h1").text().replace(" ", ""));
        // the report's own opening as printed (it names 洛江区, not the agency's full name the standard wording uses)
        assertEquals("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的规定，现公布洛江区 2020 年政府信息公开工作年度报告。"
                + "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请的情况、政府信息公开行政复议和行政诉讼情况、"
                + "存在的主要问题及改进措施、其他需要报告的事项等六个部分组成，起止时间为 2020 年 1 月 1 日至 2020 年 12 月 31 日。",
                page.selectFirst("p.opening").text());
        assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
                page.select("h2").eachText());
        assertEquals("无。", page.selectFirst("#section-6 p").text());
        assertTrue(page.selectFirst("#section-1").text().contains("全区受理政府信息公开申请 9 件，办结及时率 100%"));

        // section 二: five items of article 20, each heading the four columns, then the printed rows
        Element proactive = page.selectFirst("#section-2 table#proactive-disclosure");
        Elements groups = proactive.select("th.group");
        assertEquals(List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项"),
                groups.eachText());
        groups.forEach(group -> assertEquals("4", group.attr("colspan")));
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : proactive.select("tr:has(td)")) {
            rows.add(tr.select("td").eachText());
        }
        assertEquals(ReferenceScenario.SECTION_2, rows);
        assertEquals("2", proactive.select("tr:has(td:contains(政府集中采购)) td").last().attr("colspan"));

        // table 三: the template's header
        Element applications = page.selectFirst("#section-3 table#applications");
        Elements header = applications.select("thead tr");
        assertEquals(3, header.size());
        Element note = header.get(0).child(0);
        assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", note.text());
        assertEquals(List.of("3", "3"), List.of(note.attr("rowspan"), note.attr("colspan")));
        assertSpan(header.get(0).child(1), "申请人情况", 1, 7);
        assertSpan(header.get(1).child(0), "自然人", 2, 1);
        assertSpan(header.get(1).child(1), "法人或其他组织", 1, 5);
        assertSpan(header.get(1).child(2), "总计", 2, 1);
        assertEquals(List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"), header.get(2).children().eachText());

        // ... its 23 GB2019 rows with the merged labels, and every figure in its column
        Elements body = applications.select("tbody tr");
        assertEquals(23, body.size());
        assertSpan(body.get(0).child(0), "一、本年新收政府信息公开申请数量", 1, 3);
        assertSpan(body.get(2).child(0), "三、本年度办理结果", 20, 1);
        assertSpan(body.get(2).child(1), "（一）予以公开", 1, 2);
        assertSpan(body.get(4).child(0), "（三）不予公开", 8, 1);
        assertSpan(body.get(12).child(0), "（四）无法提供", 3, 1);
        assertSpan(body.get(15).child(0), "（五）不予处理", 5, 1);
        assertSpan(body.get(20).child(0), "（六）其他处理", 1, 2);
        assertSpan(body.get(21).child(0), "（七）总计", 1, 2);
        assertSpan(body.get(22).child(0), "四、结转下年度继续办理", 1, 3);
        String[][] grid = layOut(applications.select("tr"), 10);
        List<List<Long>> figures = new ArrayList<>();
        for (int r = 3; r < grid.length; r++) {
            List<Long> row = new ArrayList<>();
            for (int c = 3; c < 10; c++) {
                row.add(Long.parseLong(grid[r][c]));
            }
            figures.add(row);
        }
        assertEquals(ReferenceScenario.table3Rows(), figures);
        assertEquals("1.本机关不掌握相关政府信息", grid[3 + 12][2]);
        assertEquals("（四）无法提供", grid[3 + 12][1]);
        assertEquals("三、本年度办理结果", grid[3 + 12][0]);

        // table 四: 行政复议 and 行政诉讼 over their results, one row of 15 figures
        Element appeals = page.selectFirst("#section-4 table#appeals");
        Elements appealHeader = appeals.select("thead tr");
        assertSpan(appealHeader.get(0).child(0), "行政复议", 1, 5);
        assertSpan(appealHeader.get(0).child(1), "行政诉讼", 1, 10);
        assertSpan(appealHeader.get(1).child(0), "结果维持", 2, 1);
        assertSpan(appealHeader.get(1).child(4), "总计", 2, 1);
        assertSpan(appealHeader.get(1).child(5), "未经复议直接起诉", 1, 5);
        assertSpan(appealHeader.get(1).child(6), "复议后起诉", 1, 5);
        assertEquals(10, appealHeader.get(2).children().size());
        assertEquals(ReferenceScenario.TABLE_4,
                appeals.select("tbody tr td").eachText().stream().map(Long::parseLong).toList());
    }

    @Test
    void theWorkbookReadsBackWithTheTemplatesMergedHeadersAndNumbers() throws Exception {
        byte[] bytes = api().accept(XLSX).get(reference.reportLocation()).then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", startsWith("attachment")).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(3, workbook.getNumberOfSheets());
            assertEquals("二、主动公开政府信息情况", workbook.getSheetName(0));
            assertEquals("三、收到和处理政府信息公开申请情况", workbook.getSheetName(1));
            assertEquals("四、政府信息公开行政复议、行政诉讼情况", workbook.getSheetName(2));

            Sheet proactive = workbook.getSheetAt(0);
            assertEquals(TITLE, proactive.getRow(0).getCell(0).getStringCellValue());
            Row procurement = findRow(proactive, "政府集中采购");
            assertEquals(CellType.NUMERIC, procurement.getCell(1).getCellType());
            assertEquals(1166, procurement.getCell(1).getNumericCellValue());
            assertEquals(101647022.75, procurement.getCell(2).getNumericCellValue());
            assertTrue(procurement.getCell(2).getCellStyle().getDataFormatString().contains("元"));
            assertEquals(-10, findRow(proactive, "其他对外管理服务事项").getCell(2).getNumericCellValue());
            assertTrue(proactive.getMergedRegions().contains(new CellRangeAddress(procurement.getRowNum(),
                    procurement.getRowNum(), 2, 3)));

            Sheet applications = workbook.getSheetAt(1);
            int top = SpreadsheetReportRenderer.TABLE_FIRST_ROW;
            assertTrue(applications.getMergedRegions().contains(new CellRangeAddress(top, top + 2, 0, 2)));
            assertTrue(applications.getMergedRegions().contains(new CellRangeAddress(top, top, 3, 9)));
            assertTrue(applications.getMergedRegions().contains(new CellRangeAddress(top + 1, top + 1, 4, 8)));
            assertTrue(applications.getMergedRegions().contains(new CellRangeAddress(top + 5, top + 24, 0, 0)));
            assertEquals("自然人", applications.getRow(top + 1).getCell(3).getStringCellValue());
            List<List<Long>> figures = new ArrayList<>();
            for (int r = top + 3; r < top + 3 + 23; r++) {
                List<Long> row = new ArrayList<>();
                for (int c = 3; c < 10; c++) {
                    assertEquals(CellType.NUMERIC, applications.getRow(r).getCell(c).getCellType());
                    row.add((long) applications.getRow(r).getCell(c).getNumericCellValue());
                }
                figures.add(row);
            }
            assertEquals(ReferenceScenario.table3Rows(), figures);
            assertEquals(top + 3 + 23, applications.getLastRowNum() + 1);

            Sheet appeals = workbook.getSheetAt(2);
            assertTrue(appeals.getMergedRegions().contains(new CellRangeAddress(top, top, 5, 14)));
            List<Long> row = new ArrayList<>();
            for (int c = 0; c < 15; c++) {
                row.add((long) appeals.getRow(top + 3).getCell(c).getNumericCellValue());
            }
            assertEquals(ReferenceScenario.TABLE_4, row);
        }
    }

    private static Row findRow(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static void assertSpan(Element cell, String text, int rowspan, int colspan) {
        assertEquals(text, cell.text());
        assertEquals(rowspan, cell.hasAttr("rowspan") ? Integer.parseInt(cell.attr("rowspan")) : 1, text + " rowspan");
        assertEquals(colspan, cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1, text + " colspan");
    }

    /** The table as a browser lays it out: each cell's text at every slot it covers. */
    private static String[][] layOut(Elements rows, int columns) {
        String[][] grid = new String[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Element cell : rows.get(r).children()) {
                while (grid[r][c] != null) {
                    c++;
                }
                int rowspan = cell.hasAttr("rowspan") ? Integer.parseInt(cell.attr("rowspan")) : 1;
                int colspan = cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1;
                for (int dr = 0; dr < rowspan; dr++) {
                    for (int dc = 0; dc < colspan; dc++) {
                        grid[r + dr][c + dc] = cell.text();
                    }
                }
                c += colspan;
            }
        }
        return grid;
    }
}
