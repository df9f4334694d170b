package cn.govdisclosure.report;

import static cn.govdisclosure.ReportSteps.etag;
import static cn.govdisclosure.ReportSteps.fillSection2;
import static cn.govdisclosure.ReportSteps.publish;
import static cn.govdisclosure.ReportSteps.setSection;
import static cn.govdisclosure.ReportSteps.step;
import static cn.govdisclosure.TestData.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import cn.govdisclosure.ReportSteps;
import cn.govdisclosure.TestData;


/**
 * Published revisions served like static files: ETags and 304 on every representation, Last-Modified and
 * If-Modified-Since, Cache-Control and Vary; working copies, ledgers and personal data never stored.
 */
@QuarkusTest
class PublicCachingTest {

    private static final String PUBLIC = "public, max-age=300";
    private static final String NO_STORE = "private, no-store";

    private static long publishedReport(String text) {
        String agency = TestData.agency("某县人民政府", "GOVERNMENT", null);
        TestData.record(agency, "C1", "2021-03-01", "NATURAL_PERSON", "GRANTED", "2021-03-10");
        long id = ReportSteps.create(agency, 2021);
        fillSection2(id);
        setSection(id, 6, text);
        publish(id, "2022-01-20");
        return id;
    }

    /** A GET answered 200 with a validator; the same GET with it answered 304 with no body and the same headers. */
    private static ExtractableResponse<Response> revalidates(String path, Object... parameters) {
        ExtractableResponse<Response> full = given().get(path, parameters).then().statusCode(200).extract();
        String tag = full.header("ETag");
        assertTrue(tag != null && tag.matches("\"[^\"]+\""), path + " has a strong ETag: " + tag);
        given().header("If-None-Match", tag).get(path, parameters).then().statusCode(304)
                .body(emptyString()).header("ETag", tag).header("Cache-Control", full.header("Cache-Control"));
        // weak comparison, and one of several tags
        given().header("If-None-Match", "\"other\", W/" + tag).get(path, parameters).then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get(path, parameters).then().statusCode(200);
        return full;
    }

    @Test
    void aPublishedReportItsSectionsRevisionsAndEveryDocumentAnswer304AndMayBeCachedByAnyone() {
        long id = publishedReport("无。");

        ExtractableResponse<Response> json = revalidates("/api/v1/reports/{id}", id);
        assertEquals(PUBLIC, json.header("Cache-Control"));
        assertEquals("Accept, Authorization", json.header("Vary"));
        // the tag is the report's, the same for the public and for the agency's readers (who write with it)
        assertEquals(etag(id), json.header("ETag"));
        String lastModified = json.header("Last-Modified");
        given().header("If-Modified-Since", lastModified).get("/api/v1/reports/{id}", id).then().statusCode(304);
        given().header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").get("/api/v1/reports/{id}", id).then()
                .statusCode(200);
        // If-None-Match wins over If-Modified-Since
        given().header("If-None-Match", "\"other\"").header("If-Modified-Since", lastModified)
                .get("/api/v1/reports/{id}", id).then().statusCode(200);

        Set<String> tags = new HashSet<>();
        tags.add(json.header("ETag"));
        for (DocumentFormat format : DocumentFormat.values()) {
            ExtractableResponse<Response> file = revalidates("/api/v1/reports/{id}." + format.extension(), id);
            assertEquals(PUBLIC, file.header("Cache-Control"), format.name());
            assertEquals(lastModified, file.header("Last-Modified"), format.name());
            assertEquals("Authorization", file.header("Vary"), format.name());
            assertTrue(tags.add(file.header("ETag")), format + " has a tag of its own");
            // negotiated by Accept: the same document, the same tag
            given().accept(format.mediaType()).header("If-None-Match", file.header("ETag"))
                    .get("/api/v1/reports/{id}", id).then().statusCode(304).header("Vary", "Accept, Authorization");
            // the agency's readers get the same published document
            api().header("If-None-Match", file.header("ETag")).get("/api/v1/reports/{id}." + format.extension(), id)
                    .then().statusCode(304);
        }

        assertEquals(PUBLIC, revalidates("/api/v1/reports/{id}/sections/6", id).header("Cache-Control"));
        assertEquals(PUBLIC, revalidates("/api/v1/reports/{id}/revisions/1", id).header("Cache-Control"));
        assertEquals("private, no-cache", revalidates("/api/v1/reports/{id}/revisions", id).header("Cache-Control"));
        assertEquals(PUBLIC, revalidates("/api/v1/formats").header("Cache-Control"));
        assertEquals(PUBLIC, revalidates("/api/v1/formats/GB2021").header("Cache-Control"));
        String agency = given().get("/api/v1/reports/{id}", id).then().extract().path("agencyCode");
        assertEquals(PUBLIC, revalidates("/api/v1/agencies/{code}/statistics/2021", agency).header("Cache-Control"));
    }

