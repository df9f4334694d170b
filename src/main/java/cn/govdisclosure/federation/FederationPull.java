package cn.govdisclosure.federation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.govdisclosure.platform.NoAuditTrail;

/** One pull of a source: when, what it cost (requests, 304s), what it changed, or why it failed. */
@Entity
@NoAuditTrail("a log of its own: each pull is recorded once, with what it changed; the changes themselves are audited")
@Table(name = "federation_pull")
public class FederationPull {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "source_id", nullable = false)
    long sourceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "pull_trigger", nullable = false, length = 20)
    PullTrigger trigger;

    @Column(nullable = false)
    int attempt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    PullStatus status;

    @Column(name = "requested_by", nullable = false, length = 200)
    String requestedBy;

    @Column(name = "started_at", nullable = false)
    Instant startedAt;

    @Column(name = "finished_at")
    Instant finishedAt;

    @Column(nullable = false)
    int requests;

    @Column(name = "not_modified", nullable = false)
    int notModified;

    @Column(name = "agencies_created", nullable = false)
    int agenciesCreated;

    @Column(name = "agencies_updated", nullable = false)
    int agenciesUpdated;

    @Column(name = "agencies_withdrawn", nullable = false)
    int agenciesWithdrawn;

    @Column(name = "reports_created", nullable = false)
    int reportsCreated;

    @Column(name = "revisions_added", nullable = false)
    int revisionsAdded;

    @Column(name = "statistics_agencies", nullable = false)
    int statisticsAgencies;

    @Column(length = 2000)
    String failure;
}
