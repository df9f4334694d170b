package cn.govdisclosure.transfer;

import static cn.govdisclosure.TestData.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import cn.govdisclosure.ReportSteps;
import cn.govdisclosure.TestData;

/**
 * The import endpoint end to end: published documents read, checked and stored as IMPORTED reports; a defective
 * published report recorded as published with its errors acknowledged; the figures of imported reports used by the
 * next year's X-CARRY, the year-over-year comparison and a parent's ROLLUP.
 */
@QuarkusTest
class ReportImportApiTest {

    private static final String PDF = "application/pdf";
    private static final String SOURCE = "https://www.example.gov.cn/zfxxgk/ndbg/2020.htm";

    @Test
    void theReferenceReportImportsAsPrintedAndIsRecordedAsPublished() {
        String agency = TestData.agency("洛江区人民政府", "GOVERNMENT", null);
        byte[] reference = ParsedTables.bytes(ParsedTables.REFERENCE);
        // its 16 rows of six values are placed by table 三's sums (（四）1 is 自然人 3, 总计 3); no ledger holds 2020
        List<String> expected = List.of("REPORTED WARNING 3 null null null null");

        JsonPath dry = post(api(), agency, "text/plain; charset=UTF-8", reference, "?dryRun=true").statusCode(200)
                .extract().jsonPath();
        assertEquals(null, (Object) dry.get("reportId"));
        assertEquals(true, dry.getBoolean("dryRun"));
        assertEquals(Map.of("mediaType", "text/plain", "title", "洛江区 2020 年政府信息公开工作年度报告",
                "agencyName", "洛江区", "year", 2020, "yearFrom", "TITLE", "format", "GB2019", "formatFrom", "LABELS"),
                withoutNulls(dry.getMap("document")));
        assertEquals(expected, describe(dry.getList("checks.findings")));
        assertEquals(0, dry.getInt("checks.errors"));
        assertEquals(Collections.nCopies(16, "SHORT_ROW"), dry.getList("parseFindings.code"));
        assertEquals(List.of(3, 0, 0, 0, 0, 0, 3), cells(dry, "applications", "UNAVAILABLE_NOT_HELD", "value"));
        assertEquals(Collections.nCopies(7, "READ"), cells(dry, "applications", "UNAVAILABLE_NOT_HELD", "status"));
        assertEquals("101647022.75", cells(dry, "proactiveDisclosure", "CENTRALIZED_PROCUREMENT", "value").get(1));
        assertEquals(-10, cells(dry, "proactiveDisclosure", "OTHER_MANAGEMENT_SERVICES", "value").get(1));
        assertEquals(List.of(0, 1, 0, 0, 1), cells(dry, "appeals", "LITIGATION_DIRECT", "value"));
        api().get("/api/v1/agencies/{code}/reports", agency).then().statusCode(200).body("totalItems", equalTo(0));

        // stored: a new report of 2020, origin IMPORTED, every cell of tables 三 and 四 a reported value
        ValidatableResponse stored = post(api(), agency, "text/plain", reference, "?source=" + SOURCE).statusCode(201)
                .header("Location", startsWith("http")).header("ETag", startsWith("\""));
        long id = stored.extract().jsonPath().getLong("reportId");
        JsonPath report = api().get("/api/v1/reports/{id}", id).then().statusCode(200).extract().jsonPath();
        assertEquals("IMPORTED", report.getString("provenance.origin"));
        assertEquals(SOURCE, report.getString("provenance.importedFrom"));
        assertEquals(List.of(3, 0, 0, 0, 0, 0, 3),
                report.getList("applications.rows.find { it.code == 'UNAVAILABLE_NOT_HELD' }.values"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0), report.getList("appeals.values"));
        assertEquals("据已公开的报告导入（" + SOURCE + "）；原文本行少印一个数值，按表三的合计关系补齐",
                report.getString("reportedValues.find { it.row == 'UNAVAILABLE_NOT_HELD' }.reason"));
        assertEquals("据已公开的报告导入（" + SOURCE + "）",
                report.getString("reportedValues.find { it.row == 'GRANTED' }.reason"));
        assertEquals(Arrays.asList(1166, "101647022.75"), List.of(
                report.get("proactiveDisclosure.groups[4].rows[0].values.PROCUREMENT_ITEMS"),
                report.get("proactiveDisclosure.groups[4].rows[0].values.PROCUREMENT_AMOUNT")));
        assertEquals("无。", report.getString("sections[5].text"));
        assertEquals(true, report.getString("sections[0].text").startsWith("2020 年，洛江区以习近平新时代"));
        JsonPath checks = api().get("/api/v1/reports/{id}/checks", id).then().statusCode(200).extract().jsonPath();
        assertEquals(expected, describe(checks.getList("findings")));
        JsonPath kept = api().get("/api/v1/reports/{id}/import", id).then().statusCode(200).extract().jsonPath();
        assertEquals(id, kept.getLong("reportId"));
        assertEquals(SOURCE, kept.getString("document.source"));
        assertEquals(expected, describe(kept.getList("checks.findings")));

        // without errors it is recorded as published with nothing to acknowledge, and its figures are the year's
        ReportSteps.step(TestData.as("publisher", agency), id, "record-publication", Map.of("publishedDate",
                "2021-01-25", "url", SOURCE)).statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedDate", equalTo("2021-01-25"))
                .body("provenance.publishedUrl", equalTo(SOURCE)).body("provenance.acknowledgements.size()", equalTo(0));
        given().get("/api/v1/agencies/{code}/statistics/2020", agency).then().statusCode(200)
                .body("applications.rows.find { it.code == 'UNAVAILABLE_NOT_HELD' }.values", equalTo(
                        List.of(3, 0, 0, 0, 0, 0, 3)));
    }