    @Test
    void aPublishedCorrectionReplacesTheCachedRevisionAtOnce() {
        long id = publishedReport("无。");
        String html = given().get("/api/v1/reports/{id}.html", id).then().statusCode(200).extract().asString();
        String tag = given().get("/api/v1/reports/{id}.html", id).then().extract().header("ETag");
        assertTrue(html.contains("无。"));

        step(api(), id, "revisions", Map.of("reason", "更正第六部分")).statusCode(201);
        setSection(id, 6, "本机关本年度未收取信息处理费。");
        publish(id, null);

        String corrected = given().header("If-None-Match", tag).get("/api/v1/reports/{id}.html", id).then()
                .statusCode(200).extract().asString();
        assertTrue(corrected.contains("本机关本年度未收取信息处理费。"), "the new revision is served at once");
        given().get("/api/v1/reports/{id}", id).then().statusCode(200).body("revision", equalTo(2))
                .body("sections[5].text", equalTo("本机关本年度未收取信息处理费。"));
        // the first revision stays what it was
        given().get("/api/v1/reports/{id}/revisions/1", id).then().statusCode(200)
                .body("sections[5].text", equalTo("无。"));
        assertNotEquals(tag, given().get("/api/v1/reports/{id}.html", id).then().extract().header("ETag"));
    }

    @Test
    void workingCopiesLedgersAndComputedFiguresAreNeverStoredButRevalidate() {
        String agency = TestData.agency();
        TestData.record(agency, "C2", "2021-03-01", "NATURAL_PERSON", null, null);
        long id = ReportSteps.create(agency, 2021);

        // the working copy: private, never stored; its documents carry a tag made from their bytes
        ExtractableResponse<Response> draft = api().get("/api/v1/reports/{id}", id).then().statusCode(200).extract();
        assertEquals(NO_STORE, draft.header("Cache-Control"));
        api().header("If-None-Match", draft.header("ETag")).get("/api/v1/reports/{id}", id).then().statusCode(304);
        ExtractableResponse<Response> page = api().get("/api/v1/reports/{id}.html", id).then().statusCode(200)
                .header("Last-Modified", nullValue()).extract();
        assertEquals(NO_STORE, page.header("Cache-Control"));
        api().header("If-None-Match", page.header("ETag")).get("/api/v1/reports/{id}.html", id).then().statusCode(304);

        // the ledger with personal data, and the agency list
        api().get("/api/v1/agencies/{code}/applications", agency).then().statusCode(200)
                .header("Cache-Control", NO_STORE);
        api().get("/api/v1/agencies/{code}/applications/C2", agency).then().statusCode(200)
                .header("Cache-Control", NO_STORE);

        // computed statistics: the caller's own, revalidated with their tag, which follows the ledger
        ExtractableResponse<Response> statistics = api().get("/api/v1/agencies/{code}/statistics/2021", agency).then()
                .statusCode(200).header("Cache-Control", "private, no-cache").extract();
        api().header("If-None-Match", statistics.header("ETag")).get("/api/v1/agencies/{code}/statistics/2021", agency)
                .then().statusCode(304);
        TestData.record(agency, "C3", "2021-04-01", "NATURAL_PERSON", null, null);
        api().header("If-None-Match", statistics.header("ETag")).get("/api/v1/agencies/{code}/statistics/2021", agency)
                .then().statusCode(200).body("applications.rows[0].values[6]", equalTo(2));
        // writes are never turned into 304
        api().contentType(ContentType.JSON).header("If-None-Match", "*").body(Map.of("year", 2021))
                .post("/api/v1/agencies/{code}/reports", agency).then().statusCode(200);
    }
}
