package cn.govdisclosure.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

import javax.transaction.xa.XAException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.SQLGrammarException;
import org.junit.jupiter.api.Test;

/** Which failures count as the database being out of reach (503), and which stay errors (500). */
class DatabaseOutageTest {

    private final ProblemMappers mappers = new ProblemMappers(null, new PoolPressure(null), new Languages("en"));

    @Test
    void lostAndRefusedConnectionsAreOutages() {
        SQLException lost = new SQLException("Communications link failure", "08S01");
        assertSame(lost, DatabaseOutage.cause(new JDBCConnectionException("could not execute statement", lost))
                .map(Throwable::getCause).orElseThrow());
        assertTrue(DatabaseOutage.isCauseOf(new PersistenceException("wrapped", lost)));
        assertTrue(DatabaseOutage.isCauseOf(new SQLNonTransientConnectionException("Could not create connection", "08001")));
        assertTrue(DatabaseOutage.isCauseOf(new SQLTransientConnectionException("Connection is not available")));
        assertTrue(DatabaseOutage.isCauseOf(new RuntimeException(new SQLException("Connection refused", "08S01"))));
    }

    @Test
    void aCommitThatLostItsConnectionIsAnOutage() throws Exception {
        // as Narayana reports it: the rollback exception suppresses the resource's XAException, whose cause is the
        // driver's communications failure; the exception mapper sees it wrapped once more by the bean's proxy
        SQLException lost = new SQLException("Communications link failure", "08S01");
        XAException resource = new XAException("Error trying to transactionCommit local transaction");
        resource.initCause(lost);
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(resource);
        RuntimeException proxied = new RuntimeException("Error invoking subclass method", commit);

        assertSame(lost, DatabaseOutage.cause(proxied).orElseThrow());
        Response response = mappers.unexpected(proxied, null);
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
        assertEquals("urn:govdisclosure:problem:service-unavailable", ((ApiProblem) response.getEntity()).type());
        // a commit refused for any other reason stays what it was
        assertFalse(DatabaseOutage.isCauseOf(new RuntimeException(new RollbackException("marked rollback only"))));
    }

    @Test
    void aConnectionThatCannotBeOpenedInTimeIsAnOutage() {
        SQLException acquisition = new SQLException("Acquisition timeout while waiting for new connection",
                new TimeoutException());
        assertTrue(DatabaseOutage.isCauseOf(new GenericJDBCException("Unable to acquire JDBC Connection", acquisition)));
        assertFalse(DatabaseOutage.overloadCause(acquisition).isPresent());
    }

    @Test
    void aPoolWhoseConnectionsAreAllBusyIsAnOverloadNotAnOutage() {
        SQLException exhausted = new SQLException("Sorry, acquisition timeout!");
        GenericJDBCException wrapped = new GenericJDBCException("Unable to acquire JDBC Connection", exhausted);
        assertFalse(DatabaseOutage.isCauseOf(wrapped));
        assertSame(exhausted, DatabaseOutage.overloadCause(new PersistenceException(wrapped)).orElseThrow());

        Response response = mappers.unexpected(new PersistenceException(wrapped), null);
        assertEquals(503, response.getStatus());
        assertEquals("1", response.getHeaderString("Retry-After"));
        ApiProblem problem = (ApiProblem) response.getEntity();
        assertEquals("urn:govdisclosure:problem:overloaded", problem.type());
        assertEquals("Overloaded", problem.title());
        assertEquals("Every database connection of this instance is busy; retry the request after 1 second",
                problem.detail());
    }

    @Test
    void programmingErrorsAndDataConflictsAreNotOutages() {
        assertFalse(DatabaseOutage.isCauseOf(new ConstraintViolationException("duplicate",
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062), "uq_agency_code")));
        assertFalse(DatabaseOutage.isCauseOf(new SQLGrammarException("bad SQL",
                new SQLSyntaxErrorException("You have an error in your SQL syntax", "42000", 1064))));
        assertFalse(DatabaseOutage.isCauseOf(new PersistenceException("no cause")));
        assertFalse(DatabaseOutage.isCauseOf(new SQLException("Deadlock found when trying to get lock", "40001", 1213)));
        assertFalse(DatabaseOutage.isCauseOf(new SQLException("Attempted to modify read-only state")));
        assertFalse(DatabaseOutage.isCauseOf(new IllegalStateException("report 7 lacks section 3")));
        assertFalse(DatabaseOutage.isCauseOf(new NullPointerException()));
    }

    @Test
    void aCyclicCauseChainEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseOutage.isCauseOf(first));
    }

    @Test
    void anOutageIsA503ProblemWithRetryAfter() {
        Response response = mappers.unexpected(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLNonTransientConnectionException("Could not create connection", "08001")), null);

        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
        assertEquals(ApiProblem.MEDIA_TYPE, response.getMediaType().toString());
        ApiProblem problem = (ApiProblem) response.getEntity();
        assertEquals(ProblemTypes.SERVICE_UNAVAILABLE, problem.type());
        assertEquals(503, problem.status());
        assertEquals("The database cannot be reached at the moment; retry the request after 5 seconds",
                problem.detail());
    }

    @Test
    void anyOtherFailureStaysA500WithoutRetryAfter() {
        Response response = mappers.unexpected(new SQLGrammarException("bad SQL",
                new SQLSyntaxErrorException("Unknown column 'x'", "42S22", 1054)), null);

        assertEquals(500, response.getStatus());
        assertEquals(null, response.getHeaderString("Retry-After"));
        assertEquals(ProblemTypes.INTERNAL, ((ApiProblem) response.getEntity()).type());
    }
}
