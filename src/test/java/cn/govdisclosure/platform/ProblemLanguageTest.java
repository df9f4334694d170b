package cn.govdisclosure.platform;

import static cn.govdisclosure.TestData.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.govdisclosure.ReportSteps;
import cn.govdisclosure.TestData;
import cn.govdisclosure.Tokens;

/**
 * Problem answers speak the reader's language: Chinese for {@code Accept-Language: zh} (zh-CN, zh-Hans), English
 * otherwise; every field error carries its stable code; and a body with thousands of bad fields gets the first 100
 * with the count of all.
 */
@QuarkusTest
class ProblemLanguageTest {

    @Test
    void aValidationAnswerInBothLanguagesWithCodes() {
        String agency = TestData.agency();
        Map<String, Object> application = TestData.application("L-1", "2999-01-01", "NATURAL_PERSON", null, null);
        application.put("subject", "某".repeat(2001));
        for (String language : new String[] {"zh", "zh-CN", "zh-Hans", "zh-CN,zh;q=0.9,en;q=0.8"}) {
            TestData.problem(api().header("Accept-Language", language).contentType(ContentType.JSON).body(application)
                    .post("/api/v1/agencies/{code}/applications", agency).then(), 400)
                    .header("Content-Language", "zh")
                    .body("title", equalTo("请求内容不合规"))
                    .body("detail", equalTo("subject：不得超过 2000 个字符"))
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo("subject"))
                    .body("errors[0].code", equalTo("too-long"))
                    .body("errors[0].message", equalTo("不得超过 2000 个字符"))
                    .body("errorCount", equalTo(1));
        }
        for (String language : new String[] {"en", "fr", "en-US,zh;q=0.5"}) {
            TestData.problem(api().header("Accept-Language", language).contentType(ContentType.JSON).body(application)
                    .post("/api/v1/agencies/{code}/applications", agency).then(), 400)
                    .header("Content-Language", "en")
                    .body("title", equalTo("The request is not valid"))
                    .body("detail", equalTo("subject: must be at most 2000 characters"))
                    .body("errors[0].code", equalTo("too-long"))
                    .body("errors[0].message", equalTo("must be at most 2000 characters"));
        }
        // the service's own rules, after the constraints: a date in the future
        application.put("subject", "某项目");
        TestData.problem(api().header("Accept-Language", "zh-CN").contentType(ContentType.JSON).body(application)
                .post("/api/v1/agencies/{code}/applications", agency).then(), 400)
                .body("errors[0].field", equalTo("receivedDate"))
                .body("errors[0].code", equalTo("date-in-future"))
                .body("errors[0].message", equalTo("不得晚于今天"));
        application.remove("channel");
        application.put("receivedDate", "2021-01-04");
        TestData.problem(api().contentType(ContentType.JSON).body(application)
                .post("/api/v1/agencies/{code}/applications", agency).then(), 400)
                .body("errors[0].field", equalTo("channel"))
                .body("errors[0].code", equalTo("required"))
                .body("errors[0].message", equalTo("is required"));
        application.put("channel", "PIGEON");
        TestData.problem(api().header("Accept-Language", "zh").contentType(ContentType.JSON).body(application)
                .post("/api/v1/agencies/{code}/applications", agency).then(), 400)
                .body("errors[0].field", equalTo("channel"))
                .body("errors[0].code", equalTo("unknown-value"))
                .body("errors[0].message", equalTo("须为以下之一：IN_PERSON, POST, ONLINE, FAX, EMAIL, OTHER"));
    }

    @Test
    void otherProblemsInBothLanguages() {
        given().header("Accept-Language", "zh").get("/api/v1/agencies/{code}", "NO-SUCH-AGENCY").then()
                .statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("资源不存在")).body("detail", equalTo("没有代码为 NO-SUCH-AGENCY 的机关"));
        given().get("/api/v1/agencies/{code}", "NO-SUCH-AGENCY").then().statusCode(404)
                .body("title", equalTo("Resource not found")).body("detail", equalTo("No agency has the code NO-SUCH-AGENCY"));
        given().header("Accept-Language", "zh-Hans").get("/api/v1/personal-data-access").then().statusCode(401)
                .body("title", equalTo("需要身份认证")).body("detail", equalTo("此操作需要持有者令牌（Bearer token）"));
        given().header("Accept-Language", "zh").contentType(ContentType.JSON).body("{\"code\": ").auth()
                .oauth2(Tokens.admin()).post("/api/v1/agencies").then().statusCode(400)
                .body("title", equalTo("JSON 格式错误"));
    }

    @Test
    void aBodyWithThousandsOfBadFieldsGetsTheFirstHundredAndTheCount() {
        String agency = TestData.agency();
        Map<String, Object> cells = new LinkedHashMap<>();
        for (int i = 0; i < 5000; i++) {
            cells.put("ROW_" + i, Map.of("C", 1));
        }
        long report = ReportSteps.create(agency, 2021);
        String etag = api().get("/api/v1/reports/{id}", report).then().extract().header("ETag");
        TestData.problem(api().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("values", cells))
                .put("/api/v1/reports/{id}/proactive-disclosure", report).then(), 400)
                .body("detail", equalTo("5000 fields are not valid"))
                .body("errors", hasSize(100))
                .body("errorCount", equalTo(5000))
                .body("errors[0].code", equalTo("unknown-value"));
    }
}
