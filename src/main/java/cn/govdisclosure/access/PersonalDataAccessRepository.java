package cn.govdisclosure.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class PersonalDataAccessRepository implements PanacheRepository<PersonalDataAccess> {

    /** More rows than a page holds; longer lists take one statement per this many. */
    static final int ROWS_PER_STATEMENT = 500;

    private static final String INSERT_ANSWER = "insert into personal_data_access (agency_id, agency_code, reader, "
            + "accessed_at) values (?, ?, ?, ?)";

    /**
     * Inserts one answer and the applications it showed, in its order, on the transaction's own connection: two
     * statements, neither of which makes the session flush the entities it holds. The applications go in one
     * multi-row statement (per {@link #ROWS_PER_STATEMENT}) whose only parameters are the tracking numbers: the
     * answer's id and the places are numbers of our own, so a row costs the driver one string to encode.
     */
    void insert(long agencyId, String agencyCode, String reader, Instant accessedAt, List<String> trackingNumbers) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            long accessId = insertAnswer(connection, agencyId, agencyCode, reader, accessedAt);
            for (int from = 0; from < trackingNumbers.size(); from += ROWS_PER_STATEMENT) {
                insertApplications(connection, accessId, trackingNumbers.subList(from,
                        Math.min(from + ROWS_PER_STATEMENT, trackingNumbers.size())), from);
            }
        });
    }

    private static long insertAnswer(Connection connection, long agencyId, String agencyCode, String reader,
            Instant accessedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ANSWER, Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, agencyId);
            insert.setString(2, agencyCode);
            insert.setString(3, reader);
            insert.setObject(4, LocalDateTime.ofInstant(accessedAt, ZoneOffset.UTC));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id generated for the personal-data access entry");
                }
                return keys.getLong(1);
            }
        }
    }

    private static void insertApplications(Connection connection, long accessId, List<String> trackingNumbers,
            int firstOrdinal) throws SQLException {
        StringBuilder sql = new StringBuilder("insert into personal_data_access_application "
                + "(access_id, ordinal, tracking_number) values ");
        for (int i = 0; i < trackingNumbers.size(); i++) {
            sql.append(i == 0 ? "(" : ", (").append(accessId).append(", ").append(firstOrdinal + i).append(", ?)");
        }
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < trackingNumbers.size(); i++) {
                insert.setString(i + 1, trackingNumbers.get(i));
            }
            insert.executeUpdate();
        }
    }
}
