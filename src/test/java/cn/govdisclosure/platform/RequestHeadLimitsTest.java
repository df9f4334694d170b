package cn.govdisclosure.platform;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.govdisclosure.TestData;

/** Over-long request targets and header sections get problem documents, not the HTTP codec's bare status. */
@QuarkusTest
class RequestHeadLimitsTest {

    @Test
    void aTargetOverTheLimitIsA414Problem() {
        String query = "x".repeat(RequestHeadLimits.MAX_TARGET_CHARS);
        TestData.problem(TestData.api().queryParam("page", query).get("/api/v1/agencies").then(), 414)
                .body("detail", equalTo("The request target has " + ("/api/v1/agencies?page=" + query).length()
                        + " characters; at most 8192 are accepted"));
    }

    @Test
    void aTargetJustBelowTheLimitIsRead() {
        String query = "x".repeat(RequestHeadLimits.MAX_TARGET_CHARS - "/api/v1/agencies?page=".length());
        TestData.problem(TestData.api().queryParam("page", query).get("/api/v1/agencies").then(), 400)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void headersOverTheLimitAreA431Problem() {
        TestData.problem(TestData.api().header("X-Padding", "p".repeat(30_000)).get("/api/v1/agencies").then(), 431)
                .body("title", equalTo("Request header fields too large"));
    }
}