    @Test
    void aDefectivePublishedReportIsRecordedAsPublishedWithItsErrorsAcknowledged() {
        String agency = TestData.agency("洛江区人民政府", "GOVERNMENT", null);
        // the reference with 予以公开's 总计 printed as "/": blank, never 0
        String text = new String(ParsedTables.bytes(ParsedTables.REFERENCE), StandardCharsets.UTF_8);
        String defective = text.replace("(一) 予以公开\t4\t0\t0\t0\t0\t2\t6", "(一) 予以公开\t4\t0\t0\t0\t0\t2\t/");
        assertEquals(false, defective.equals(text));
        List<String> expected = List.of("TYPE ERROR 3 GRANTED TOTAL null null", "REPORTED WARNING 3 null null null null");

        JsonPath imported = post(api(), agency, "text/plain", defective.getBytes(StandardCharsets.UTF_8),
                "?source=" + SOURCE).statusCode(201).extract().jsonPath();
        assertEquals(expected, describe(imported.getList("checks.findings")));
        assertEquals(Arrays.asList(4, 0, 0, 0, 0, 2, null), cells(imported, "applications", "GRANTED", "value"));
        long id = imported.getLong("reportId");
        assertEquals("据已公开的报告导入（" + SOURCE + "）；总计：原文此格为空", api().get("/api/v1/reports/{id}", id).then()
                .statusCode(200).extract().jsonPath().getString("reportedValues.find { it.row == 'GRANTED' }.reason"));

        // it cannot be submitted; it is recorded as published, each error acknowledged
        TestData.problem(ReportSteps.step(api(), id, "submit", Map.of()), 409)
                .body("type", equalTo("urn:govdisclosure:problem:checks-failed"));
        TestData.problem(ReportSteps.step(api(), id, "record-publication", Map.of("publishedDate", "2021-01-25")), 409)
                .body("type", equalTo("urn:govdisclosure:problem:checks-failed")).body("findings.size()", equalTo(1));
        JsonPath checks = api().get("/api/v1/reports/{id}/checks", id).then().statusCode(200).extract().jsonPath();
        assertEquals("3/GRANTED/TOTAL", checks.getString("findings[0].place"));
        List<Map<String, Object>> acknowledgements = List.of(Map.of("rule", "TYPE", "place", "3/GRANTED/TOTAL",
                "reason", "已公开的报告原文如此"));
        List<Map<String, Object>> withStranger = new ArrayList<>(acknowledgements);
        withStranger.add(Map.of("rule", "T4-SUM", "place", "4/ADMINISTRATIVE_REVIEW/TOTAL", "reason", "x"));
        TestData.problem(ReportSteps.step(api(), id, "record-publication", Map.of("publishedDate", "2021-01-25",
                "acknowledgements", withStranger)), 400).body("errors[0].field", equalTo("acknowledgements[1]"));
        TestData.problem(ReportSteps.step(TestData.as("editor", agency), id, "record-publication",
                Map.of("publishedDate", "2021-01-25", "acknowledgements", acknowledgements)), 403);
        ReportSteps.step(TestData.as("publisher", agency), id, "record-publication", Map.of("publishedDate",
                "2021-01-25", "url", SOURCE, "acknowledgements", acknowledgements)).statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedDate", equalTo("2021-01-25"))
                .body("publishedLate", equalTo(false)).body("provenance.publishedUrl", equalTo(SOURCE))
                .body("provenance.acknowledgements.size()", equalTo(1));

        JsonPath acknowledged = api().get("/api/v1/reports/{id}/checks", id).then().statusCode(200).extract().jsonPath();
        assertEquals(expected, describe(acknowledged.getList("findings")));
        assertEquals(1, acknowledged.getInt("acknowledged"));
        assertEquals("已公开的报告原文如此", acknowledged.getString("findings[0].acknowledgement"));
        assertEquals(null, (Object) acknowledged.get("findings[1].acknowledgement"));
        // published: public, frozen with its provenance
        given().get("/api/v1/reports/{id}", id).then().statusCode(200).body("provenance.origin", equalTo("IMPORTED"))
                .body("provenance.acknowledgements[0].reason", equalTo("已公开的报告原文如此"));
    }

