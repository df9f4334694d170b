package cn.govdisclosure.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Counters of business events, served at {@code /q/metrics} with the HTTP and JVM metrics. A counter
 * moves only when the transaction that recorded the event commits, so a rolled-back write or an
 * idempotent repeat is never counted.
 * <p>
 * A new counter is registered here and called from the service that commits its event.
 * <p>
 * Created at start-up, so that every counter is exposed, at 0, from the first scrape.
 */
@Startup
@ApplicationScoped
public class BusinessMetrics {

    private final Counter applicationsRecorded;
    private final Counter appealsRecorded;
    private final Counter reportsCreated;
    private final TransactionSynchronizationRegistry transactions;

    BusinessMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        this.applicationsRecorded = Counter.builder("disclosure.applications.recorded")
                .description("Disclosure applications newly recorded in a ledger (repeats of a recorded one are not counted)")
                .register(registry);
        this.appealsRecorded = Counter.builder("disclosure.appeals.recorded")
                .description("Review and litigation cases newly recorded (repeats of a recorded one are not counted)")
                .register(registry);
        this.reportsCreated = Counter.builder("disclosure.reports.created")
                .description("Annual reports created (one per agency and year)")
                .register(registry);
    }

    public void applicationRecorded() {
        countOnCommit(applicationsRecorded);
    }

    public void appealRecorded() {
        countOnCommit(appealsRecorded);
    }

    public void reportCreated() {
        countOnCommit(reportsCreated);
    }

    private void countOnCommit(Counter counter) {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            counter.increment();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment();
                }
            }
        });
    }
}
