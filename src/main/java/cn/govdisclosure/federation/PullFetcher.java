package cn.govdisclosure.federation;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.report.FederatedRevision;
import cn.govdisclosure.report.ReportView;
import cn.govdisclosure.statistics.AnnualTables;
import cn.govdisclosure.statistics.AppealsTable;
import cn.govdisclosure.statistics.ApplicationsTable;

/**
 * Fetches what changed at a source since the last pull, without writing anything: the root agency and, level by level,
 * the agencies below it; each agency's published reports of the configured years, and of a report whose revision in
 * force is newer than the one stored here every published revision not stored yet; with credentials, the bulk statistics of each year.
 * Every request carries the entity tag stored for it, so an unchanged resource costs one 304: an unchanged list of
 * children or of reports means nothing in it changed (children are then taken from here to go on). Every answer is
 * checked before it is kept; the first failure ends the fetch.
 */
final class PullFetcher {

    static final int PAGE = 200;
    /** The bulk statistics schema this instance reads. */
    static final int STATISTICS_VERSION = 1;

    /** What the fetch needs to know of this instance. */
    interface Local {
        /** The codes of the agencies pulled from this source that hang below the agency here (not withdrawn). */
        List<String> children(String code);

        /** The revision in force here of the agency's report of the year, pulled from this source; null if none. */
        Integer revisionInForce(String agencyCode, int year);
    }

    private final FederationService.Settings source;
    private final RemoteSession remote;
    private final Map<String, String> storedTags;
    private final Local local;
    private final Instant now;
    private final java.time.Duration overlap;
    private final Fetched fetched = new Fetched();

    PullFetcher(FederationService.Settings source, RemoteSession remote, Map<String, String> storedTags, Local local,
            Instant now, java.time.Duration overlap) {
        this.source = source;
        this.remote = remote;
        this.storedTags = storedTags;
        this.local = local;
        this.now = now;
        this.overlap = overlap;
    }

