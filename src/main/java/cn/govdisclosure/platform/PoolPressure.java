package cn.govdisclosure.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSourceMetrics;

/**
 * Logs that the connection pool ran dry — every connection busy for a whole acquisition timeout, so requests
 * were answered 503 {@code overloaded} — at most once per {@link #INTERVAL}, with the pool's figures and the
 * number of such answers since the previous line. An overload is not an outage: the line does not say that the
 * database is unreachable. The pool's figures are also metrics ({@code agroal_*} in {@code /q/metrics}).
 */
@ApplicationScoped
public class PoolPressure {

    static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(PoolPressure.class);

    private final AgroalDataSource dataSource;
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong lastLogged = new AtomicLong(Long.MIN_VALUE);

    PoolPressure(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Counts one request answered 503 overloaded, and logs when the last line is old enough. */
    void exhausted() {
        answered.incrementAndGet();
        long now = System.nanoTime();
        long last = lastLogged.get();
        if ((last == Long.MIN_VALUE || now - last >= INTERVAL.toNanos()) && lastLogged.compareAndSet(last, now)) {
            LOG.warnf("Connection pool exhausted (overload, the database answers): %d request(s) answered 503 "
                    + "overloaded since the last such line; %s", answered.getAndSet(0), figures());
        }
    }

    /** The pool's figures now: connections in use, its size, callers waiting, and their waits. */
    String figures() {
        if (dataSource == null) {
            return "no pool figures";
        }
        AgroalDataSourceMetrics metrics = dataSource.getMetrics();
        return "active " + metrics.activeCount() + " of "
                + dataSource.getConfiguration().connectionPoolConfiguration().maxSize() + ", "
                + metrics.awaitingCount() + " waiting, longest wait " + metrics.blockingTimeMax().toMillis()
                + " ms, average wait " + metrics.blockingTimeAverage().toMillis() + " ms";
    }
}
