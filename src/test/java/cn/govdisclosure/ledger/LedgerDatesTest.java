package cn.govdisclosure.ledger;

import static cn.govdisclosure.TestData.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import cn.govdisclosure.TestData;

/**
 * The dates of a ledger page are the days recorded, and its times the instants recorded, whatever the service's time
 * zone: read at the edges of the calendar year under zones from UTC−10 to UTC+14, the page is the same text.
 */
@QuarkusTest
class LedgerDatesTest {

    private static final String LEDGER = "/api/v1/agencies/{code}/applications";

    @Test
    void aPageReadsTheSameDaysAndInstantsInEveryTimeZone() {
        String agency = TestData.agency();
        TestData.record(agency, "D-1", "2021-01-01", "NATURAL_PERSON", "GRANTED", "2021-12-31");
        TestData.record(agency, "D-2", "2021-12-31", "NATURAL_PERSON", null, null);
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            String page = api().get(LEDGER + "?size=200", agency).then().statusCode(200).extract().asString();
            JsonPath items = JsonPath.from(page);
            assertEquals(List.of("2021-01-01", "2021-12-31"), items.getList("items.receivedDate", String.class));
            assertEquals("2021-12-31", items.getString("items[0].concludedDate"));
            assertEquals("2021-01-29", items.getString("items[0].deadline.dueDate"));
            for (String recorded : items.getList("items.createdAt", String.class)) {
                long minutes = Duration.between(Instant.parse(recorded), Instant.now()).toMinutes();
                assertTrue(minutes >= 0 && minutes < 10, "recorded at " + recorded);
            }
            for (String other : List.of("Pacific/Kiritimati", "Asia/Shanghai", "America/Adak", "Europe/London")) {
                TimeZone.setDefault(TimeZone.getTimeZone(other));
                assertEquals(page, api().get(LEDGER + "?size=200", agency).then().statusCode(200).extract()
                        .asString(), "the page read in " + other);
                assertEquals(List.of("D-1"), api().get(LEDGER + "?receivedFrom=2021-01-01&receivedTo=2021-01-01",
                        agency).then().statusCode(200).extract().jsonPath().getList("items.trackingNumber",
                                String.class), "received on 1 January, asked in " + other);
                assertEquals(List.of("D-2"), api().get(LEDGER + "?receivedFrom=2021-12-31", agency).then()
                        .statusCode(200).extract().jsonPath().getList("items.trackingNumber", String.class),
                        "received on 31 December, asked in " + other);
            }
        } finally {
            TimeZone.setDefault(zone);
        }
    }
}
