package cn.govdisclosure.audit;

import static cn.govdisclosure.TestData.api;
import static cn.govdisclosure.TestData.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.govdisclosure.ReportSteps;
import cn.govdisclosure.TestData;
import cn.govdisclosure.Tokens;

/**
 * Every create, change and transition of applications, appeals, reports and sections is in the audit trail with
 * who, when and the old and new values — and never an applicant's personal data.
 */
@QuarkusTest
class AuditTrailTest {

    private static final String NAME = "赵敏感";
    private static final String ID_NUMBER = "350504198001017777";
    private static final String PHONE = "13700001111";
    private static final String NEW_PHONE = "13900002222";
    private static final String EMAIL = "zhao@example.cn";
    private static final String ADDRESS = "洛江区某路 8 号";

    @Test
    void applicationChangesAreRecordedWithOldAndNewValuesButNoPersonalData() {
        String district = TestData.agency("某区人民政府", "GOVERNMENT", null);
        String department = TestData.agency("某区住建局", "DEPARTMENT", district);
        String number = "AUD-" + TestData.uniqueCode();
        String clerk = Tokens.claims("clerk", district).upn("clerk-li").sign(Tokens.devKey());

        Map<String, Object> application = TestData.application(number, "2021-03-02", "NATURAL_PERSON", null, null);
        application.put("applicant", applicant(PHONE));
        given().auth().oauth2(clerk).contentType(ContentType.JSON).body(application)
                .post("/api/v1/agencies/{code}/applications", department).then().statusCode(201);
        String etag = api().get("/api/v1/agencies/{code}/applications/{n}", department, number).then().extract()
                .header("ETag");
        application.remove("trackingNumber");
        application.put("subject", "某小区规划许可证");
        given().auth().oauth2(clerk).contentType(ContentType.JSON).header("If-Match", etag).body(application)
                .put("/api/v1/agencies/{code}/applications/{n}", department, number).then().statusCode(200);
        etag = api().get("/api/v1/agencies/{code}/applications/{n}", department, number).then().extract().header("ETag");
        application.put("applicant", applicant(NEW_PHONE));
        given().auth().oauth2(clerk).contentType(ContentType.JSON).header("If-Match", etag).body(application)
                .put("/api/v1/agencies/{code}/applications/{n}", department, number).then().statusCode(200);
        // a refused change leaves no trace
        etag = api().get("/api/v1/agencies/{code}/applications/{n}", department, number).then().extract().header("ETag");
        application.put("receivedDate", "2099-01-01");
        given().auth().oauth2(clerk).contentType(ContentType.JSON).header("If-Match", etag).body(application)
                .put("/api/v1/agencies/{code}/applications/{n}", department, number).then().statusCode(400);
        given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body(Map.of("type", "CONCLUDED", "date", "2021-03-20", "outcome", "GRANTED"))
                .post("/api/v1/agencies/{code}/applications/{n}/events", department, number).then().statusCode(201);

        String body = api().get("/api/v1/audit?entityType=APPLICATION&entityId={n}&agency={code}", number, department)
                .then().statusCode(200).extract().asString();
        for (String secret : List.of(NAME, ID_NUMBER, PHONE, NEW_PHONE, EMAIL, ADDRESS, "\"dev:")) {
            assertFalse(body.contains(secret), "the audit trail reveals " + secret + ": " + body);
        }
        JsonPath trail = JsonPath.from(body);
        // newest first: the conclusion (the application and its new event), the two corrections, the creation
        assertEquals(List.of("APPLICATION", "APPLICATION_EVENT", "APPLICATION", "APPLICATION", "APPLICATION"),
                trail.getList("items.entityType"));
        assertEquals(List.of("UPDATE", "CREATE", "UPDATE", "UPDATE", "CREATE"), trail.getList("items.action"));
        assertEquals(5, trail.getInt("totalItems"));
        assertEquals(List.of("clerk-li", "clerk-li", "clerk-li", "clerk-li", "clerk-li"), trail.getList("items.actor"));
        assertEquals(department, trail.getString("items[4].agencyCode"));

        Map<String, Object> created = fields(trail, 4);
        assertEquals("[personal data]", created.get("applicantName"));
        assertEquals("[personal data]", created.get("applicantIdNumber"));
        assertEquals("[personal data]", created.get("applicantPhone"));
        assertEquals("[personal data]", created.get("applicantEmail"));
        assertEquals("[personal data]", created.get("applicantAddress"));
        assertEquals("NATURAL_PERSON", created.get("applicantType"));
        assertEquals("2021-03-02", created.get("receivedDate"));
        assertEquals("某项目的审批文件", created.get("subject"));

        // the subject correction: only the subject changed (the identity number, encrypted afresh, did not)
        assertEquals(List.of(Map.of("field", "subject", "oldValue", "某项目的审批文件", "newValue", "某小区规划许可证")),
                trail.getList("items[3].changes"));
        // the new phone number: recorded as changed, its values withheld
        assertEquals(List.of(Map.of("field", "applicantPhone", "oldValue", "[personal data]", "newValue", "[personal data]")),
                trail.getList("items[2].changes"));
        assertEquals(number, trail.getString("items[1].rootId"));
        assertTrue(trail.getString("items[1].entityId").startsWith(number + "/"));
        assertEquals("CONCLUDED", fields(trail, 1).get("type"));
        assertEquals(List.of(change("concludedDate", null, "2021-03-20"), change("outcome", null, "GRANTED")),
                trail.getList("items[0].changes"));

        // appeals too
        long appeal = TestData.recordAppeal(department, TestData.appeal("（2021）复1号", "ADMINISTRATIVE_REVIEW",
                "2021-05-01", "PENDING", null, number));
        String appealTag = api().get("/api/v1/agencies/{code}/appeals/{id}", department, appeal).then().extract()
                .header("ETag");
        api().contentType(ContentType.JSON).header("If-Match", appealTag)
                .body(TestData.appeal("（2021）复1号", "ADMINISTRATIVE_REVIEW", "2021-05-01", "UPHELD", "2021-07-01", number))
                .put("/api/v1/agencies/{code}/appeals/{id}", department, appeal).then().statusCode(200);
        JsonPath appealTrail = api().get("/api/v1/audit?entityType=APPEAL&entityId={id}", appeal).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("UPDATE", "CREATE"), appealTrail.getList("items.action"));
        assertEquals(List.of("test-admin", "test-admin"), appealTrail.getList("items.actor"));
        assertEquals(List.of(change("concludedDate", null, "2021-07-01"), change("result", "PENDING", "UPHELD")),
                appealTrail.getList("items[0].changes"));

