package cn.govdisclosure;

import static cn.govdisclosure.TestData.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Steps of the report workflow for HTTP tests: create, fill, and move a report along (as admin unless told). */
public final class ReportSteps {

    /** A complete GB2021 section 二 table. */
    public static final Map<String, Map<String, Object>> GB2021_SECTION_2 = new LinkedHashMap<>();

    static {
        GB2021_SECTION_2.put("RULES", Map.of("ISSUED", 0, "REPEALED", 0, "IN_FORCE", 0));
        GB2021_SECTION_2.put("NORMATIVE_DOCUMENTS", Map.of("ISSUED", 3, "REPEALED", 1, "IN_FORCE", 12));
        GB2021_SECTION_2.put("ADMINISTRATIVE_LICENSING", Map.of("DECISIONS", 210));
        GB2021_SECTION_2.put("ADMINISTRATIVE_PENALTY", Map.of("DECISIONS", 31));
        GB2021_SECTION_2.put("ADMINISTRATIVE_COERCION", Map.of("DECISIONS", 2));
        GB2021_SECTION_2.put("ADMINISTRATIVE_FEES", Map.of("FEE_AMOUNT", "0"));
    }

    private ReportSteps() {
    }

    /** Creates the agency's report of a year and returns its id. */
    public static long create(String agency, int year) {
        return api().contentType(ContentType.JSON).body(Map.of("year", year))
                .post("/api/v1/agencies/{code}/reports", agency).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String etag(long id) {
        return api().get("/api/v1/reports/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    /** Fills a GB2021 report's section 二 completely, so that TYPE finds nothing there. */
    public static void fillSection2(long id) {
        api().contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("values", GB2021_SECTION_2))
                .put("/api/v1/reports/{id}/proactive-disclosure", id).then().statusCode(200);
    }

    public static void setSection(long id, int number, String text) {
        api().contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("text", text))
                .put("/api/v1/reports/{id}/sections/{number}", id, number).then().statusCode(200);
    }

    /** A workflow step ({@code submit}, {@code return}, {@code publish}, {@code revisions}) with the current ETag. */
    public static ValidatableResponse step(RequestSpecification caller, long id, String action, Object body) {
        return caller.contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .post("/api/v1/reports/{id}/" + action, id).then();
    }

    /** Submits and publishes a report as admin, on the given date (null: today). */
    public static void publish(long id, String date) {
        step(api(), id, "submit", Map.of()).statusCode(200);
        step(api(), id, "publish", date == null ? Map.of() : Map.of("publishedDate", date)).statusCode(200);
    }
}
