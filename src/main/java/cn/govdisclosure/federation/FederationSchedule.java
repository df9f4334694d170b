package cn.govdisclosure.federation;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Pulls every source on the schedule {@code DISCLOSURE_FEDERATION_SCHEDULE} (a cron expression; {@code off} by
 * default). Every replica fires; each source's pull of that scheduled time runs on the one replica that claims it.
 */
@ApplicationScoped
class FederationSchedule {

    private final FederationPuller puller;

    FederationSchedule(FederationPuller puller) {
        this.puller = puller;
    }

    @Scheduled(identity = "federation-pull", cron = "${disclosure.federation.schedule}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pull(ScheduledExecution execution) {
        puller.pullScheduled(execution.getScheduledFireTime().truncatedTo(ChronoUnit.SECONDS));
    }
}
