package cn.govdisclosure.ledger;

import static cn.govdisclosure.TestData.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.govdisclosure.TestData;

/**
 * Events posted at the same moment on one application, without {@code If-Match}: a lost optimistic-locking race
 * is retried against the winner's state, never answered 412 (a precondition nobody sent).
 */
@QuarkusTest
class ConcurrentEventsTest {

    private static final String EVENTS = "/api/v1/agencies/{code}/applications/{number}/events";

    @Test
    void theSameConclusionSentTenTimesAtOnceIsRecordedOnceAndAnsweredAsARepeat() throws Exception {
        String agency = TestData.agency();
        TestData.record(agency, "CE-1", "2020-05-06", "NATURAL_PERSON", null, null);
        Map<String, Object> conclusion = new LinkedHashMap<>();
        conclusion.put("type", "CONCLUDED");
        conclusion.put("date", "2020-05-20");
        conclusion.put("outcome", "GRANTED");

        List<Integer> statuses = TestData.concurrently(10, () -> api().contentType(ContentType.JSON)
                .body(conclusion).post(EVENTS, agency, "CE-1").statusCode());

        Map<Integer, Long> counted = statuses.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(Map.of(201, 1L, 200, 9L), counted, statuses.toString());
        api().get("/api/v1/agencies/{code}/applications/{number}", agency, "CE-1").then().statusCode(200)
                .body("outcome", equalTo("GRANTED"))
                .body("events.findAll { it.type == 'CONCLUDED' }", hasSize(1));
    }

    @Test
    void differentEventsAtOnceAreAllAppliedInTurnOrRefusedAsConflicts() throws Exception {
        String agency = TestData.agency();
        TestData.record(agency, "CE-2", "2020-05-06", "NATURAL_PERSON", null, null);
        Map<String, Object> extension = new LinkedHashMap<>();
        extension.put("type", "EXTENDED");
        extension.put("date", "2020-05-25");
        extension.put("workingDays", 20);
        extension.put("approvedBy", "办公室主任");

        // an extension may be granted once: of eight concurrent ones, one is recorded and the others are
        // refused by the timeline's rules once they see it (409), whatever the interleaving
        List<Integer> statuses = TestData.concurrently(8, () -> api().contentType(ContentType.JSON)
                .body(extension).post(EVENTS, agency, "CE-2").statusCode());

        Map<Integer, Long> counted = statuses.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, 7L), counted, statuses.toString());
        api().get("/api/v1/agencies/{code}/applications/{number}", agency, "CE-2").then().statusCode(200)
                .body("events.findAll { it.type == 'EXTENDED' }", hasSize(1));
    }
}
