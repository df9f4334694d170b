package cn.govdisclosure.report;

import static cn.govdisclosure.TestData.api;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

import cn.govdisclosure.ReportSteps;
import cn.govdisclosure.TestData;

/**
 * Published revisions stored by earlier versions of the service read back unchanged: each fixture is the JSON of
 * a revision exactly as the service stored it at publication (before revisions had a schema version), put into the
 * database as it was, and read through the API.
 */
@QuarkusTest
class StoredRevisionsTest {

    @Inject
    DataSource dataSource;

    @ParameterizedTest
    @CsvSource({"luojiang-2020-revision-1.json, 2020, 1", "gb2021-revision-2.json, 2021, 2"})
    void aRevisionStoredInTheFirstShapeReadsBackUnchanged(String fixture, int year, int revision)
            throws IOException, SQLException {
        String stored = read("revisions/" + fixture);
        long id = ReportSteps.create(TestData.agency(), year);
        store(id, revision, stored);

        String served = api().get("/api/v1/reports/{id}/revisions/{revision}", id, revision).then().statusCode(200)
                .contentType("application/json").extract().asString();

        assertEquals(stored, served);
    }

    private void store(long reportId, int revision, String snapshot) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into report_revision (report_id, "
                        + "revision, reason, published_date, deadline, published_late, published_by, published_at, "
                        + "snapshot) values (?, ?, null, ?, ?, true, 'an earlier version', ?, ?)")) {
            insert.setLong(1, reportId);
            insert.setInt(2, revision);
            insert.setDate(3, Date.valueOf("2022-02-10"));
            insert.setDate(4, Date.valueOf("2022-01-31"));
            insert.setTimestamp(5, Timestamp.from(Instant.parse("2022-02-10T02:00:00Z")));
            insert.setString(6, snapshot);
            insert.executeUpdate();
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = StoredRevisionsTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
