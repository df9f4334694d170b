package cn.govdisclosure.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises a failure caused by the database being out of reach (refused or lost connections,
 * connect or read timeouts, no new connection within the acquisition timeout) and describes it as
 * a 503 with {@code Retry-After}. A pool whose connections are all busy for the whole acquisition timeout
 * is not an outage but an overload ({@link #overloadCause}): the database answers, this instance has more
 * callers than connections. Anything else — a constraint violation, a syntax error, a bug — is neither
 * and stays a 500.
 */
public final class DatabaseOutage {

    /** What a client is told to wait before retrying; readiness takes the instance out of service meanwhile. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** SQLSTATE class 08: connection exception (SQL standard; MySQL uses 08S01 for a lost connection). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DatabaseOutage() {
    }

    /** What a client is told to wait before retrying when every connection of the pool is busy. */
    public static final int OVERLOAD_RETRY_AFTER_SECONDS = 1;

    /**
     * The pool's own message when every connection stayed in use for the whole acquisition timeout (Agroal,
     * waiting for a connection to be returned); a connection that cannot be opened fails differently.
     */
    static final String POOL_EXHAUSTED = "Sorry, acquisition timeout!";

    /** The exception in the cause chain that shows the database is out of reach, if there is one. */
    public static Optional<Throwable> cause(Throwable failure) {
        if (overloadCause(failure).isPresent()) {
            return Optional.empty();
        }
        return Causes.of(failure).stream().filter(DatabaseOutage::isConnectionFailure).findFirst();
    }

    /** The exception in the cause chain that shows the pool had no free connection in time, if there is one. */
    public static Optional<Throwable> overloadCause(Throwable failure) {
        return Causes.of(failure).stream().filter(t -> t instanceof SQLException sql && sql.getSQLState() == null
                && POOL_EXHAUSTED.equals(sql.getMessage())).findFirst();
    }

    public static boolean isCauseOf(Throwable failure) {
        return cause(failure).isPresent();
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && state.startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
            // the pool's own timeout opening a connection carries no SQLSTATE: "Acquisition timeout while waiting
            // for new connection"
            String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
            return state == null && (sql.getCause() instanceof TimeoutException || message.contains("acquisition timeout"));
        }
        return false;
    }

    /** The 503 problem response, with {@code Retry-After}. */
    public static Response response(Locale locale) {
        return Response.fromResponse(Problems.response(locale, ProblemTypes.SERVICE_UNAVAILABLE,
                Message.of("title.service-unavailable"), 503,
                Message.of("detail.service-unavailable", RETRY_AFTER_SECONDS)))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    /** The 503 problem response of an overloaded instance, with a shorter {@code Retry-After}. */
    public static Response overloadedResponse(Locale locale) {
        return Response.fromResponse(Problems.response(locale, ProblemTypes.OVERLOADED, Message.of("title.overloaded"),
                503, Message.of("detail.overloaded", OVERLOAD_RETRY_AFTER_SECONDS)))
                .header(HttpHeaders.RETRY_AFTER, OVERLOAD_RETRY_AFTER_SECONDS).build();
    }
}