        // who may read the trail; the agency's entries: its registration, the application's five, the appeal's two
        JsonPath agencyTrail = as("viewer", district).get("/api/v1/audit?agency={code}", department).then()
                .statusCode(200).body("totalItems", equalTo(8)).extract().jsonPath();
        assertEquals("AGENCY", agencyTrail.getString("items[7].entityType"));
        assertEquals(department, agencyTrail.getString("items[7].entityId"));
        as("viewer", district).get("/api/v1/audit?entityType=APPLICATION&entityId={n}", number).then().statusCode(200)
                .body("totalItems", equalTo(5));
        String unrelated = TestData.agency();
        TestData.problem(as("viewer", unrelated).get("/api/v1/audit?agency={code}", department).then(), 403);
        TestData.problem(as("viewer", unrelated).get("/api/v1/audit?entityType=APPLICATION&entityId={n}", number).then(), 403);
        TestData.problem(as("viewer", district).get("/api/v1/audit").then(), 403);
        TestData.problem(given().get("/api/v1/audit?agency={code}", department).then(), 401);
        TestData.problem(api().get("/api/v1/audit?entityType=application").then(), 400);
        api().get("/api/v1/audit?agency={code}&size=2&page=1", department).then().statusCode(200)
                .body("items.size()", equalTo(2)).body("page", equalTo(1)).body("totalItems", equalTo(8));
    }

    @Test
    void reportEditsAndTransitionsAreRecorded() {
        String agency = TestData.agency();
        long id = ReportSteps.create(agency, 2021);
        ReportSteps.setSection(id, 1, "2021年，共受理政府信息公开申请 0 件。");
        // a refused submission (section 二 is empty) leaves no trace
        TestData.problem(ReportSteps.step(as("publisher", agency), id, "submit", Map.of()), 409);
        ReportSteps.fillSection2(id);
        // the table sent again with one cell changed: one change, not a deletion and re-creation of every cell
        Map<String, Map<String, Object>> table = new LinkedHashMap<>(ReportSteps.GB2021_SECTION_2);
        table.put("NORMATIVE_DOCUMENTS", Map.of("ISSUED", 3, "REPEALED", 1, "IN_FORCE", 13));
        api().contentType(ContentType.JSON).header("If-Match", ReportSteps.etag(id)).body(Map.of("values", table))
                .put("/api/v1/reports/{id}/proactive-disclosure", id).then().statusCode(200);
        ReportSteps.step(as("publisher", agency), id, "submit", Map.of()).statusCode(200);

        JsonPath trail = api().get("/api/v1/audit?entityType=REPORT&entityId={id}", id).then().statusCode(200).extract()
                .jsonPath();
        assertEquals("TRANSITION", trail.getString("items[0].action"));
        assertEquals("REPORT", trail.getString("items[0].entityType"));
        assertEquals("test-publisher", trail.getString("items[0].actor"));
        assertEquals(List.of(Map.of("field", "status", "oldValue", "DRAFT", "newValue", "SUBMITTED")),
                trail.getList("items[0].changes"));
        assertEquals("PROACTIVE_CELL", trail.getString("items[1].entityType"));
        assertEquals(id + "/NORMATIVE_DOCUMENTS/IN_FORCE", trail.getString("items[1].entityId"));
        assertEquals(List.of(Map.of("field", "amount", "oldValue", "12", "newValue", "13")), trail.getList("items[1].changes"));
        // ten cells created by the first filling, one changed by the second; one transition
        assertEquals(11, trail.<String>getList("items.entityType").stream().filter("PROACTIVE_CELL"::equals).count());
        assertEquals(1, trail.<String>getList("items.action").stream().filter("TRANSITION"::equals).count());
        JsonPath section = api().get("/api/v1/audit?entityType=REPORT_SECTION&entityId={id}/1", id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("UPDATE", "CREATE"), section.getList("items.action"));
        assertEquals(List.of(Map.of("field", "body", "oldValue", "", "newValue", "2021年，共受理政府信息公开申请 0 件。")),
                section.getList("items[0].changes"));
        assertEquals("REPORT", section.getString("items[0].rootType"));
        assertEquals(String.valueOf(id), section.getString("items[0].rootId"));
        JsonPath creation = api().get("/api/v1/audit?entityType=REPORT&entityId={id}&size=200", id).then().extract()
                .jsonPath();
        int last = creation.getList("items").size() - 1;
        assertEquals("CREATE", creation.getString("items[" + last + "].action"));
        assertEquals("REPORT", creation.getString("items[" + last + "].entityType"));
    }

    private static Map<String, Object> change(String field, Object oldValue, Object newValue) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("field", field);
        change.put("oldValue", oldValue);
        change.put("newValue", newValue);
        return change;
    }

    private static Map<String, Object> applicant(String phone) {
        return Map.of("name", NAME, "idNumber", ID_NUMBER, "phone", phone, "email", EMAIL, "address", ADDRESS);
    }

    /** The new values of an entry's changes, by field. */
    private static Map<String, Object> fields(JsonPath trail, int item) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map<String, Object> change : trail.<Map<String, Object>>getList("items[" + item + "].changes")) {
            values.put((String) change.get("field"), change.get("newValue"));
        }
        return values;
    }
}
