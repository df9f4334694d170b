package cn.govdisclosure.agency;

import static cn.govdisclosure.TestData.problem;
import static cn.govdisclosure.TestData.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import cn.govdisclosure.TestData;

@QuarkusTest
class AgencyResourceTest {

    private static final String AGENCIES = "/api/v1/agencies";

    private static Map<String, Object> agencyBody(String code, String name, String kind, String parentCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("kind", kind);
        if (parentCode != null) {
            body.put("parentCode", parentCode);
        }
        return body;
    }

    private static Map<String, Object> updateBody(String name, String kind, String parentCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        if (parentCode != null) {
            body.put("parentCode", parentCode);
        }
        return body;
    }

    private static ExtractableResponse<Response> post(Object body) {
        return api().contentType(ContentType.JSON).body(body).post(AGENCIES).then().extract();
    }

    private static String etagOf(String code) {
        return api().get(AGENCIES + "/{code}", code).then().statusCode(200).extract().header("ETag");
    }

    private static long newReceivedTotal(String code, int year, String scope) {
        return api().queryParam("scope", scope).get(AGENCIES + "/{code}/statistics/{year}", code, year)
                .then().statusCode(200)
                .extract().jsonPath().getLong("applications.rows.find { it.code == 'NEW_RECEIVED' }.values[6]");
    }

    // ---- POST ----------------------------------------------------------------------------------------

    @Test
    void createReturns201WithLocationEtagAndTheAgency() {
        String parent = TestData.agency();
        String code = TestData.uniqueCode();

        var created = api().contentType(ContentType.JSON)
                .body(agencyBody(code, "测试区教育局", "DEPARTMENT", parent))
                .post(AGENCIES)
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", endsWith(AGENCIES + "/" + code))
                .header("ETag", matchesPattern("\"\\d+\""))
                .body("code", equalTo(code))
                .body("name", equalTo("测试区教育局"))
                .body("kind", equalTo("DEPARTMENT"))
                .body("parentCode", equalTo(parent))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .extract();

        // the Location leads to the same agency, with the same tag
        String location = created.header("Location");
        api().get(location).then().statusCode(200)
                .header("ETag", equalTo(created.header("ETag")))
                .body("code", equalTo(code))
                .body("parentCode", equalTo(parent));
    }

    @Test
    void createOfARootHasNoParent() {
        String code = TestData.uniqueCode();
        post(agencyBody(code, "测试市人民政府", "GOVERNMENT", null));
        api().get(AGENCIES + "/{code}", code).then().statusCode(200)
                .body("code", equalTo(code))
                .body("kind", equalTo("GOVERNMENT"))
                .body("parentCode", nullValue());
    }

    @Test
    void repeatingTheSameCreateReturns200WithTheSameBody() {
        String parent = TestData.agency();
        String code = TestData.uniqueCode();
        Map<String, Object> body = agencyBody(code, "测试区财政局", "DEPARTMENT", parent);

        var first = post(body);
        assertEquals(201, first.statusCode());
        var second = api().contentType(ContentType.JSON).body(body).post(AGENCIES).then()
                .statusCode(200)
                .header("Location", endsWith(AGENCIES + "/" + code))
                .header("ETag", equalTo(first.header("ETag")))
                .extract();
        assertEquals(first.body().asString(), second.body().asString());

        // still exactly one child under the parent
        api().queryParam("parent", parent).get(AGENCIES).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.code", contains(code));
    }

    @Test
    void concurrentRepeatsCreateOneAgencyAndNeverFail() throws Exception {
        String parent = TestData.agency();
        String code = TestData.uniqueCode();
        Map<String, Object> body = agencyBody(code, "测试区统计局", "DEPARTMENT", parent);
        List<Integer> statuses = TestData.concurrently(6,
                () -> api().contentType(ContentType.JSON).body(body).post(AGENCIES).statusCode());

        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        api().queryParam("parent", parent).get(AGENCIES).then().body("items.code", contains(code));
    }

