package cn.govdisclosure.ledger;

import static cn.govdisclosure.TestData.api;
import static cn.govdisclosure.TestData.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.govdisclosure.TestData;

/** Deadlines, the timeline's rules, the calendar, the work queue and timeliness, through the API. */
@QuarkusTest
class DeadlinesApiTest {

    private static final String ENTRY = "/api/v1/agencies/{code}/applications/{number}";

    private static ValidatableResponse event(String agency, String number, Map<String, Object> event) {
        return api().contentType(ContentType.JSON).body(event)
                .post("/api/v1/agencies/{code}/applications/{number}/events", agency, number).then();
    }

    private static Map<String, Object> event(String type, String date, Object... fields) {
        Map<String, Object> event = new HashMap<>(Map.of("type", type, "date", date));
        for (int i = 0; i < fields.length; i += 2) {
            event.put((String) fields[i], fields[i + 1]);
        }
        return event;
    }

    @Test
    void theOfficialCalendarIsSeededAndReadable() {
        as("viewer", TestData.agency()).get("/api/v1/calendar/2020").then().statusCode(200)
                .body("year", equalTo(2020))
                .body("holidays.find { it.name == '国庆节、中秋节' }.dates", contains("2020-10-01", "2020-10-02",
                        "2020-10-03", "2020-10-04", "2020-10-05", "2020-10-06", "2020-10-07", "2020-10-08"))
                .body("holidays.find { it.name == '春节' }.dates.size()", equalTo(10))
                .body("makeupWorkdays.date", contains("2020-01-19", "2020-04-26", "2020-05-09", "2020-06-28",
                        "2020-09-27", "2020-10-10"));
        api().get("/api/v1/calendar/2031").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/calendar/2020").then().statusCode(401);
        as("viewer", TestData.agency()).contentType(ContentType.JSON)
                .body(Map.of("holidays", List.of(), "makeupWorkdays", List.of())).put("/api/v1/calendar/2040").then()
                .statusCode(403);
    }

