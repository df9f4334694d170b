package cn.govdisclosure.platform;

import static cn.govdisclosure.TestData.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

import javax.management.JMException;
import javax.management.ObjectName;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import cn.govdisclosure.TestData;

/**
 * The database goes away under a running service and comes back: meanwhile requests answer 503
 * quickly, readiness is DOWN and liveness UP; afterwards everything works again without a restart, and
 * the write refused during the outage can simply be sent again.
 */
@QuarkusTest
@WithTestResource(DatabaseProxyResource.class)
class DatabaseOutageRecoveryTest {

    /** The acquisition timeout (3 s) plus a margin for a slow machine: an outage must not hang requests. */
    private static final long FAST_MILLIS = 6_000;
    private static final String DATABASE_CHECK = "Database connections health check";

    @Test
    void requestsFailFastDuringAnOutageAndTheServiceRecoversByItself() throws InterruptedException {
        String agency = TestData.agency();
        TestData.record(agency, "O-1", "2021-03-01", "NATURAL_PERSON", null, null);
        Map<String, Object> refused = TestData.application("O-2", "2021-03-02", "NATURAL_PERSON", null, null);

        database("down");
        try {
            for (int i = 0; i < 3; i++) {
                assertUnavailable(api().get("/api/v1/agencies/{code}/applications", agency));
                assertUnavailable(api().contentType(ContentType.JSON).body(refused)
                        .post("/api/v1/agencies/{code}/applications", agency));
            }
            api().get("/q/health/ready").then().statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == '" + DATABASE_CHECK + "' }.status", equalTo("DOWN"));
            api().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            database("up");
        }

        long deadline = System.currentTimeMillis() + 30_000;
        while (api().get("/q/health/ready").statusCode() != 200) {
            assertTrue(System.currentTimeMillis() < deadline, "readiness is UP again within 30 s");
            Thread.sleep(200);
        }
        // every request succeeds from then on; nothing recorded before the outage is lost, and the refused
        // write had left nothing behind: sending it again creates it
        for (int i = 0; i < 5; i++) {
            api().get("/api/v1/agencies/{code}/applications", agency).then().statusCode(200)
                    .body("items.trackingNumber", hasItem("O-1"));
        }
        api().contentType(ContentType.JSON).body(refused)
                .post("/api/v1/agencies/{code}/applications", agency).then().statusCode(201);
        api().get("/api/v1/agencies/{code}/applications", agency).then().statusCode(200)
                .body("items.trackingNumber", equalTo(List.of("O-1", "O-2")));
    }

    private static void assertUnavailable(Response response) {
        TestData.problem(response.then(), 503)
                .header("Retry-After", "5")
                .body("type", equalTo(ProblemTypes.SERVICE_UNAVAILABLE));
        assertTrue(response.getTime() < FAST_MILLIS, "answered in " + response.getTime() + " ms");
    }

    /** Takes the database away ("down") or brings it back ("up"). */
    private static void database(String operation) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(DatabaseProxyResource.NAME), operation,
                    null, null);
        } catch (JMException e) {
            throw new AssertionError("the database proxy did not " + operation, e);
        }
    }
}