    @Test
    void repeatingACreateWhoseNameHasSurroundingSpacesIsStillARepeat() {
        String code = TestData.uniqueCode();
        Map<String, Object> body = agencyBody(code, "  测试区司法局 ", "DEPARTMENT", null);

        var first = post(body);
        assertEquals(201, first.statusCode());
        assertEquals("测试区司法局", first.jsonPath().getString("name"));
        api().contentType(ContentType.JSON).body(body).post(AGENCIES).then()
                .statusCode(200)
                .body("code", equalTo(code))
                .body("name", equalTo("测试区司法局"));
    }

    @Test
    void sameCodeWithOtherContentIsAConflict() {
        String code = TestData.uniqueCode();
        assertEquals(201, post(agencyBody(code, "测试区卫健委", "DEPARTMENT", null)).statusCode());

        problem(api().contentType(ContentType.JSON).body(agencyBody(code, "另一个机关", "DEPARTMENT", null))
                .post(AGENCIES).then(), 409)
                .body("detail", containsString(code));
        problem(api().contentType(ContentType.JSON).body(agencyBody(code, "测试区卫健委", "OTHER", null))
                .post(AGENCIES).then(), 409);
        String otherParent = TestData.agency();
        problem(api().contentType(ContentType.JSON).body(agencyBody(code, "测试区卫健委", "DEPARTMENT", otherParent))
                .post(AGENCIES).then(), 409);

        // the stored agency is unchanged
        api().get(AGENCIES + "/{code}", code).then().statusCode(200)
                .body("name", equalTo("测试区卫健委"))
                .body("kind", equalTo("DEPARTMENT"))
                .body("parentCode", nullValue());
    }

    @Test
    void unknownParentIs400NamingParentCode() {
        String code = TestData.uniqueCode();
        String missing = TestData.uniqueCode();
        problem(api().contentType(ContentType.JSON).body(agencyBody(code, "某局", "DEPARTMENT", missing))
                .post(AGENCIES).then(), 400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("parentCode"))
                .body("errors[0].message", containsString(missing));
        problem(api().get(AGENCIES + "/{code}", code).then(), 404);
    }

    @Test
    void invalidCodeIs400NamingCode() {
        for (String bad : List.of("has space", "-leading-dash", "斜杠/code", "X".repeat(33))) {
            problem(api().contentType(ContentType.JSON).body(agencyBody(bad, "某局", "DEPARTMENT", null))
                    .post(AGENCIES).then(), 400)
                    .body("errors.field", contains("code"));
        }
    }

