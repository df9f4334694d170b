package cn.govdisclosure.ledger;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import cn.govdisclosure.platform.ScheduledRuns;
import cn.govdisclosure.platform.ServiceClock;

/**
 * Runs the personal-data retention once a day on one replica: every replica's scheduler fires, the first to claim
 * the day in {@link ScheduledRuns} runs it, the others skip. A day whose run failed is caught up by the next one.
 */
@ApplicationScoped
public class RetentionSchedule {

    static final String TASK = "personal-data-retention";
    /** The audit trail's actor of scheduled runs. */
    static final String ACTOR = "system:retention";

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class);

    private final PersonalDataRetention retention;
    private final ScheduledRuns runs;
    private final ServiceClock clock;

    RetentionSchedule(PersonalDataRetention retention, ScheduledRuns runs, ServiceClock clock) {
        this.retention = retention;
        this.runs = runs;
        this.clock = clock;
    }

    @Scheduled(identity = TASK, cron = "{disclosure.personal-data.retention-schedule}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        runToday();
    }

    /** Runs today's retention unless it is off or another replica claimed today; true when this replica ran it. */
    boolean runToday() {
        if (!retention.enabled() || !runs.claim(TASK, clock.today().toString())) {
            return false;
        }
        try {
            RetentionRunView done = retention.run(ACTOR, "SCHEDULE");
            LOG.infof("Personal-data retention: %d applications concluded before %s anonymised", done.count(),
                    done.concludedBefore());
            return true;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Personal-data retention failed; the next scheduled run catches up");
            return false;
        }
    }
}
