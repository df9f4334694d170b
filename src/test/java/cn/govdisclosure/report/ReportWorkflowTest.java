package cn.govdisclosure.report;

import static cn.govdisclosure.ReportSteps.etag;
import static cn.govdisclosure.ReportSteps.fillSection2;
import static cn.govdisclosure.ReportSteps.publish;
import static cn.govdisclosure.ReportSteps.setSection;
import static cn.govdisclosure.ReportSteps.step;
import static cn.govdisclosure.TestData.api;
import static cn.govdisclosure.TestData.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.govdisclosure.ReportSteps;
import cn.govdisclosure.TestData;

/**
 * DRAFT → SUBMITTED → PUBLISHED with RETURNED, corrections as revisions, the frozen published report, publication
 * dates and deadlines, and who may take which step.
 */
@QuarkusTest
class ReportWorkflowTest {

    /** A department with two 2021 applications (one granted, one still open) and its 2021 report. */
    private record Scene(String government, String department, long reportId) {
    }

    private Scene scene() {
        String government = TestData.agency("某县人民政府", "GOVERNMENT", null);
        String department = TestData.agency("某县自然资源局", "DEPARTMENT", government);
        TestData.record(department, "W1", "2021-03-01", "NATURAL_PERSON", "GRANTED", "2021-03-10");
        TestData.record(department, "W2", "2021-12-20", "COMMERCIAL_ENTERPRISE", null, null);
        long id = ReportSteps.create(department, 2021);
        return new Scene(government, department, id);
    }

    @Test
    void forbiddenTransitionsAre409ProblemsNamingTheStateAndTheAllowedTransitions() {
        Scene scene = scene();
        long id = scene.reportId();

        for (String action : List.of("publish", "return", "revisions")) {
            TestData.problem(step(api(), id, action, body(action)), 409)
                    .body("type", equalTo("urn:govdisclosure:problem:illegal-transition"))
                    .body("currentStatus", equalTo("DRAFT"))
                    .body("allowedTransitions", equalTo(List.of("edit", "submit", "record-publication")))
                    .body("detail", equalTo("The report is DRAFT; '" + (action.equals("revisions") ? "revise" : action)
                            + "' is not allowed from DRAFT. Allowed: edit, submit, record-publication"));
        }

        // section 二 is empty: every one of its cells is missing, an error
        JsonPath refused = TestData.problem(step(api(), id, "submit", Map.of()), 409)
                .body("type", equalTo("urn:govdisclosure:problem:checks-failed"))
                .body("currentStatus", equalTo("DRAFT"))
                .body("findings.rule", everyItem(equalTo("TYPE")))
                .body("findings.section", everyItem(equalTo(2)))
                .extract().jsonPath();
        assertEquals(10, refused.getList("findings").size());
        assertEquals("RULES", refused.getString("findings[0].row"));
        assertEquals("ISSUED", refused.getString("findings[0].column"));
        api().get("/api/v1/reports/{id}", id).then().body("status", equalTo("DRAFT"));

        fillSection2(id);
        step(api(), id, "submit", Map.of()).statusCode(200).body("status", equalTo("SUBMITTED"));

        for (String edit : List.of("sections/1", "proactive-disclosure", "reported-values")) {
            Object body = switch (edit) {
                case "sections/1" -> Map.of("text", "改");
                case "proactive-disclosure" -> Map.of("values", ReportSteps.GB2021_SECTION_2);
                default -> Map.of("values", List.of());
            };
            TestData.problem(api().contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                    .put("/api/v1/reports/{id}/" + edit, id).then(), 409)
                    .body("currentStatus", equalTo("SUBMITTED"))
                    .body("allowedTransitions", equalTo(List.of("publish", "return", "record-publication")));
        }
        TestData.problem(step(api(), id, "submit", Map.of()), 409).body("allowedTransitions",
                equalTo(List.of("publish", "return", "record-publication")));

        TestData.problem(step(api(), id, "return", Map.of()), 400).body("errors[0].field", equalTo("comment"));
        step(api(), id, "return", Map.of("comment", "请补充第五部分")).statusCode(200)
                .body("status", equalTo("RETURNED")).body("workflowComment", equalTo("请补充第五部分"));
        setSection(id, 5, "存在的主要问题：答复时限把握不够严格。");
        step(api(), id, "submit", Map.of()).statusCode(200).body("status", equalTo("SUBMITTED"));
        step(api(), id, "publish", Map.of()).statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("publishedDate", equalTo(TestData.today().toString()))
                .body("publicationDeadline", equalTo("2022-01-31"))
                .body("publishedLate", equalTo(TestData.today().isAfter(java.time.LocalDate.of(2022, 1, 31))));

        for (String action : List.of("submit", "publish", "return")) {
            TestData.problem(step(api(), id, action, body(action)), 409)
                    .body("currentStatus", equalTo("PUBLISHED")).body("allowedTransitions", equalTo(List.of("revise")));
        }
        TestData.problem(api().contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("text", "改"))
                .put("/api/v1/reports/{id}/sections/6", id).then(), 409).body("currentStatus", equalTo("PUBLISHED"));