    @Test
    void missingOrBlankFieldsAre400WithOneErrorPerField() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "");
        body.put("name", "   ");
        problem(api().contentType(ContentType.JSON).body(body).post(AGENCIES).then(), 400)
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("kind"))
                .body("errors.find { it.field == 'kind' }.message", equalTo("is required"))
                .body("errors.find { it.field == 'name' }.message", equalTo("is required"));
    }

    @Test
    void nameLongerThan200CharactersIs400() {
        String code = TestData.uniqueCode();
        problem(api().contentType(ContentType.JSON).body(agencyBody(code, "局".repeat(201), "OTHER", null))
                .post(AGENCIES).then(), 400)
                .body("errors.field", contains("name"))
                .body("errors[0].message", equalTo("must be at most 200 characters"));
        // exactly 200 is accepted
        api().contentType(ContentType.JSON).body(agencyBody(code, "局".repeat(200), "OTHER", null))
                .post(AGENCIES).then().statusCode(201)
                .body("name", equalTo("局".repeat(200)));
    }

    @Test
    void unknownKindListsTheAllowedValues() {
        problem(api().contentType(ContentType.JSON)
                .body(agencyBody(TestData.uniqueCode(), "某部", "MINISTRY", null))
                .post(AGENCIES).then(), 400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", equalTo("must be one of GOVERNMENT, DEPARTMENT, TOWNSHIP, OTHER"));
    }

    // ---- GET -----------------------------------------------------------------------------------------

    @Test
    void getCarriesAStrongEtag() {
        String parent = TestData.agency();
        String code = TestData.agency("测试街道办事处", "TOWNSHIP", parent);
        api().get(AGENCIES + "/{code}", code).then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("ETag", matchesPattern("^\"[0-9]+\"$"))
                .body("code", equalTo(code))
                .body("name", equalTo("测试街道办事处"))
                .body("kind", equalTo("TOWNSHIP"))
                .body("parentCode", equalTo(parent));
    }

    @Test
    void unknownAgencyIs404Problem() {
        String missing = TestData.uniqueCode();
        problem(api().get(AGENCIES + "/{code}", missing).then(), 404)
                .body("detail", containsString(missing));
    }

    // ---- list ----------------------------------------------------------------------------------------

    @Test
    void listOfChildrenIsPagedAndOrderedByCode() {
        String parent = TestData.agency();
        List<String> children = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            children.add(TestData.agency("测试部门" + i, "DEPARTMENT", parent));
        }
        // a grandchild is not a direct child
        TestData.agency("测试科室", "OTHER", children.get(0));
        children.sort(null);

        api().queryParam("parent", parent).queryParam("size", 2).get(AGENCIES).then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("items.code", contains(children.get(0), children.get(1)))
                .body("items.parentCode", contains(parent, parent));
        api().queryParam("parent", parent).queryParam("size", 2).queryParam("page", 1).get(AGENCIES).then()
                .statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("items.code", contains(children.get(2)));
        api().queryParam("parent", parent).queryParam("page", 5).get(AGENCIES).then()
                .statusCode(200)
                .body("page", equalTo(5))
                .body("size", equalTo(50))
                .body("totalItems", equalTo(3))
                .body("items", empty());
    }

    @Test
    void listWithoutParentHasDefaultPaging() {
        TestData.agency();
        api().get(AGENCIES).then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("totalItems", greaterThanOrEqualTo(1))
                .body("items.size()", greaterThanOrEqualTo(1));
        api().queryParam("size", 200).get(AGENCIES).then()
                .statusCode(200)
                .body("size", equalTo(200));
    }

    @Test
    void listOfAnAgencyWithoutChildrenIsEmpty() {
        String leaf = TestData.agency();
        api().queryParam("parent", leaf).get(AGENCIES).then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0));
    }

    @Test
    void listUnderAnUnknownParentIs404() {
        problem(api().queryParam("parent", TestData.uniqueCode()).get(AGENCIES).then(), 404);
    }

    @Test
    void badPagingIs400NamingTheParameter() {
        problem(api().queryParam("size", 0).get(AGENCIES).then(), 400)
                .body("errors.field", contains("size"))
                .body("errors[0].message", equalTo("must be a whole number from 1 to 200"));
        problem(api().queryParam("size", 201).get(AGENCIES).then(), 400)
                .body("errors.field", contains("size"));
        problem(api().queryParam("page", "x").get(AGENCIES).then(), 400)
                .body("errors.field", contains("page"));
        problem(api().queryParam("page", -1).get(AGENCIES).then(), 400)
                .body("errors.field", contains("page"));
    }

    // ---- PUT -----------------------------------------------------------------------------------------

    @Test
    void updateWithoutIfMatchIs428() {
        String code = TestData.agency();
        problem(api().contentType(ContentType.JSON).body(updateBody("新名称", "GOVERNMENT", null))
                .put(AGENCIES + "/{code}", code).then(), 428);
        api().get(AGENCIES + "/{code}", code).then().body("name", equalTo("测试区人民政府"));
    }

    @Test
    void updateWithStaleIfMatchIs412() {
        String code = TestData.agency();
        String tag = etagOf(code);
        api().contentType(ContentType.JSON).header("If-Match", tag).body(updateBody("第一次改名", "GOVERNMENT", null))
                .put(AGENCIES + "/{code}", code).then().statusCode(200);

        problem(api().contentType(ContentType.JSON).header("If-Match", tag)
                .body(updateBody("第二次改名", "GOVERNMENT", null))
                .put(AGENCIES + "/{code}", code).then(), 412);
        api().get(AGENCIES + "/{code}", code).then().body("name", equalTo("第一次改名"));
    }

    @Test
    void updateWithCurrentIfMatchChangesTheAgencyAndItsEtag() {
        String parent = TestData.agency();
        String code = TestData.agency("测试区交通局", "DEPARTMENT", null);
        String tag = etagOf(code);

        String newTag = api().contentType(ContentType.JSON).header("If-Match", tag)
                .body(updateBody("测试区交通运输局", "OTHER", parent))
                .put(AGENCIES + "/{code}", code).then()
                .statusCode(200)
                .header("ETag", matchesPattern("\"\\d+\""))
                .header("ETag", not(equalTo(tag)))
                .body("code", equalTo(code))
                .body("name", equalTo("测试区交通运输局"))
                .body("kind", equalTo("OTHER"))
                .body("parentCode", equalTo(parent))
                .extract().header("ETag");

        api().get(AGENCIES + "/{code}", code).then().statusCode(200)
                .header("ETag", equalTo(newTag))
                .body("name", equalTo("测试区交通运输局"))
                .body("kind", equalTo("OTHER"))
                .body("parentCode", equalTo(parent));
        api().queryParam("parent", parent).get(AGENCIES).then()
                .body("items.code", contains(code));

        // leaving out parentCode makes it a root again
        api().contentType(ContentType.JSON).header("If-Match", newTag)
                .body(updateBody("测试区交通运输局", "OTHER", null))
                .put(AGENCIES + "/{code}", code).then()
                .statusCode(200)
                .body("parentCode", nullValue());
        api().queryParam("parent", parent).get(AGENCIES).then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void updateOfAnUnknownAgencyIs404() {
        problem(api().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(updateBody("某局", "OTHER", null))
                .put(AGENCIES + "/{code}", TestData.uniqueCode()).then(), 404);
    }

    @Test
    void updateWithInvalidFieldsIs400() {
        String code = TestData.agency();
        String tag = etagOf(code);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "");
        problem(api().contentType(ContentType.JSON).header("If-Match", tag).body(body)
                .put(AGENCIES + "/{code}", code).then(), 400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("kind"));
        problem(api().contentType(ContentType.JSON).header("If-Match", tag)
                .body(updateBody("某局", "OTHER", TestData.uniqueCode()))
                .put(AGENCIES + "/{code}", code).then(), 400)
                .body("errors.field", contains("parentCode"));
        // nothing changed
        api().get(AGENCIES + "/{code}", code).then().header("ETag", equalTo(tag));
    }

    @Test
    void movingAnAgencyBelowItselfOrItsDescendantIs400() {
        String top = TestData.agency();
        String middle = TestData.agency("测试区发改局", "DEPARTMENT", top);
        String bottom = TestData.agency("测试区发改局价格科", "OTHER", middle);
        String tag = etagOf(top);

        problem(api().contentType(ContentType.JSON).header("If-Match", tag)
                .body(updateBody("测试区人民政府", "GOVERNMENT", bottom))
                .put(AGENCIES + "/{code}", top).then(), 400)
                .body("errors.field", contains("parentCode"))
                .body("errors[0].message", containsString("cycle"));
        problem(api().contentType(ContentType.JSON).header("If-Match", tag)
                .body(updateBody("测试区人民政府", "GOVERNMENT", middle))
                .put(AGENCIES + "/{code}", top).then(), 400)
                .body("errors.field", contains("parentCode"));
        problem(api().contentType(ContentType.JSON).header("If-Match", tag)
                .body(updateBody("测试区人民政府", "GOVERNMENT", top))
                .put(AGENCIES + "/{code}", top).then(), 400)
                .body("errors.field", contains("parentCode"));

        // the hierarchy is unchanged
        api().get(AGENCIES + "/{code}", top).then().header("ETag", equalTo(tag)).body("parentCode", nullValue());
        api().get(AGENCIES + "/{code}", middle).then().body("parentCode", equalTo(top));
        api().get(AGENCIES + "/{code}", bottom).then().body("parentCode", equalTo(middle));
    }

    @Test
    void movingASubtreeMovesItsDescendantsStatisticsWithIt() {
        String oldRoot = TestData.agency();
        String newRoot = TestData.agency();
        String moved = TestData.agency("测试区住建局", "DEPARTMENT", oldRoot);
        String child = TestData.agency("测试区住建局执法大队", "OTHER", moved);
        String grandchild = TestData.agency("测试区住建局执法一中队", "OTHER", child);
        TestData.record(moved, "M-1", "2020-02-01", "NATURAL_PERSON", "GRANTED", "2020-02-20");
        TestData.record(child, "C-1", "2020-03-01", "COMMERCIAL_ENTERPRISE", null, null);
        TestData.record(child, "C-2", "2020-03-02", "NATURAL_PERSON", null, null);
        TestData.record(grandchild, "G-1", "2020-04-01", "NATURAL_PERSON", null, null);
        TestData.record(oldRoot, "R-1", "2020-05-01", "NATURAL_PERSON", null, null);

        assertEquals(5, newReceivedTotal(oldRoot, 2020, "SUBTREE"));
        assertEquals(0, newReceivedTotal(newRoot, 2020, "SUBTREE"));
        assertEquals(4, newReceivedTotal(moved, 2020, "SUBTREE"));

        String tag = etagOf(moved);
        api().contentType(ContentType.JSON).header("If-Match", tag)
                .body(updateBody("测试区住建局", "DEPARTMENT", newRoot))
                .put(AGENCIES + "/{code}", moved).then()
                .statusCode(200)
                .body("parentCode", equalTo(newRoot));

        assertEquals(1, newReceivedTotal(oldRoot, 2020, "SUBTREE"));
        assertEquals(4, newReceivedTotal(newRoot, 2020, "SUBTREE"));
        assertEquals(4, newReceivedTotal(moved, 2020, "SUBTREE"));
        assertEquals(3, newReceivedTotal(child, 2020, "SUBTREE"));
        assertEquals(1, newReceivedTotal(grandchild, 2020, "SUBTREE"));

        // the column split of the moved subtree is kept too
        api().queryParam("scope", "SUBTREE").get(AGENCIES + "/{code}/statistics/{year}", newRoot, 2020).then()
                .statusCode(200)
                .body("applications.rows.find { it.code == 'NEW_RECEIVED' }.values", contains(3, 1, 0, 0, 0, 0, 4))
                .body("applications.rows.find { it.code == 'GRANTED' }.values", contains(1, 0, 0, 0, 0, 0, 1))
                .body("applications.rows.find { it.code == 'CARRIED_FORWARD' }.values", contains(2, 1, 0, 0, 0, 0, 3));

        // descendants keep their parents
        api().get(AGENCIES + "/{code}", child).then().body("parentCode", equalTo(moved));
        api().get(AGENCIES + "/{code}", grandchild).then().body("parentCode", equalTo(child));
        api().queryParam("parent", oldRoot).get(AGENCIES).then().body("totalItems", equalTo(0));
        api().queryParam("parent", newRoot).get(AGENCIES).then().body("items.code", contains(moved));

        // and the moved agency can now not be put below its own descendant either
        String newTag = etagOf(moved);
        assertNotEquals(tag, newTag);
        problem(api().contentType(ContentType.JSON).header("If-Match", newTag)
                .body(updateBody("测试区住建局", "DEPARTMENT", grandchild))
                .put(AGENCIES + "/{code}", moved).then(), 400)
                .body("errors.field", contains("parentCode"));
        // but the old root may now be moved below the moved agency: it is no longer an ancestor
        api().contentType(ContentType.JSON).header("If-Match", etagOf(oldRoot))
                .body(updateBody("测试区人民政府", "GOVERNMENT", grandchild))
                .put(AGENCIES + "/{code}", oldRoot).then()
                .statusCode(200)
                .body("parentCode", equalTo(grandchild));
        assertEquals(5, newReceivedTotal(newRoot, 2020, "SUBTREE"));
        assertEquals(2, newReceivedTotal(grandchild, 2020, "SUBTREE"));
    }
}
