package cn.govdisclosure.ledger;

import static cn.govdisclosure.TestData.api;
import static cn.govdisclosure.TestData.as;
import static cn.govdisclosure.TestData.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.govdisclosure.TestData;
import cn.govdisclosure.calendar.OfficialCalendar;
import cn.govdisclosure.calendar.WorkingDayCalendar;

/**
 * The dashboard of a ledger: open applications by deadline status, overdue and due within five working days of
 * today, concluded this month, and a year's intake by month, channel and applicant type, with exact counts for the
 * agency alone and its subtree; its ETag and 304; who may read it.
 */
@QuarkusTest
class DashboardTest {

    private static final String DASHBOARD = "/api/v1/agencies/{code}/dashboard";
    private static final WorkingDayCalendar CALENDAR = OfficialCalendar.load();
    private static final DeadlineCalculator DEADLINES = new DeadlineCalculator(DeadlineRules.STATUTORY);

    private static String district;
    private static String department;
    private static LocalDate today;
    private static LocalDate dueSoonThrough;
    /** The year the due-soon window could not reach (its calendar is not loaded), if any. */
    private static List<Integer> windowMissingYears = List.of();
    /** Receipt days of the open applications of the district recorded here, to count this year's intake. */
    private static final List<LocalDate> districtReceivedNow = new ArrayList<>();
    private static final List<LocalDate> departmentReceivedNow = new ArrayList<>();