    Fetched fetch() {
        String root = source.rootAgencyCode();
        String resource = "agency/" + root;
        RemoteSession.Answer answer = remote.get("/api/v1/agencies/" + root, storedTags.get(resource),
                call -> call.api().agency(root, call.authorization(), call.ifNoneMatch()));
        if (!answer.notModified()) {
            Remote.Agency agency = agency(remote.read("/api/v1/agencies/" + root, answer.body(), Remote.Agency.class),
                    "/api/v1/agencies/" + root);
            if (!root.equals(agency.code())) {
                throw new PullFailure("GET /api/v1/agencies/" + root + " answered agency " + agency.code());
            }
            fetched.agencies.add(new Fetched.AgencyNode(agency.code(), agency.name(), agency.kind(),
                    source.localParentCode()));
            tag(resource, answer);
        }
        Deque<String> queue = new ArrayDeque<>(List.of(root));
        Set<String> seen = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            String code = queue.poll();
            for (String child : children(code)) {
                if (seen.add(child)) {
                    queue.add(child);
                }
            }
            reports(code);
        }
        fetched.provided.addAll(seen);
        if (source.credentials() != null) {
            for (int year : source.years()) {
                statistics(year, seen);
            }
        }
        return fetched;
    }

    private List<String> children(String parent) {
        String what = "/api/v1/agencies?parent=" + parent;
        String resource = "children/" + parent;
        RemoteSession.Answer answer = remote.get(what, storedTags.get(resource),
                call -> call.api().children(parent, 0, PAGE, call.authorization(), call.ifNoneMatch()));
        if (answer.notModified()) {
            return local.children(parent);
        }
        List<Remote.Agency> items = new ArrayList<>();
        Remote.AgencyPage page = page(what, answer.body());
        items.addAll(page.items());
        for (int number = 1; (long) number * PAGE < page.totalItems(); number++) {
            int n = number;
            RemoteSession.Answer next = remote.get(what + "&page=" + n, null,
                    call -> call.api().children(parent, n, PAGE, call.authorization(), null));
            items.addAll(page(what + "&page=" + n, next.body()).items());
        }
        List<String> codes = new ArrayList<>();
        for (Remote.Agency item : items) {
            Remote.Agency agency = agency(item, what);
            fetched.agencies.add(new Fetched.AgencyNode(agency.code(), agency.name(), agency.kind(), parent));
            codes.add(agency.code());
        }
        tag(resource, answer);
        return codes;
    }

    private void reports(String agency) {
        String what = "/api/v1/agencies/" + agency + "/reports";
        String resource = "reports/" + agency;
        RemoteSession.Answer answer = remote.get(what, storedTags.get(resource),
                call -> call.api().reports(agency, 0, PAGE, call.authorization(), call.ifNoneMatch()));
        if (answer.notModified()) {
            return;
        }
        Remote.ReportPage page = remote.read(what, answer.body(), Remote.ReportPage.class);
        if (page.items() == null) {
            throw new PullFailure("GET " + what + " answered a page without items");
        }
        List<FederatedRevision> revisions = new ArrayList<>();
        for (Remote.ReportSummary summary : page.items()) {
            if (summary == null || summary.id() == null || summary.year() == null || summary.revision() == null) {
                throw new PullFailure("GET " + what + " answered a report without id, year or revision");
            }
            int inForce = inForce(summary);
            if (!source.years().contains(summary.year()) || inForce == 0) {
                continue;
            }
            Integer stored = local.revisionInForce(agency, summary.year());
            for (int number = stored == null ? 1 : stored + 1; number <= inForce; number++) {
                revisions.add(revision(summary, number, number == inForce));
            }
        }
        if (!revisions.isEmpty()) {
            fetched.revisions.put(agency, revisions);
        }
        tag(resource, answer);
    }

    /**
     * The revision in force of a listed report, 0 when none is published: the public sees each published report as
     * its revision in force; a reader of the agency sees the working copy, whose previous revision is in force while a
     * correction is in progress (a report once published carries its publication date).
     */
    private static int inForce(Remote.ReportSummary summary) {
        if ("PUBLISHED".equals(summary.status())) {
            return summary.revision();
        }
        return summary.publishedDate() != null ? summary.revision() - 1 : 0;
    }

    /**
     * One published revision, as frozen at the source ({@code GET /reports/{id}/revisions/{n}}: the same for the
     * public and for readers of the agency). Revisions are numbered without gaps: a correction is published before
     * the next one starts. The revision in force is asked with the tag stored for it.
     */
    private FederatedRevision revision(Remote.ReportSummary summary, int number, boolean inForce) {
        long id = summary.id();
        String what = "/api/v1/reports/" + id + "/revisions/" + number;
        String resource = "report/" + id;
        String tag = inForce ? storedTags.get(resource) : null;
        RemoteSession.Answer answer = remote.get(what, tag,
                call -> call.api().revision(id, number, call.authorization(), call.ifNoneMatch()));
        if (answer.notModified()) {
            throw new PullFailure("GET " + what + " answered 304 although that revision is not stored here");
        }
        if (inForce) {
            tag(resource, answer);
        }
        return new FederatedRevision(source.code(), id, answer.entityTag(), now,
                report(what, answer.body(), summary.year(), number));
    }

    /** A published revision, checked: the year and revision asked for, the format of its year, complete tables. */
    private ReportView report(String what, String body, int year, int revision) {
        ReportView report = remote.read(what, body, ReportView.class);
        if (report.year() != year || report.revision() != revision) {
            throw new PullFailure("GET " + what + " answered the " + report.year() + " report in revision "
                    + report.revision() + ", not the " + year + " report in revision " + revision
                    + " (it changed while being pulled)");
        }
        if (report.format() != ReportFormat.forYear(year)) {
            throw new PullFailure("GET " + what + " answered a " + year + " report in format " + report.format()
                    + "; a " + year + " report has format " + ReportFormat.forYear(year));
        }
        if (report.publishedDate() == null || report.publicationDeadline() == null || report.scope() == null
                || report.sections() == null) {
            throw new PullFailure("GET " + what + " answered a report that is not published (no publication date, "
                    + "deadline, scope or sections)");
        }
        tables(what, report.format(), report.applications(), report.appeals());
        return report;
    }

    /**
     * The bulk statistics of a year. After a successful pull, the next one sends its tag and {@code updatedSince}: an
     * unchanged source answers 304, a changed one lists only the agencies changed since (their figures replace the
     * stored ones; the others' stay). {@code updatedSince} is the source's {@code lastChanged} of that pull less the
     * overlap, so that a change whose transaction was still open then, stamped before {@code lastChanged}, is listed.
     */
    private void statistics(int year, Set<String> subtree) {
        String root = source.rootAgencyCode();
        String resource = "statistics/" + year;
        String tag = storedTags.get(resource);
        String since = tag == null ? null : storedTags.get(sinceResource(year));
        String what = "/api/v1/statistics/" + year + "?under=" + root + (since == null ? "" : "&updatedSince=" + since);
        RemoteSession.Answer answer = remote.get(what, tag,
                call -> call.api().statistics(year, root, since, call.authorization(), call.ifNoneMatch()));
        if (answer.notModified()) {
            return;
        }
        Remote.Statistics statistics = remote.read(what, answer.body(), Remote.Statistics.class);
        if (statistics.schemaVersion() == null || statistics.schemaVersion() != STATISTICS_VERSION) {
            throw new PullFailure("GET " + what + " answered format version " + statistics.schemaVersion()
                    + " of the bulk statistics; this instance reads version " + STATISTICS_VERSION);
        }
        if (statistics.year() == null || statistics.year() != year || statistics.agencies() == null) {
            throw new PullFailure("GET " + what + " answered the statistics of " + statistics.year() + ", not " + year);
        }
        ReportFormat format = ReportFormat.forYear(year);
        Map<String, AnnualTables> tables = new LinkedHashMap<>();
        for (Remote.StatisticsAgency agency : statistics.agencies()) {
            if (agency == null || agency.agencyCode() == null) {
                throw new PullFailure("GET " + what + " answered an agency without its code");
            }
            tables(what, format, agency.applications(), agency.appeals());
            if (subtree.contains(agency.agencyCode())) {
                tables.put(agency.agencyCode(), new AnnualTables(format, agency.applications(), agency.appeals()));
            }
        }
        fetched.statistics.put(year, tables);
        tag(resource, answer);
        if (statistics.lastChanged() != null) {
            fetched.tags.put(sinceResource(year), statistics.lastChanged().minus(overlap).toString());
        }
    }

    /** Where the {@code updatedSince} of a year's next statistics request is kept, beside the entity tags. */
    static String sinceResource(int year) {
        return "statistics/" + year + "/updatedSince";
    }

    /** Tables 三 and 四 complete in the format's layout: every row with a value per column, every cell of 四. */
    private static void tables(String what, ReportFormat format, ApplicationsTable applications, AppealsTable appeals) {
        if (applications == null || applications.rows() == null || appeals == null || appeals.byKind() == null
                || appeals.values() == null) {
            throw new PullFailure("GET " + what + " answered without tables 三 and 四");
        }
        for (ApplicationRow row : ApplicationRow.rowsOf(format)) {
            ApplicationsTable.Row found = applications.rows().stream().filter(r -> r != null && r.code() == row)
                    .findFirst().orElseThrow(() -> new PullFailure("GET " + what + " answered table 三 without row "
                            + row + " of " + format));
            if (found.values() == null || found.values().size() != ApplicantColumn.ALL.size()) {
                throw new PullFailure("GET " + what + " answered row " + row + " of table 三 without its "
                        + ApplicantColumn.ALL.size() + " values");
            }
        }
        if (applications.rows().size() != ApplicationRow.rowsOf(format).size()) {
            throw new PullFailure("GET " + what + " answered table 三 with rows that " + format + " does not have");
        }
        if (appeals.values().size() != AppealKind.values().length * AppealColumn.ALL.size()) {
            throw new PullFailure("GET " + what + " answered table 四 without its 15 values");
        }
        for (AppealKind kind : AppealKind.values()) {
            var group = appeals.byKind().get(kind);
            if (group == null || !group.keySet().containsAll(AppealColumn.ALL)) {
                throw new PullFailure("GET " + what + " answered table 四 without the group " + kind);
            }
        }
    }

    private Remote.AgencyPage page(String what, String body) {
        Remote.AgencyPage page = remote.read(what, body, Remote.AgencyPage.class);
        if (page.items() == null || page.totalItems() == null) {
            throw new PullFailure("GET " + what + " answered a page without items or totalItems");
        }
        return page;
    }

    private static Remote.Agency agency(Remote.Agency agency, String what) {
        if (agency == null || agency.code() == null || agency.code().isBlank() || agency.name() == null
                || agency.name().isBlank() || agency.kind() == null) {
            throw new PullFailure("GET " + what + " answered an agency without code, name or kind");
        }
        return agency;
    }

    private void tag(String resource, RemoteSession.Answer answer) {
        if (answer.entityTag() != null && !answer.entityTag().isBlank()) {
            fetched.tags.put(resource, answer.entityTag());
        }
    }
}
