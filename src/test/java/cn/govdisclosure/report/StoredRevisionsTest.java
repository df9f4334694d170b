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
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

import cn.govdisclosure.ReportSteps;
import cn.govdisclosure.TestData;

/**
 * Published revisions stored by earlier versions of the service read back unchanged (with table 四's labelled groups,
 * which are made from its values when read): each fixture is the JSON of
 * a revision exactly as the service stored it at publication (before revisions had a schema version), put into the
 * database as it was, and read through the API.
 */
@QuarkusTest
class StoredRevisionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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

        // what was stored, and beside table 四's values the same counts labelled (appeals.groups), made when read
        ObjectNode answer = (ObjectNode) JSON.readTree(served);
        for (String table : new String[] {"appeals", "computedAppeals"}) {
            ObjectNode appeals = (ObjectNode) answer.get(table);
            List<JsonNode> counts = new ArrayList<>();
            appeals.get("groups").forEach(group -> group.get("results").forEach(result -> counts.add(result.get("count"))));
            List<JsonNode> values = new ArrayList<>();
            appeals.get("values").forEach(values::add);
            assertEquals(values, counts, table);
            assertEquals(15, counts.size());
            appeals.remove("groups");
        }
        assertEquals(stored, JSON.writeValueAsString(answer));
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
