package cn.govdisclosure.report;

import static cn.govdisclosure.TestData.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.govdisclosure.ReportSteps;
import cn.govdisclosure.TestData;

/**
 * The report's own opening and closing through the API: defaults from the agency and year, edited in DRAFT, printed
 * by the documents instead of the standard wording, frozen with the publication date; and money printed as entered.
 */
@QuarkusTest
class FrontMatterTest {

    private static final String OPENING = "根据《中华人民共和国政府信息公开条例》规定，现公布本机关2021年度报告。本报告电子版可在本机关门户网站"
            + "查阅。如对本报告有任何疑问，请与本机关办公室联系（地址：某路1号；邮编：362000；电话：0595-12345678）。";

    @Test
    void aNewReportHasTheStandardOpeningAndTheAgencyAsIssuer() {
        String agency = TestData.agency("某区司法局", "DEPARTMENT", null);
        long id = ReportSteps.create(agency, 2021);
        api().get("/api/v1/reports/{id}", id).then().statusCode(200)
                .body("frontMatter.opening", equalTo(FrontMatterView.defaultOpening("某区司法局", 2021)))
                .body("frontMatter.issuer", equalTo("某区司法局"))
                .body("frontMatter.issueDate", nullValue());
        List<String> text = api().get("/api/v1/reports/{id}.txt", id).then().statusCode(200).extract().asString()
                .lines().toList();
        assertEquals(List.of("草稿", "", "某区司法局2021年政府信息公开工作年度报告", "",
                FrontMatterView.defaultOpening("某区司法局", 2021)), text.subList(0, 5));
        assertEquals("某区司法局", text.get(text.size() - 1), "the closing names the agency; no date before publication");
    }

    @Test
    void theOpeningAndClosingAreEditedInDraftAndPrintedByEveryDocument() {
        String agency = TestData.agency("某区人民政府", "GOVERNMENT", null);
        long id = ReportSteps.create(agency, 2021);
        String before = ReportSteps.etag(id);

        String after = put(id, before, Map.of("opening", "  " + OPENING + "  ", "issuer", "某区人民政府办公室",
                "issueDate", "2022-01-18")).statusCode(200)
                .body("opening", equalTo(OPENING)).body("issuer", equalTo("某区人民政府办公室"))
                .body("issueDate", equalTo("2022-01-18")).extract().header("ETag");
        assertNotEquals(before, after);
        api().get("/api/v1/reports/{id}", id).then().body("frontMatter.opening", equalTo(OPENING));

        String text = api().get("/api/v1/reports/{id}.txt", id).then().statusCode(200).extract().asString();
        assertTrue(text.contains("年度报告\n\n" + OPENING + "\n\n一、总体情况"), text);
        assertTrue(text.endsWith("\n某区人民政府办公室\n2022年1月18日\n"), text);
        String html = api().get("/api/v1/reports/{id}.html", id).then().statusCode(200).extract().asString();
        assertTrue(html.contains("<p class=\"opening\">" + OPENING + "</p>"), html);
        assertTrue(!html.contains("现公布某区人民政府 2021 年"), "the standard wording is not printed as well");

        // an empty body puts the defaults back
        put(id, after, Map.of()).statusCode(200)
                .body("opening", equalTo(FrontMatterView.defaultOpening("某区人民政府", 2021)))
                .body("issuer", equalTo("某区人民政府")).body("issueDate", nullValue());
    }

    @Test
    void badFrontMatterIsRefusedAndChangesNothing() {
        long id = ReportSteps.create(TestData.agency(), 2021);
        String etag = ReportSteps.etag(id);

        TestData.problem(put(id, etag, Map.of("issueDate", "2021-12-31")), 400)
                .body("errors[0].field", equalTo("issueDate"));
        TestData.problem(put(id, etag, Map.of("opening", "字".repeat(20001))), 400)
                .body("errors[0].field", equalTo("opening"));
        TestData.problem(put(id, etag, Map.of("issueDate", "2022-02-30")), 400);
        TestData.problem(put(id, null, Map.of("issuer", "某局")), 428);
        TestData.problem(put(id, "\"999\"", Map.of("issuer", "某局")), 412);
        TestData.problem(TestData.as("viewer", TestData.agency()).contentType(ContentType.JSON)
                .header("If-Match", etag).body(Map.of("issuer", "某局")).put("/api/v1/reports/{id}/front-matter", id)
                .then(), 403);
        assertEquals(etag, ReportSteps.etag(id));
    }

    @Test
    void publishingFreezesTheClosingWithThePublicationDateAndEndsEditing() {
        String agency = TestData.agency("某镇人民政府", "TOWNSHIP", null);
        long id = ReportSteps.create(agency, 2021);
        ReportSteps.fillSection2(id);
        put(id, ReportSteps.etag(id), Map.of("opening", OPENING)).statusCode(200);
        ReportSteps.publish(id, "2022-01-20");

        api().get("/api/v1/reports/{id}/revisions/1", id).then().statusCode(200)
                .body("frontMatter.opening", equalTo(OPENING)).body("frontMatter.issuer", equalTo("某镇人民政府"))
                .body("frontMatter.issueDate", equalTo("2022-01-20"));
        String text = api().get("/api/v1/reports/{id}.txt", id).then().statusCode(200).extract().asString();
        assertTrue(text.startsWith("某镇人民政府2021年政府信息公开工作年度报告\n\n" + OPENING + "\n"), "no draft marker: " + text);
        assertTrue(text.endsWith("\n某镇人民政府\n2022年1月20日\n"), text);
        TestData.problem(put(id, ReportSteps.etag(id), Map.of("issuer", "某局")), 409);
    }

    @Test
    void moneyIsPrintedWithTheDecimalsItWasEnteredWith() {
        long id = ReportSteps.create(TestData.agency(), 2020);
        Map<String, Map<String, Object>> values = new HashMap<>();
        values.put("CENTRALIZED_PROCUREMENT", Map.of("PROCUREMENT_ITEMS", 12, "PROCUREMENT_AMOUNT", "251000"));
        api().contentType(ContentType.JSON).header("If-Match", ReportSteps.etag(id)).body(Map.of("values", values))
                .put("/api/v1/reports/{id}/proactive-disclosure", id).then().statusCode(200);
        String text = api().get("/api/v1/reports/{id}.txt", id).then().statusCode(200).extract().asString();
        assertTrue(text.contains("\n政府集中采购\t12\t251000 元\n"), text);

        values.put("CENTRALIZED_PROCUREMENT", Map.of("PROCUREMENT_ITEMS", 12, "PROCUREMENT_AMOUNT", "1250.50"));
        api().contentType(ContentType.JSON).header("If-Match", ReportSteps.etag(id)).body(Map.of("values", values))
                .put("/api/v1/reports/{id}/proactive-disclosure", id).then().statusCode(200);
        assertTrue(api().get("/api/v1/reports/{id}.txt", id).then().extract().asString()
                .contains("\n政府集中采购\t12\t1250.50 元\n"));
    }

    private static io.restassured.response.ValidatableResponse put(long id, String etag, Map<String, Object> body) {
        var request = api().contentType(ContentType.JSON).body(body);
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        return request.put("/api/v1/reports/{id}/front-matter", id).then();
    }
}