        // the workflow steps are writes like any other: If-Match required and checked
        TestData.problem(api().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/reports/{id}/revisions", id).then(), 428);
        TestData.problem(api().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("reason", "x"))
                .post("/api/v1/reports/{id}/revisions", id).then(), 412);
    }

    @Test
    void onlyPublishersAndAdminsSubmitReturnAndPublish() {
        Scene scene = scene();
        long id = scene.reportId();
        fillSection2(id);
        for (String role : List.of("viewer", "clerk", "editor")) {
            TestData.problem(step(as(role, scene.department()), id, "submit", Map.of()), 403);
        }
        // a publisher of another agency neither
        String other = TestData.agency();
        TestData.problem(step(as("publisher", other), id, "submit", Map.of()), 403);

        step(as("publisher", scene.government()), id, "submit", Map.of()).statusCode(200);
        TestData.problem(step(as("editor", scene.department()), id, "return", Map.of("comment", "x")), 403);
        TestData.problem(step(as("editor", scene.department()), id, "publish", Map.of()), 403);
        step(as("publisher", scene.department()), id, "return", Map.of("comment", "数字再核对")).statusCode(200);
        // the editor edits a returned report
        String etag = as("editor", scene.department()).get("/api/v1/reports/{id}", id).then().extract().header("ETag");
        as("editor", scene.department()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("text", "无。")).put("/api/v1/reports/{id}/sections/6", id).then().statusCode(200);
        step(as("publisher", scene.department()), id, "submit", Map.of()).statusCode(200);
        step(as("publisher", scene.department()), id, "publish", Map.of()).statusCode(200);
        TestData.problem(step(as("editor", scene.department()), id, "revisions", Map.of("reason", "x")), 403);
        JsonPath revisions = api().get("/api/v1/reports/{id}/revisions", id).then().statusCode(200).extract().jsonPath();
        assertEquals("test-publisher", revisions.getString("[0].publishedBy"));
        // the publisher's user id is for the agency's readers; the public, and other agencies, see the agency
        assertEquals("test-publisher", as("viewer", scene.government()).get("/api/v1/reports/{id}/revisions", id)
                .then().statusCode(200).extract().jsonPath().getString("[0].publishedBy"));
        assertEquals(List.of("某县自然资源局"), given().get("/api/v1/reports/{id}/revisions", id).then().statusCode(200)
                .extract().jsonPath().getList("publishedBy"));
        assertEquals(List.of("某县自然资源局"), as("viewer", other).get("/api/v1/reports/{id}/revisions", id).then()
                .statusCode(200).extract().jsonPath().getList("publishedBy"));
    }

    @Test
    void aPublishedReportDoesNotChangeWhenTheLedgerChanges() {
        Scene scene = scene();
        long id = scene.reportId();
        fillSection2(id);
        setSection(id, 1, "2021年，共受理政府信息公开申请 2 件，其中“予以公开” 1 件。");
        publish(id, null);
        String published = api().get("/api/v1/reports/{id}", id).then().statusCode(200).extract().asString();
        JsonPath before = JsonPath.from(published);
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 2), before.getList("applications.rows[0].values"));
        assertEquals(List.of(0, 1, 0, 0, 0, 0, 1), before.getList("applications.rows.find { it.code == 'CARRIED_FORWARD' }.values"));

        // new entries for 2021, a conclusion of the open one, and a lawsuit
        TestData.record(scene.department(), "W3", "2021-06-01", "NATURAL_PERSON", "DENIED_STATE_SECRET", "2021-06-20");
        api().contentType(ContentType.JSON).body(Map.of("type", "CONCLUDED", "date", "2021-12-28", "outcome", "GRANTED"))
                .post("/api/v1/agencies/{code}/applications/W2/events", scene.department()).then().statusCode(201);
        TestData.recordAppeal(scene.department(), TestData.appeal("（2021）行初1号", "LITIGATION_DIRECT", "2021-08-01",
                "PENDING", null, "W1"));

        String after = api().get("/api/v1/reports/{id}", id).then().statusCode(200).extract().asString();
        assertEquals(published, after);
        // the ledger itself moved on: the statistics readers of the agency get are computed now
        JsonPath live = api().get("/api/v1/agencies/{code}/statistics/2021", scene.department()).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(2, 1, 0, 0, 0, 0, 3), live.getList("applications.rows[0].values"));
        assertEquals(1, live.getInt("appeals.byKind.LITIGATION_DIRECT.TOTAL"));

        // the public reads the report and its statistics as published, without personal data
        String anonymous = given().get("/api/v1/reports/{id}", id).then().statusCode(200).extract().asString();
        assertEquals(published, anonymous);
        assertFalse(anonymous.contains("王小明"));
        JsonPath publicStatistics = given().get("/api/v1/agencies/{code}/statistics/2021", scene.department()).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 2), publicStatistics.getList("applications.rows[0].values"));
        assertEquals(0, publicStatistics.getInt("appeals.byKind.LITIGATION_DIRECT.TOTAL"));
        // a reader of another agency too; but not a scope or year that was not published
        as("viewer", TestData.agency()).get("/api/v1/agencies/{code}/statistics/2021", scene.department()).then()
                .statusCode(200).body("applications.rows[0].values[6]", equalTo(2));
        TestData.problem(given().get("/api/v1/agencies/{code}/statistics/2021?scope=subtree", scene.department()).then(), 401);
        TestData.problem(given().get("/api/v1/agencies/{code}/statistics/2022", scene.department()).then(), 401);
        given().get("/api/v1/reports/{id}/sections/1", id).then().statusCode(200)
                .body("text", equalTo("2021年，共受理政府信息公开申请 2 件，其中“予以公开” 1 件。"));
        // the checks of a published report run over what was published
        api().get("/api/v1/reports/{id}/checks", id).then().statusCode(200).body("errors", equalTo(0))
                .body("warnings", equalTo(0));
    }

    @Test
    void aCorrectionIsANewRevisionAndEarlierRevisionsStayReadable() {
        Scene scene = scene();
        long id = scene.reportId();
        fillSection2(id);
        setSection(id, 6, "无。");
        publish(id, "2022-01-20");
        // unpublished reports stay private
        long draft = ReportSteps.create(scene.department(), 2020);
        TestData.problem(given().get("/api/v1/reports/{id}", draft).then(), 401);
        TestData.problem(given().get("/api/v1/reports/{id}/revisions", draft).then(), 401);

        TestData.problem(step(api(), id, "revisions", Map.of()), 400).body("errors[0].field", equalTo("reason"));
        step(api(), id, "revisions", Map.of("reason", "补报信息处理费收取情况")).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/reports/" + id + "/revisions/2"))
                .body("status", equalTo("DRAFT")).body("revision", equalTo(2))
                .body("revisionReason", equalTo("补报信息处理费收取情况")).body("publishedDate", nullValue());
        // while the correction is in progress the public still reads revision 1
        given().get("/api/v1/reports/{id}", id).then().statusCode(200).body("revision", equalTo(1))
                .body("status", equalTo("PUBLISHED")).body("sections[5].text", equalTo("无。"));

        setSection(id, 6, "本年度未收取信息处理费。");
        publish(id, "2022-02-10");

        given().get("/api/v1/reports/{id}", id).then().statusCode(200).body("revision", equalTo(2))
                .body("sections[5].text", equalTo("本年度未收取信息处理费。")).body("publishedDate", equalTo("2022-02-10"))
                .body("publishedLate", equalTo(true));
        JsonPath revisions = given().get("/api/v1/reports/{id}/revisions", id).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of(1, 2), revisions.getList("revision"));
        assertEquals(List.of("SUPERSEDED", "PUBLISHED"), revisions.getList("status"));
        assertEquals(java.util.Arrays.asList(null, "补报信息处理费收取情况"), revisions.getList("reason"));
        assertEquals(List.of("2022-01-20", "2022-02-10"), revisions.getList("publishedDate"));
        assertEquals(List.of(false, true), revisions.getList("publishedLate"));
        given().get("/api/v1/reports/{id}/revisions/1", id).then().statusCode(200).body("revision", equalTo(1))
                .body("sections[5].text", equalTo("无。")).body("publishedDate", equalTo("2022-01-20"));
        given().get("/api/v1/reports/{id}/revisions/2", id).then().statusCode(200)
                .body("sections[5].text", equalTo("本年度未收取信息处理费。"));
        TestData.problem(api().get("/api/v1/reports/{id}/revisions/3", id).then(), 404);
        // a correction may not be dated before the revision it corrects
        step(api(), id, "revisions", Map.of("reason", "再次更正")).statusCode(201);
        step(api(), id, "submit", Map.of()).statusCode(200);
        TestData.problem(step(api(), id, "publish", Map.of("publishedDate", "2022-02-01")), 400)
                .body("errors[0].message", equalTo("must not be before 2022-02-10, when the previous revision was published"));
        // readers of the agency see the revision in progress in the list
        JsonPath withDraft = api().get("/api/v1/reports/{id}/revisions", id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("SUPERSEDED", "PUBLISHED", "SUBMITTED"), withDraft.getList("status"));
        api().get("/api/v1/reports/{id}/revisions/3", id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        TestData.problem(given().get("/api/v1/reports/{id}/revisions/3", id).then(), 404);
    }

    @Test
    void publicationIsDatedAndFlaggedWhenAfterTheStatutoryDeadline() {
        Scene scene = scene();
        long department = scene.reportId();
        fillSection2(department);
        step(api(), department, "submit", Map.of()).statusCode(200);
        TestData.problem(step(api(), department, "publish",
                Map.of("publishedDate", TestData.today().plusDays(1).toString())), 400)
                .body("errors[0].field", equalTo("publishedDate"))
                .body("errors[0].message", equalTo("must not be in the future"));
        TestData.problem(step(api(), department, "publish", Map.of("publishedDate", "2021-12-31")), 400)
                .body("errors[0].message", equalTo("must not be before 2022-01-01, the end of the report year"));
        step(api(), department, "publish", Map.of("publishedDate", "2022-01-31")).statusCode(200)
                .body("publishedDate", equalTo("2022-01-31")).body("publicationDeadline", equalTo("2022-01-31"))
                .body("publishedLate", equalTo(false));

        // a government's own report has until 31 March
        long government = ReportSteps.create(scene.government(), 2021);
        fillSection2(government);
        step(api(), government, "submit", Map.of()).statusCode(200);
        step(api(), government, "publish", Map.of("publishedDate", "2022-04-01")).statusCode(200)
                .body("publicationDeadline", equalTo("2022-03-31")).body("publishedLate", equalTo(true));
        api().get("/api/v1/agencies/{code}/reports", scene.government()).then().statusCode(200)
                .body("items[0].status", equalTo("PUBLISHED")).body("items[0].publishedDate", equalTo("2022-04-01"))
                .body("items[0].revision", equalTo(1));

        // a year that has not ended cannot be published
        int thisYear = TestData.today().getYear();
        long current = ReportSteps.create(scene.government(), thisYear);
        fillSection2(current);
        step(api(), current, "submit", Map.of()).statusCode(200);
        TestData.problem(step(api(), current, "publish", Map.of()), 409)
                .body("detail", equalTo("The " + thisYear + " report can be published from " + (thisYear + 1)
                        + "-01-01, once its year has ended"));
    }

    /** A valid body for a workflow step. */
    private static Map<String, Object> body(String action) {
        return switch (action) {
            case "return" -> Map.of("comment", "请修改");
            case "revisions" -> Map.of("reason", "更正");
            default -> Map.of();
        };
    }
}
