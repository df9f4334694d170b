package cn.govdisclosure.calendar;

import static cn.govdisclosure.TestData.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The calendar kept in memory is never older than the database: a year replaced through the API is seen by the
 * next read even when the replacements follow each other within one second, and a replacement committed by another
 * replica (here: another connection) is seen too.
 */
@QuarkusTest
class CalendarCacheTest {

    /** Monday 1 March 2038, a working day unless a notice says otherwise. */
    private static final LocalDate MONDAY = LocalDate.of(2038, 3, 1);

    @Inject
    CalendarService calendars;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyReplacementOfAYearIsSeenByTheNextRead() {
        String etag = api().contentType(ContentType.JSON).body(notice()).put("/api/v1/calendar/2038").then()
                .statusCode(200).extract().header("ETag");
        assertTrue(isWorkingDay(MONDAY));
        Set<String> etags = new HashSet<>(Set.of(etag));
        // replacements in quick succession, most of them within the second of the one before
        for (int round = 0; round < 6; round++) {
            boolean holiday = round % 2 == 0;
            etag = api().contentType(ContentType.JSON).header("If-Match", etag)
                    .body(holiday ? notice(MONDAY) : notice()).put("/api/v1/calendar/2038").then().statusCode(200)
                    .extract().header("ETag");
            assertTrue(etags.add(etag), "each replacement has a version of its own: " + etags + " and " + etag);
            assertEquals(!holiday, isWorkingDay(MONDAY), "round " + round);
        }
    }

    @Test
    void aYearReplacedByAnotherReplicaIsSeenByTheNextRead() throws SQLException {
        LocalDate tuesday = LocalDate.of(2039, 3, 1);
        api().contentType(ContentType.JSON).body(notice()).put("/api/v1/calendar/2039").then().statusCode(200);
        assertTrue(isWorkingDay(tuesday));

        // what another replica's replacement commits: the days, and the year's version moved
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement day = connection.prepareStatement("INSERT INTO calendar_day "
                    + "(notice_year, calendar_date, kind, name) VALUES (2039, '2039-03-01', 'HOLIDAY', '假想假日')");
                    PreparedStatement year = connection.prepareStatement(
                            "UPDATE calendar_year SET version = version + 1 WHERE notice_year = 2039")) {
                day.executeUpdate();
                year.executeUpdate();
            }
            connection.commit();
        }
        assertFalse(isWorkingDay(tuesday));
        assertEquals("假想假日", api().get("/api/v1/calendar/2039").then().statusCode(200).extract().jsonPath()
                .getString("holidays[0].name"));
    }

    private boolean isWorkingDay(LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> calendars.calendar().isWorkingDay(day));
    }

    private static Map<String, Object> notice(LocalDate... holidays) {
        return Map.of("holidays", holidays.length == 0 ? List.of()
                : List.of(Map.of("name", "假想假日", "dates", List.of(holidays).stream().map(LocalDate::toString).toList())),
                "makeupWorkdays", List.of());
    }
}
