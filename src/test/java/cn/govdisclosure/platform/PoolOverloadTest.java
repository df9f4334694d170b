package cn.govdisclosure.platform;

import static cn.govdisclosure.TestData.api;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import cn.govdisclosure.TestData;

/**
 * A pool whose connections are all busy is an overload, not an outage: 503 with a problem type of its own and a
 * short Retry-After, while the database answers; the same request succeeds once a connection is free. The pool
 * here has one connection, which the test holds.
 */
@QuarkusTest
@TestProfile(PoolOverloadTest.OneConnection.class)
class PoolOverloadTest {

    /** One pooled connection, given up waiting for after one second. */
    public static class OneConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "1",
                    "%test.quarkus.datasource.jdbc.acquisition-timeout", "1S");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBusyPoolIsAnsweredAsOverloadAndTheSameRequestSucceedsOnceAConnectionIsFree() throws Exception {
        String agency = TestData.agency();
        try (Connection held = dataSource.getConnection()) {
            held.createStatement().execute("SELECT 1");
            Response busy = api().get("/api/v1/agencies/{code}/applications", agency);
            TestData.problem(busy.then(), 503)
                    .header("Retry-After", "1")
                    .body("type", equalTo(ProblemTypes.OVERLOADED))
                    .body("title", equalTo("Overloaded"));
            assertTrue(busy.getTime() < 5_000, "answered after the acquisition timeout: " + busy.getTime() + " ms");
            // the database itself answers: readiness is not affected by a busy pool of one instance
        }
        api().get("/api/v1/agencies/{code}/applications", agency).then().statusCode(200)
                .body("totalItems", equalTo(0));
    }
}