    @Test
    void aCorrectionStopsAndRestartsTheClock() {
        String agency = TestData.agency();
        TestData.record(agency, "C-1", "2020-03-02", "NATURAL_PERSON", null, null);
        api().get(ENTRY, agency, "C-1").then().body("deadline.dueDate", equalTo("2020-03-30"))
                .body("deadline.status", equalTo("OPEN"));

        event(agency, "C-1", event("CORRECTION_REQUESTED", "2020-03-04", "deadline", "2020-03-18")).statusCode(201)
                .body("deadline.status", equalTo("AWAITING_CORRECTION")).body("deadline.dueDate", nullValue())
                .body("deadline.workingDaysUsed", equalTo(2));
        event(agency, "C-1", event("CORRECTION_RECEIVED", "2020-03-10")).statusCode(201)
                .body("deadline.status", equalTo("OPEN")).body("deadline.dueDate", equalTo("2020-04-08"))
                .body("events.type", contains("CORRECTION_REQUESTED", "CORRECTION_RECEIVED"))
                .body("events[0].deadline", equalTo("2020-03-18"));
        // a second request for corrections is not allowed (art. 30: once, for everything)
        event(agency, "C-1", event("CORRECTION_REQUESTED", "2020-03-11", "deadline", "2020-03-20")).statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void impossibleSequencesAreRefused() {
        String agency = TestData.agency();
        TestData.record(agency, "S-1", "2020-06-01", "NATURAL_PERSON", null, null);
        event(agency, "S-1", event("CONSULTATION_ENDED", "2020-06-03")).statusCode(409)
                .body("detail", equalTo("Application S-1: No consultation was started"));
        event(agency, "S-1", event("EXTENDED", "2020-06-20", "workingDays", 20, "approvedBy", "王主任")).statusCode(201)
                .body("deadline.dueDate", equalTo("2020-07-28")).body("deadline.workingDaysAllowed", equalTo(40));
        event(agency, "S-1", event("EXTENDED", "2020-06-22", "workingDays", 5, "approvedBy", "王主任")).statusCode(409)
                .body("detail", equalTo("Application S-1: The reply period can be extended only once (art. 33)"));
        event(agency, "S-1", event("CONSULTATION_STARTED", "2020-06-19", "counterpart", "THIRD_PARTY"))
                .statusCode(409);
        event(agency, "S-1", event("CONSULTATION_STARTED", "2020-05-30", "counterpart", "THIRD_PARTY"))
                .statusCode(400).body("errors[0].field", equalTo("date"));
        event(agency, "S-1", event("EXTENDED", "2020-06-22", "workingDays", 21, "approvedBy", "x")).statusCode(400)
                .body("errors[0].field", equalTo("workingDays"));
        event(agency, "S-1", event("CONSULTATION_STARTED", "2020-06-22")).statusCode(400)
                .body("errors[0].field", equalTo("counterpart"));
        event(agency, "S-1", event("CONCLUDED", "2020-06-30", "outcome", "OTHER_NO_CORRECTION")).statusCode(409);
        event(agency, "S-1", event("CONCLUDED", "2020-07-01", "outcome", "GRANTED")).statusCode(201)
                .body("deadline.status", equalTo("CONCLUDED")).body("deadline.concludedOnTime", equalTo(true));
        event(agency, "S-1", event("FEE_NOTICE_SENT", "2020-07-02", "feeAmount", "100", "deadline", "2020-07-20"))
                .statusCode(409).body("detail", equalTo("Application S-1 is concluded; no event can follow its "
                        + "conclusion (correct a mistaken conclusion with PUT)"));
    }

    @Test
    void aFeeIsADecimalStringInAndOut() {
        String agency = TestData.agency();
        TestData.record(agency, "F-1", "2021-03-01", "NATURAL_PERSON", null, null);
        for (Object amount : new Object[] {12.5, 12, "12.555", "-3", "1e3", "12,50", " 12.50"}) {
            event(agency, "F-1", event("FEE_NOTICE_SENT", "2021-03-03", "feeAmount", amount, "deadline", "2021-03-17"))
                    .statusCode(400).body("errors.field", contains("feeAmount"))
                    .body("errors[0].message", equalTo("must be an amount as a decimal string with at most 2 "
                            + "decimals, such as \"12.50\""));
        }
        String body = event(agency, "F-1", event("FEE_NOTICE_SENT", "2021-03-03", "feeAmount", "12.50", "deadline",
                "2021-03-17")).statusCode(201).extract().asString();
        assertTrue(body.contains("\"feeAmount\":\"12.50\""), body);
        String read = api().get("/api/v1/agencies/{code}/applications/F-1", agency).then().statusCode(200).extract()
                .asString();
        assertTrue(read.contains("\"type\":\"FEE_NOTICE_SENT\",\"date\":\"2021-03-03\",\"deadline\":\"2021-03-17\","
                + "\"feeAmount\":\"12.50\""), read);
    }

    @Test
    void abandonmentAndWithdrawalConcludeWithTheRightOutcome() {
        String agency = TestData.agency();
        TestData.record(agency, "A-1", "2021-03-01", "NATURAL_PERSON", null, null);
        event(agency, "A-1", event("FEE_NOTICE_SENT", "2021-03-03", "feeAmount", "300.00", "deadline", "2021-03-17"))
                .statusCode(201).body("deadline.status", equalTo("AWAITING_FEE"));
        event(agency, "A-1", event("CONCLUDED", "2021-03-17", "outcome", "OTHER_FEE_UNPAID")).statusCode(409)
                .body("detail", equalTo("Application A-1: The applicant may pay until 2021-03-17; the application is "
                        + "abandoned only after that day"));
        event(agency, "A-1", event("CONCLUDED", "2021-03-18", "outcome", "OTHER_FEE_UNPAID")).statusCode(201)
                .body("outcome", equalTo("OTHER_FEE_UNPAID")).body("status", equalTo("CONCLUDED"))
                .body("deadline.concludedOnTime", equalTo(true)).body("deadline.workingDaysUsed", equalTo(2));

        TestData.record(agency, "W-1", "2021-03-01", "NATURAL_PERSON", null, null);
        event(agency, "W-1", event("WITHDRAWN", "2021-03-05")).statusCode(201).body("outcome", equalTo("OTHER"))
                .body("concludedDate", equalTo("2021-03-05")).body("deadline.status", equalTo("CONCLUDED"));
        api().get("/api/v1/agencies/{code}/statistics/2021", agency).then().statusCode(200)
                .body("applications.rows.find { it.code == 'OTHER_FEE_UNPAID' }.values[6]", equalTo(1))
                .body("applications.rows.find { it.code == 'OTHER' }.values[6]", equalTo(1));
    }

    @Test
    void overdueFilterDueBeforeAndTheWorkQueue() {
        String district = TestData.agency();
        String department = TestData.agency("某局", "DEPARTMENT", district);
        TestData.record(district, "LATE", "2020-09-25", "NATURAL_PERSON", null, null);
        TestData.record(district, "DONE", "2020-09-25", "NATURAL_PERSON", "GRANTED", "2020-10-10");
        TestData.record(department, "PAUSED", "2020-09-01", "NATURAL_PERSON", null, null);
        event(department, "PAUSED", event("CONSULTATION_STARTED", "2020-09-02", "counterpart", "OTHER_AGENCY"))
                .statusCode(201);
        TestData.record(department, "EARLY", "2020-09-01", "COMMERCIAL_ENTERPRISE", null, null);

        api().get("/api/v1/agencies/{code}/applications?overdue=true", district).then().statusCode(200)
                .body("items.trackingNumber", contains("LATE"))
                .body("items[0].deadline.dueDate", equalTo("2020-10-29"))
                .body("items[0].deadline.overdue", equalTo(true));
        api().get("/api/v1/agencies/{code}/applications?overdue=false", district).then()
                .body("items.trackingNumber", contains("DONE"));
        api().get("/api/v1/agencies/{code}/applications?dueBefore=2020-10-29", district).then()
                .body("totalItems", equalTo(0));
        api().get("/api/v1/agencies/{code}/applications?dueBefore=2020-10-30", district).then()
                .body("items.trackingNumber", contains("LATE"));
        api().get("/api/v1/agencies/{code}/applications?overdue=maybe", district).then().statusCode(400)
                .body("errors[0].field", equalTo("overdue"));

        // EARLY (1 Sep: day 19 is the make-up Sunday 27 Sep, day 20 is 28 Sep) first,
        // then LATE; PAUSED has no due date and comes last
        api().get("/api/v1/agencies/{code}/work-queue?scope=subtree", district).then().statusCode(200)
                .body("items.trackingNumber", contains("EARLY", "LATE", "PAUSED"))
                .body("items.agencyCode", contains(department, district, department))
                .body("items[0].deadline.dueDate", equalTo("2020-09-28"))
                .body("items[2].deadline.status", equalTo("IN_CONSULTATION"))
                .body("items[0].applicant.name", equalTo("王**"));
        api().get("/api/v1/agencies/{code}/work-queue", district).then()
                .body("items.trackingNumber", contains("LATE"));
    }

    @Test
    void replacingACalendarYearMovesTheDueDatesThatDependOnIt() {
        String agency = TestData.agency();
        TestData.record(agency, "Y-1", "2018-12-20", "NATURAL_PERSON", null, null);
        api().get(ENTRY, agency, "Y-1").then().body("deadline.dueDate", nullValue())
                .body("deadline.calendarMissingYears", contains(2018));

        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("holidays", List.of(Map.of("name", "元旦", "dates", List.of("2018-01-01"))));
        notice.put("makeupWorkdays", List.of());
        String etag = api().contentType(ContentType.JSON).body(notice).put("/api/v1/calendar/2018").then()
                .statusCode(200).body("year", equalTo(2018)).extract().header("ETag");
        // 21 Dec day 1 ... 28 Dec day 6, Sat 29 Dec a make-up day (7), 30 Dec - 1 Jan off, 2 Jan day 8 ... 18 Jan day 20
        api().get(ENTRY, agency, "Y-1").then().body("deadline.dueDate", equalTo("2019-01-18"))
                .body("deadline.calendarMissingYears", nullValue());

        notice.put("holidays", List.of(Map.of("name", "元旦", "dates", List.of("2018-01-01")),
                Map.of("name", "假想假日", "dates", List.of("2018-12-24"))));
        api().contentType(ContentType.JSON).body(notice).put("/api/v1/calendar/2018").then().statusCode(428);
        api().contentType(ContentType.JSON).header("If-Match", etag).body(notice).put("/api/v1/calendar/2018").then()
                .statusCode(200).body("holidays.name", contains("元旦", "假想假日"));
        api().get(ENTRY, agency, "Y-1").then().body("deadline.dueDate", equalTo("2019-01-21"));
        // the stored due date followed too: the list filters on it
        api().get("/api/v1/agencies/{code}/applications?dueBefore=2019-01-21", agency).then()
                .body("totalItems", equalTo(0));
        api().get("/api/v1/agencies/{code}/applications?dueBefore=2019-01-22", agency).then()
                .body("items[0].deadline.dueDate", equalTo("2019-01-21"));

        Map<String, Object> bad = Map.of("holidays", List.of(Map.of("name", "x", "dates", List.of("2018-12-30"))),
                "makeupWorkdays", List.of(Map.of("name", "y", "date", "2018-12-19")));
        api().contentType(ContentType.JSON).header("If-Match", "*").body(bad).put("/api/v1/calendar/2018").then()
                .statusCode(400).body("errors[0].field", equalTo("makeupWorkdays[0].date"));
    }

    @Test
    void timelinessFiguresOfTheYear() {
        String agency = TestData.agency();
        TestData.record(agency, "T-1", "2020-09-25", "NATURAL_PERSON", "GRANTED", "2020-10-29");
        TestData.record(agency, "T-2", "2020-09-25", "NATURAL_PERSON", "GRANTED", "2020-10-30");
        TestData.record(agency, "T-3", "2020-03-02", "COMMERCIAL_ENTERPRISE", "GRANTED", "2020-03-02");
        TestData.record(agency, "T-4", "2020-03-02", "NATURAL_PERSON", "UNAVAILABLE_NOT_HELD", "2020-03-09");
        TestData.record(agency, "T-5", "2020-06-01", "NATURAL_PERSON", "GRANTED", "2020-06-16");

        var timeliness = api().get("/api/v1/agencies/{code}/statistics/2020", agency).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(4, timeliness.getInt("timeliness.concludedOnTime"));
        assertEquals(1, timeliness.getInt("timeliness.concludedLate"));
        assertEquals(0, timeliness.getInt("timeliness.concludedUncounted"));
        assertEquals(80.00f, timeliness.getFloat("timeliness.timelinessRatePercent"));
        assertEquals(11, timeliness.getInt("timeliness.medianWorkingDays"));
        assertEquals(21, timeliness.getInt("timeliness.p90WorkingDays"));
        assertEquals(List.of("0", "1-5", "6-10", "11-15", "16-20", "21-30", "31-40", "over 40"),
                timeliness.getList("timeliness.workingDaysHistogram.label"));
        assertEquals(List.of(1, 1, 0, 1, 1, 1, 0, 0), timeliness.getList("timeliness.workingDaysHistogram.count"));
        assertEquals(5, timeliness.getInt("timeliness.receivedByChannel.ONLINE"));
        assertEquals(0, timeliness.getInt("timeliness.receivedByChannel.POST"));
        assertEquals(4, timeliness.getInt("timeliness.receivedByApplicantType.NATURAL_PERSON"));
        assertEquals(1, timeliness.getInt("timeliness.receivedByApplicantType.COMMERCIAL_ENTERPRISE"));
    }
}
