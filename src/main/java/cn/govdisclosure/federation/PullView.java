package cn.govdisclosure.federation;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One pull of a source. */
@Schema(name = "Pull")
public record PullView(
        long id,
        @Schema(description = "The source's code") String source,
        PullTrigger trigger,
        @Schema(description = "1 for the first attempt; a scheduled pull that failed is tried again, backing off")
        int attempt,
        PullStatus status,
        String requestedBy,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Requests sent to the source (and its token endpoint)") int requests,
        @Schema(description = "Of them, answered 304 Not Modified: unchanged since the last pull") int notModified,
        int agenciesCreated,
        int agenciesUpdated,
        @Schema(description = "Agencies pulled before that the source no longer provides (marked withdrawn; what was "
                + "pulled of them stays)") int agenciesWithdrawn,
        int reportsCreated,
        @Schema(description = "Published revisions stored (of new and of known reports)") int revisionsAdded,
        @Schema(description = "Agencies whose bulk statistics were stored") int statisticsAgencies,
        @Schema(description = "Why the pull failed (nothing of it was applied)") String failure) {

    static PullView of(FederationPull pull, String source) {
        return new PullView(pull.id, source, pull.trigger, pull.attempt, pull.status, pull.requestedBy, pull.startedAt,
                pull.finishedAt, pull.requests, pull.notModified, pull.agenciesCreated, pull.agenciesUpdated,
                pull.agenciesWithdrawn,
                pull.reportsCreated, pull.revisionsAdded, pull.statisticsAgencies, pull.failure);
    }
}
