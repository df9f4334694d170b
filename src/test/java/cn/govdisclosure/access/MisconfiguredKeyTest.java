package cn.govdisclosure.access;

import static cn.govdisclosure.TestData.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.govdisclosure.TestData;

/**
 * Personal data stored under a key the deployment no longer configures cannot be read: the answer is a 503 problem
 * that names the cause as the service's settings (not a 500 with a stack trace), and the rest of the ledger, without
 * personal data, still answers.
 */
@QuarkusTest
class MisconfiguredKeyTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void personalDataUnderAnUnconfiguredKeyIsAnsweredAsAMisconfiguration() throws SQLException {
        String agency = TestData.agency();
        api().contentType(ContentType.JSON)
                .body(TestData.application("K-1", "2021-03-01", "NATURAL_PERSON", null, null))
                .post("/api/v1/agencies/{code}/applications", agency).then().statusCode(201);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE disclosure_application SET applicant_phone = 'retired:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'"
                                + " WHERE tracking_number = 'K-1' AND agency_id = (SELECT id FROM agency WHERE code = ?)")) {
            update.setString(1, agency);
            update.executeUpdate();
        }

        api().get("/api/v1/agencies/{code}/applications/K-1", agency).then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:govdisclosure:problem:misconfigured"))
                .body("detail", equalTo("The service cannot answer this request until its operator corrects its settings"))
                .body(not(containsString("retired")));
        api().get("/api/v1/agencies/{code}/statistics/2021", agency).then().statusCode(200);
    }
}