    @Test
    void importedYearsAreCheckedAgainstEachOtherComparedAndRolledUp() {
        String parent = TestData.agency("示例市人民政府", "GOVERNMENT", null);
        String agency = TestData.agency("示例市生态环境局", "DEPARTMENT", parent);

        // 2021 as a PDF: consistent; recorded as published, no error to acknowledge
        JsonPath pdf = post(api(), agency, PDF, ParsedTables.resource("report-2021.pdf"), "?source=report-2021.pdf")
                .statusCode(201).extract().jsonPath();
        assertEquals(List.of("REPORTED WARNING 3 null null null null"), describe(pdf.getList("checks.findings")));
        long report2021 = pdf.getLong("reportId");
        ReportSteps.step(api(), report2021, "record-publication", Map.of("publishedDate", "2022-01-20")).statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        // 2022 as a portal page: its own defects, and its 上年结转 against 2021's published 结转下年度
        JsonPath html = post(api(), agency, "text/html", ParsedTables.resource("portal-page-2022.html"), "")
                .statusCode(201).extract().jsonPath();
        List<String> expected = new ArrayList<>(List.of("TYPE ERROR 2 ADMINISTRATIVE_COERCION DECISIONS null null",
                "TYPE ERROR 3 GRANTED TOTAL null null", "TYPE ERROR 3 NOT_PROCESSED_EXCESSIVE RESEARCH_INSTITUTION null null"));
        for (String kind : List.of("ADMINISTRATIVE_REVIEW", "LITIGATION_DIRECT", "LITIGATION_AFTER_REVIEW")) {
            for (String column : List.of("UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL")) {
                expected.add("TYPE ERROR 4 " + kind + " " + column + " null null");
            }
        }
        expected.addAll(List.of("T3-TOTAL ERROR 3 TOTAL_CONCLUDED NATURAL_PERSON 11 12",
                "X-CARRY ERROR 3 CARRIED_OVER COMMERCIAL_ENTERPRISE 1 0", "X-CARRY ERROR 3 CARRIED_OVER TOTAL 3 2",
                "X-VALID WARNING 2 NORMATIVE_DOCUMENTS IN_FORCE 39 1021", "REPORTED WARNING 3 null null null null"));
        assertEquals(expected, describe(html.getList("checks.findings")));
        assertEquals("表三「商业企业」列：上年结转为 0，但 2021 年度报告的结转下年度继续办理为 1",
                html.getString("checks.findings[19].messageZh"));
        long report2022 = html.getLong("reportId");

        // year over year: 2021 as its published report shows it, not the empty ledger
        JsonPath compared = api().get("/api/v1/reports/{id}/tables/applications?compare=previous-year", report2022)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("REPORT", compared.getString("comparison.source"));
        assertEquals(List.of(13, 12, 1), List.of(
                compared.get("rows.find { it.code == 'NEW_RECEIVED' }.cells[6].value"),
                compared.get("rows.find { it.code == 'NEW_RECEIVED' }.cells[6].previous"),
                compared.get("rows.find { it.code == 'NEW_RECEIVED' }.cells[6].difference")));
        assertEquals(List.of(0, 1, -1), List.of(
                compared.get("rows.find { it.code == 'CARRIED_FORWARD' }.cells[1].value"),
                compared.get("rows.find { it.code == 'CARRIED_FORWARD' }.cells[1].previous"),
                compared.get("rows.find { it.code == 'CARRIED_FORWARD' }.cells[1].difference")));
        JsonPath appeals = api().get("/api/v1/reports/{id}/tables/appeals?compare=previous-year", report2022)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("REPORT", appeals.getString("comparison.source"));
        assertEquals(1, (Object) appeals.get("rows.find { it.code == 'ADMINISTRATIVE_REVIEW' }.cells[4].previous"));

        // a parent's aggregate report of 2021 counts its department's published figures in ROLLUP
        long aggregate = api().contentType(ContentType.JSON).body(Map.of("year", 2021, "scope", "SUBTREE"))
                .post("/api/v1/agencies/{code}/reports", parent).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        List<String> rollup = describe(api().get("/api/v1/reports/{id}/checks", aggregate).then().statusCode(200)
                .extract().jsonPath().getList("findings")).stream().filter(f -> f.startsWith("ROLLUP")).toList();
        assertEquals(List.of("ROLLUP WARNING 3 NEW_RECEIVED NATURAL_PERSON 10 0",
                "ROLLUP WARNING 3 NEW_RECEIVED COMMERCIAL_ENTERPRISE 2 0", "ROLLUP WARNING 3 NEW_RECEIVED TOTAL 12 0"),
                rollup.subList(0, 3));
        assertEquals(22, rollup.size());

        // the draft of 2022 is replaced with If-Match; the published 2021 is not
        byte[] page = ParsedTables.resource("portal-page-2022.html");
        TestData.problem(post(api(), agency, "text/html", page, ""), 428)
                .body("detail", startsWith("Agency " + agency + " already has its 2022 report (id " + report2022));
        TestData.problem(post(api().header("If-Match", "\"999\""), agency, "text/html", page, ""), 412);
        post(api().header("If-Match", ReportSteps.etag(report2022)), agency, "text/html", page, "?source=again.html")
                .statusCode(200).body("reportId", equalTo((int) report2022));
        api().get("/api/v1/reports/{id}", report2022).then().body("provenance.importedFrom", equalTo("again.html"));
        TestData.problem(post(api().header("If-Match", ReportSteps.etag(report2021)), agency, PDF,
                ParsedTables.resource("report-2021.pdf"), ""), 409)
                .body("type", equalTo("urn:govdisclosure:problem:illegal-transition"));
    }

