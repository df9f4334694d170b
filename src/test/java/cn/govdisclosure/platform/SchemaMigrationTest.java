package cn.govdisclosure.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The start-up migration reads the changelog's change sets exactly as Liquibase records them, so that a database
 * migrated by Liquibase is recognised as up to date (and Liquibase is not started again), and a change set not yet
 * recorded is noticed.
 */
@QuarkusTest
class SchemaMigrationTest {

    @Inject
    SchemaMigration migration;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theMigratedTestDatabaseIsUpToDateAndAnotherRunChangesNothing() throws SQLException {
        SchemaMigration.ChangeLog changeLog = migration.changeLog();
        assertFalse(changeLog.reRuns());
        // the changelog's change sets, in order, are the rows Liquibase wrote when this test run started
        assertEquals(recordedInOrder(), List.copyOf(changeLog.changeSets()));
        assertEquals(Set.of(), SchemaMigration.missing(changeLog.changeSets(), migration.recorded()));

        int before = recordedInOrder().size();
        assertFalse(migration.migrate());
        assertEquals(before, recordedInOrder().size());
    }

    @Test
    void aChangeSetNotRecordedIsMissing() {
        Set<String> wanted = migration.changeLog().changeSets();
        Set<String> recorded = new HashSet<>(wanted);
        recorded.remove("17-1-report-finding-counts::disclosure");
        recorded.add("0-withdrawn::someone");
        assertEquals(Set.of("17-1-report-finding-counts::disclosure"), SchemaMigration.missing(wanted, recorded));
        assertEquals(wanted, SchemaMigration.missing(wanted, Set.of()));
    }

    private List<String> recordedInOrder() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT ID, AUTHOR FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
            List<String> recorded = new ArrayList<>();
            while (rows.next()) {
                recorded.add(rows.getString(1) + "::" + rows.getString(2));
            }
            return recorded;
        }
    }
}