    @BeforeEach
    void ledgers() {
        if (district != null) {
            return;
        }
        today = TestData.today();
        dueSoonThrough = workingDaysAfter(today, 5);
        district = TestData.agency("看板区人民政府", "GOVERNMENT", null);
        department = TestData.agency("看板区教育局", "DEPARTMENT", district);

        // the district: one overdue, one due within the window, one due later, one of each stopped clock
        LocalDate overdueReceipt = today.minusDays(60);
        assertTrue(due(overdueReceipt).isBefore(today));
        open(district, "D-OVERDUE", overdueReceipt, "ONLINE", "NATURAL_PERSON");
        LocalDate soonReceipt = receiptDueWithinWindow();
        open(district, "D-SOON", soonReceipt, "POST", "COMMERCIAL_ENTERPRISE");
        // due after the window, or (late in December, before next year's calendar is loaded) not computable yet
        assertTrue(due(today) == null || due(today).isAfter(dueSoonThrough));
        open(district, "D-LATER", today, "ONLINE", "NATURAL_PERSON");
        open(district, "D-CORRECT", today.minusDays(3), "IN_PERSON", "NATURAL_PERSON");
        event(district, "D-CORRECT", Map.of("type", "CORRECTION_REQUESTED", "date", today.minusDays(3).toString(),
                "deadline", today.plusDays(10).toString()));
        open(district, "D-CONSULT", today.minusDays(4), "ONLINE", "LEGAL_SERVICE_INSTITUTION");
        event(district, "D-CONSULT", Map.of("type", "CONSULTATION_STARTED", "date", today.minusDays(2).toString(),
                "counterpart", "THIRD_PARTY"));
        open(district, "D-FEE", today.minusDays(5), "EMAIL", "NATURAL_PERSON");
        event(district, "D-FEE", Map.of("type", "FEE_NOTICE_SENT", "date", today.minusDays(1).toString(),
                "feeAmount", "100.00", "deadline", today.plusDays(15).toString()));
        // concluded this month (today), concluded last month, withdrawn today
        concluded(district, "D-DONE", today.minusDays(7), today, "ONLINE", "NATURAL_PERSON");
        LocalDate lastMonth = today.withDayOfMonth(1).minusDays(1);
        concluded(district, "D-DONE-BEFORE", lastMonth.minusDays(3), lastMonth, "ONLINE", "NATURAL_PERSON");
        open(district, "D-WITHDRAWN", today.minusDays(2), "FAX", "OTHER_ORGANIZATION");
        event(district, "D-WITHDRAWN", Map.of("type", "WITHDRAWN", "date", today.toString()));
        // the department: one overdue and one due within the window
        open(department, "E-OVERDUE", today.minusDays(90), "ONLINE", "RESEARCH_INSTITUTION");
        open(department, "E-SOON", soonReceipt, "ONLINE", "NATURAL_PERSON");

        // 2025's intake, concluded in 2025
        concluded(district, "Y-1", LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 20), "ONLINE", "NATURAL_PERSON");
        concluded(district, "Y-2", LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 5), "POST", "COMMERCIAL_ENTERPRISE");
        concluded(district, "Y-3", LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 5), "ONLINE", "NATURAL_PERSON");
        concluded(district, "Y-4", LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 9), "ONLINE", "RESEARCH_INSTITUTION");
        concluded(district, "Y-5", LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 6), "IN_PERSON", "NATURAL_PERSON");
        concluded(district, "Y-0", LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 6), "ONLINE", "NATURAL_PERSON");
        concluded(department, "Z-1", LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 20), "IN_PERSON",
                "RESEARCH_INSTITUTION");
    }

    @Test
    void theAgencyAloneCountsItsOwnOpenApplicationsByDeadlineState() {
        JsonPath body = api().get(DASHBOARD, district).then().statusCode(200)
                .contentType(ContentType.JSON)
                .header("Cache-Control", "private, no-store")
                .extract().jsonPath();
        assertEquals(district, body.getString("agencyCode"));
        assertEquals("AGENCY", body.getString("scope"));
        assertEquals(today.toString(), body.getString("asOf"));
        assertEquals(today.getYear(), body.getInt("year"));
        assertEquals(6, body.getLong("open"));
        assertEquals(Map.of("OPEN", 3, "AWAITING_CORRECTION", 1, "IN_CONSULTATION", 1, "AWAITING_FEE", 1),
                body.getMap("openByDeadlineStatus"));
        assertEquals(1, body.getLong("overdue"));
        assertEquals(5, body.getInt("dueSoon.workingDays"));
        assertEquals(dueSoonThrough.toString(), body.getString("dueSoon.through"));
        assertEquals(1, body.getLong("dueSoon.count"));
        assertEquals(today.withDayOfMonth(1).toString(), body.getString("concludedThisMonth.from"));
        assertEquals(today.withDayOfMonth(today.lengthOfMonth()).toString(), body.getString("concludedThisMonth.to"));
        // D-DONE and the withdrawal, both today
        assertEquals(2, body.getLong("concludedThisMonth.count"));
        assertEquals(windowMissingYears, body.getList("calendarMissingYears"));

        // this year's intake: the applications received this year, month by month
        assertEquals(12, body.getList("receivedByMonth").size());
        for (int month = 1; month <= 12; month++) {
            int m = month;
            long expected = districtReceivedNow.stream()
                    .filter(day -> day.getYear() == today.getYear() && day.getMonthValue() == m).count();
            assertEquals(m, body.getInt("receivedByMonth[" + (m - 1) + "].month"));
            assertEquals(expected, body.getLong("receivedByMonth[" + (m - 1) + "].total"), "month " + m);
        }
    }

    @Test
    void theSubtreeAddsTheAgenciesBelow() {
        JsonPath body = api().queryParam("scope", "subtree").get(DASHBOARD, district).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("SUBTREE", body.getString("scope"));
        assertEquals(8, body.getLong("open"));
        assertEquals(Map.of("OPEN", 5, "AWAITING_CORRECTION", 1, "IN_CONSULTATION", 1, "AWAITING_FEE", 1),
                body.getMap("openByDeadlineStatus"));
        assertEquals(2, body.getLong("overdue"));
        assertEquals(2, body.getLong("dueSoon.count"));
        assertEquals(2, body.getLong("concludedThisMonth.count"));
        long thisYear = departmentReceivedNow.stream().filter(day -> day.getYear() == today.getYear()).count()
                + districtReceivedNow.stream().filter(day -> day.getYear() == today.getYear()).count();
        long counted = 0;
        for (int month = 0; month < 12; month++) {
            counted += body.getLong("receivedByMonth[" + month + "].total");
        }
        assertEquals(thisYear, counted);
    }

    @Test
    void aYearsIntakeIsCountedByMonthChannelAndApplicantType() {
        JsonPath agency = api().queryParam("year", 2025).get(DASHBOARD, district).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2025, agency.getInt("year"));
        List<Long> totals = new ArrayList<>();
        for (int month = 0; month < 12; month++) {
            totals.add(agency.getLong("receivedByMonth[" + month + "].total"));
        }
        assertEquals(List.of(3L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L), totals);
        assertEquals(channels(0, 1, 2, 0, 0, 0), agency.getMap("receivedByMonth[0].byChannel"));
        assertEquals(types(2, 1, 0, 0, 0, 0), agency.getMap("receivedByMonth[0].byApplicantType"));
        assertEquals(channels(0, 0, 0, 0, 0, 0), agency.getMap("receivedByMonth[1].byChannel"));
        assertEquals(channels(0, 0, 1, 0, 0, 0), agency.getMap("receivedByMonth[2].byChannel"));
        assertEquals(types(0, 0, 1, 0, 0, 0), agency.getMap("receivedByMonth[2].byApplicantType"));
        assertEquals(channels(1, 0, 0, 0, 0, 0), agency.getMap("receivedByMonth[11].byChannel"));
        assertEquals(types(1, 0, 0, 0, 0, 0), agency.getMap("receivedByMonth[11].byApplicantType"));

        JsonPath subtree = api().queryParam("year", 2025).queryParam("scope", "SUBTREE").get(DASHBOARD, district)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(2, subtree.getLong("receivedByMonth[2].total"));
        assertEquals(channels(1, 0, 1, 0, 0, 0), subtree.getMap("receivedByMonth[2].byChannel"));
        assertEquals(types(0, 0, 2, 0, 0, 0), subtree.getMap("receivedByMonth[2].byApplicantType"));
        assertEquals(3, subtree.getLong("receivedByMonth[0].total"));
    }

    @Test
    void anUnchangedDashboardAnswers304AndAChangeGivesANewTag() {
        String tag = api().queryParam("year", 2025).get(DASHBOARD, department).then().statusCode(200)
                .extract().header("ETag");
        assertTrue(tag.startsWith("\""), tag);
        api().queryParam("year", 2025).header("If-None-Match", tag).get(DASHBOARD, department).then()
                .statusCode(304).header("ETag", tag).header("Cache-Control", "private, no-store");

        concluded(department, "Z-2", LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 9), "ONLINE", "NATURAL_PERSON");
        String changed = api().queryParam("year", 2025).header("If-None-Match", tag).get(DASHBOARD, department).then()
                .statusCode(200).body("receivedByMonth[5].total", equalTo(1)).extract().header("ETag");
        assertNotEquals(tag, changed);
    }

    @Test
    void readersOfTheAgencyMayReadItOthersMayNot() {
        as("viewer", district).get(DASHBOARD, department).then().statusCode(200).body("open", equalTo(2));
        String other = TestData.agency();
        problem(as("clerk", other).get(DASHBOARD, district).then(), 403);
        problem(as("viewer", department).queryParam("scope", "SUBTREE").get(DASHBOARD, district).then(), 403);
        given().get(DASHBOARD, district).then().statusCode(401);
        problem(api().get(DASHBOARD, "NO-SUCH-AGENCY").then(), 404);
    }

    @Test
    void badParametersAre400Problems() {
        problem(api().queryParam("year", 1800).get(DASHBOARD, district).then(), 400)
                .body("errors[0].field", equalTo("year"));
        problem(api().queryParam("year", "2025x").get(DASHBOARD, district).then(), 400)
                .body("errors[0].field", equalTo("year"));
        problem(api().queryParam("scope", "EVERYTHING").get(DASHBOARD, district).then(), 400)
                .body("errors[0].field", equalTo("scope"));
        problem(api().queryParam("month", 3).get(DASHBOARD, district).then(), 400)
                .body("errors[0].field", equalTo("month"));
    }

    private static Map<String, Object> channels(int inPerson, int post, int online, int fax, int email, int other) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("IN_PERSON", inPerson);
        counts.put("POST", post);
        counts.put("ONLINE", online);
        counts.put("FAX", fax);
        counts.put("EMAIL", email);
        counts.put("OTHER", other);
        return counts;
    }

    private static Map<String, Object> types(int person, int enterprise, int research, int welfare, int legal,
            int other) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("NATURAL_PERSON", person);
        counts.put("COMMERCIAL_ENTERPRISE", enterprise);
        counts.put("RESEARCH_INSTITUTION", research);
        counts.put("SOCIAL_WELFARE_ORGANIZATION", welfare);
        counts.put("LEGAL_SERVICE_INSTITUTION", legal);
        counts.put("OTHER_ORGANIZATION", other);
        return counts;
    }

    /** The latest receipt day whose due date falls from today through the fifth working day after it. */
    private static LocalDate receiptDueWithinWindow() {
        for (LocalDate day = today; day.isAfter(today.minusDays(60)); day = day.minusDays(1)) {
            LocalDate due = due(day);
            if (due != null && !due.isBefore(today) && !due.isAfter(dueSoonThrough)) {
                return day;
            }
        }
        throw new AssertionError("no receipt day is due within the window");
    }

    private static LocalDate due(LocalDate received) {
        return DEADLINES.compute(received, List.of(), today, CALENDAR).dueDate();
    }

    /**
     * The fifth working day after the day, as the dashboard counts it: in late December the window may reach a year
     * whose calendar is not loaded; it then ends with the last working day loaded and names that year.
     */
    private static LocalDate workingDaysAfter(LocalDate day, int count) {
        LocalDate current = day;
        LocalDate through = day;
        for (int counted = 0; counted < count; ) {
            current = current.plusDays(1);
            if (!CALENDAR.covers(current)) {
                windowMissingYears = List.of(current.getYear());
                return through;
            }
            if (CALENDAR.isWorkingDay(current)) {
                counted++;
                through = current;
            }
        }
        return through;
    }

    private static void open(String agency, String trackingNumber, LocalDate received, String channel, String type) {
        record(agency, trackingNumber, received, null, channel, type);
    }

    private static void concluded(String agency, String trackingNumber, LocalDate received, LocalDate concluded,
            String channel, String type) {
        record(agency, trackingNumber, received, concluded, channel, type);
    }

    private static void record(String agency, String trackingNumber, LocalDate received, LocalDate concluded,
            String channel, String type) {
        Map<String, Object> entry = TestData.application(trackingNumber, received.toString(), type,
                concluded == null ? null : "GRANTED", concluded == null ? null : concluded.toString());
        entry.put("channel", channel);
        TestData.record(agency, entry);
        (agency.equals(district) ? districtReceivedNow : departmentReceivedNow).add(received);
    }

    private static void event(String agency, String trackingNumber, Map<String, Object> event) {
        api().contentType(ContentType.JSON).body(event)
                .post("/api/v1/agencies/{code}/applications/{number}/events", agency, trackingNumber).then()
                .statusCode(201);
    }
}