    @Test
    void badDocumentsAndRequestsAreRefusedClearly() {
        String agency = TestData.agency();
        byte[] reference = ParsedTables.bytes(ParsedTables.REFERENCE);
        TestData.problem(post(api(), agency, "application/json", "{}".getBytes(StandardCharsets.UTF_8), ""), 415)
                .body("type", equalTo("urn:govdisclosure:problem:unsupported-media-type"));
        TestData.problem(post(api(), agency, "application/msword", new byte[] {1, 2}, ""), 415);
        TestData.problem(post(api(), agency, PDF, "%PDF-1.7 broken".getBytes(StandardCharsets.UTF_8), ""), 422)
                .body("type", equalTo("urn:govdisclosure:problem:unreadable-document"))
                .body("detail", equalTo("The body is not a readable PDF (damaged, or not a PDF)"));
        TestData.problem(post(api(), agency, "text/plain", "会议通知：请于周一上午九时参会。".getBytes(StandardCharsets.UTF_8),
                ""), 422).body("title", equalTo("Not an annual report"));
        TestData.problem(post(api(), agency, "text/plain", new byte[] {(byte) 0xC4, (byte) 0xEA}, ""), 422)
                .body("detail", startsWith("The text is not valid UTF-8; if it is in GB18030"));
        TestData.problem(post(api(), agency, "text/plain", new byte[0], ""), 400);
        TestData.problem(post(api(), agency, "text/plain", reference, "?year=twenty"), 400)
                .body("errors[0].field", equalTo("year"));
        TestData.problem(post(api(), agency, "text/plain", reference, "?format=GB2022"), 400)
                .body("errors[0].field", equalTo("format"));
        TestData.problem(post(api(), agency, "text/plain", reference, "?dryRun=yes"), 400);
        // a document in the 2019 format cannot be stored as a 2021 report; a dry run shows why
        TestData.problem(post(api(), agency, "text/plain", reference, "?year=2021"), 409)
                .body("detail", startsWith("The document was read as GB2019, but a 2021 report has the GB2021 format"));
        post(api(), agency, "text/plain", reference, "?year=2021&dryRun=true").statusCode(200)
                .body("document.yearFrom", equalTo("PARAMETER")).body("parseFindings[0].code", equalTo("YEAR_MISMATCH"))
                .body("parseFindings[1].code", equalTo("FORMAT_MISMATCH"));
        // who may: a viewer may look (dry run), only an editor or publisher may store
        post(TestData.as("viewer", agency), agency, "text/plain", reference, "?dryRun=true").statusCode(200);
        TestData.problem(post(TestData.as("viewer", agency), agency, "text/plain", reference, ""), 403);
        TestData.problem(post(TestData.as("editor", TestData.agency()), agency, "text/plain", reference, ""), 403);
        TestData.problem(post(given(), agency, "text/plain", reference, ""), 401);
        TestData.problem(post(api(), "NO-SUCH-AGENCY", "text/plain", reference, ""), 404);
        TestData.problem(api().get("/api/v1/reports/{id}/import", ReportSteps.create(agency, 2022)).then(), 404);
    }

    @Test
    void theImportHasABodyLimitOfItsOwn() {
        String agency = TestData.agency();
        // 1.2 MiB of text: more than the 1 MiB every other endpoint takes, well within the import's 10 MiB
        StringBuilder text = new StringBuilder(new String(ParsedTables.bytes(ParsedTables.REFERENCE),
                StandardCharsets.UTF_8));
        String padding = "本单位持续做好政府信息公开工作。".repeat(2000);
        while (text.length() * 3 < 1_250_000) {
            text.append('\n').append(padding);
        }
        byte[] large = text.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(true, large.length > 1_048_576);
        post(api(), agency, "text/plain", large, "?dryRun=true").statusCode(200).body("document.year", equalTo(2020));
        long id = ReportSteps.create(agency, 2021);
        TestData.problem(api().contentType(ContentType.JSON).header("If-Match", ReportSteps.etag(id))
                .body(Map.of("text", text.toString())).put("/api/v1/reports/{id}/sections/1", id).then(), 413);
        TestData.problem(post(api(), agency, PDF, new byte[10_485_761], ""), 413)
                .body("detail", equalTo("The request body has 10485761 bytes; at most 10485760 are accepted"));
    }

    @Test
    void checksOfAReportQuotingAFigureWhoseCellIsBlankAnswerWithFindings() {
        String agency = TestData.agency();
        long id = ReportSteps.create(agency, 2021);
        ReportSteps.fillSection2(id);
        ReportSteps.setSection(id, 1, "全年予以公开258件。");
        api().contentType(ContentType.JSON).header("If-Match", ReportSteps.etag(id))
                .body(Map.of("values", List.of(Map.of("table", "APPLICATIONS", "row", "GRANTED", "cells",
                        Collections.singletonMap("TOTAL", null), "reason", "原表此格为空"))))
                .put("/api/v1/reports/{id}/reported-values", id).then().statusCode(200);
        JsonPath checks = api().get("/api/v1/reports/{id}/checks", id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("TYPE ERROR 3 GRANTED TOTAL null null", "REPORTED WARNING 3 null null null null"),
                describe(checks.getList("findings")));
        TestData.problem(ReportSteps.step(api(), id, "submit", Map.of()), 409)
                .body("type", equalTo("urn:govdisclosure:problem:checks-failed"))
                .body("findings[0].place", equalTo("3/GRANTED/TOTAL"));
    }

    /** Posts a document as curl does: the bytes as they are, the media type as given (no charset added). */
    private static ValidatableResponse post(RequestSpecification caller, String agency, String contentType, byte[] body,
            String query) {
        return caller.config(RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(contentType).body(body).post("/api/v1/agencies/" + agency + "/report-imports" + query)
                .then();
    }

    /** One row's cells (a field of each) of an import's table. */
    private static List<Object> cells(JsonPath result, String table, String row, String field) {
        List<Object> values = new ArrayList<>();
        for (Map<String, Object> cell : result.<Map<String, Object>>getList(table)) {
            if (cell.get("row").equals(row)) {
                values.add(cell.get(field));
            }
        }
        return values;
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (value != null) {
                copy.put(key, value);
            }
        });
        return copy;
    }

    private static List<String> describe(List<Map<String, Object>> findings) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> f : findings) {
            lines.add(f.get("rule") + " " + f.get("severity") + " " + f.get("section") + " " + f.get("row") + " "
                    + f.get("column") + " " + f.get("expected") + " " + f.get("actual"));
        }
        return lines;
    }
}
