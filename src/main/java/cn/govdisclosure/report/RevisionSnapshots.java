package cn.govdisclosure.report;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.govdisclosure.statistics.AppealsTable;
import cn.govdisclosure.statistics.ApplicationsTable;

/**
 * Writes published revisions as {@link RevisionSnapshot} JSON and reads them back as the report view, whatever
 * version of the service stored them. The JSON settings are fixed here, apart from the API's, so that a change of
 * how the API writes JSON cannot change what is stored.
 */
@ApplicationScoped
class RevisionSnapshots {

    private static final String VERSION_MEMBER = "schemaVersion";
    /** The version of records stored before they named one. */
    private static final int UNNAMED_VERSION = 1;

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // members added after a record was written are tolerated by readers that do not know them yet
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The JSON that freezes a report as published: the view as it stands, with the publication facts. */
    String freeze(ReportView report, LocalDate publicationDeadline, LocalDate publishedDate,
            ReportProvenance provenance) {
        RevisionSnapshot snapshot = new RevisionSnapshot(RevisionSnapshot.CURRENT_VERSION, report.id(),
                report.agencyCode(), report.agencyName(), report.year(), report.format(), ReportStatus.PUBLISHED,
                report.title(), frontMatter(report, publishedDate),
                map(report.sections(), RevisionSnapshots::section),
                proactive(report.proactiveDisclosure()), applications(report.applications()),
                appeals(report.appeals()), report.createdAt(), report.updatedAt(), report.scope(), report.revision(),
                report.revisionReason(), report.workflowComment(), publicationDeadline, publishedDate,
                publishedDate.isAfter(publicationDeadline), map(report.reportedValues(), RevisionSnapshots::reported),
                applications(report.computedApplications()), appeals(report.computedAppeals()),
                provenance(provenance));
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a published revision could not be written as JSON", e);
        }
    }

    /** The report view of a stored revision. */
    ReportView thaw(String stored) {
        RevisionSnapshot snapshot = read(stored);
        return new ReportView(snapshot.id(), snapshot.agencyCode(), snapshot.agencyName(), snapshot.year(),
                snapshot.format(), snapshot.status(), snapshot.title(), frontMatter(snapshot),
                map(snapshot.sections(), RevisionSnapshots::section),
                proactive(snapshot.proactiveDisclosure()), applications(snapshot.applications()),
                appeals(snapshot.appeals()), snapshot.createdAt(), snapshot.updatedAt(), snapshot.scope(),
                snapshot.revision(), snapshot.revisionReason(), snapshot.workflowComment(),
                snapshot.publicationDeadline(), snapshot.publishedDate(), snapshot.publishedLate(),
                map(snapshot.reportedValues(), RevisionSnapshots::reported),
                applications(snapshot.computedApplications()), appeals(snapshot.computedAppeals()),
                provenance(snapshot.provenance()));
    }

    private RevisionSnapshot read(String stored) {
        try {
            JsonNode tree = json.readTree(stored);
            int version = tree.hasNonNull(VERSION_MEMBER) ? tree.get(VERSION_MEMBER).asInt() : UNNAMED_VERSION;
            if (version != RevisionSnapshot.CURRENT_VERSION && version != RevisionSnapshot.WITHOUT_FRONT_MATTER) {
                throw new IllegalStateException("a published revision has schema version " + version
                        + ", which this version of the service cannot read (it reads versions "
                        + RevisionSnapshot.WITHOUT_FRONT_MATTER + " to " + RevisionSnapshot.CURRENT_VERSION + ")");
            }
            if (version == RevisionSnapshot.WITHOUT_FRONT_MATTER && tree instanceof ObjectNode members) {
                // a member of that name in a version 1 record is not the front matter of version 2
                members.remove("frontMatter");
            }
            RevisionSnapshot snapshot = json.treeToValue(tree, RevisionSnapshot.class);
            if (version == RevisionSnapshot.CURRENT_VERSION && snapshot.frontMatter() == null) {
                throw new IllegalStateException("a published revision of schema version " + version
                        + " lacks its front matter");
            }
            return snapshot;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored published revision could not be read", e);
        }
    }

    // ---- the parts, both ways; absent parts (records older than the part) stay absent --------------------------

    /** The front matter as published: the closing's date left open is the publication date. */
    private static RevisionSnapshot.FrontMatter frontMatter(ReportView report, LocalDate publishedDate) {
        FrontMatterView printed = report.printedFrontMatter();
        LocalDate date = printed.issueDate() == null && printed.issuer() != null ? publishedDate : printed.issueDate();
        return new RevisionSnapshot.FrontMatter(printed.opening(), printed.issuer(), date);
    }

    /** Absent in a version 1 record, which the view shows as absent too (it prints the standard opening). */
    private static FrontMatterView frontMatter(RevisionSnapshot snapshot) {
        RevisionSnapshot.FrontMatter frontMatter = snapshot.frontMatter();
        return frontMatter == null ? null
                : new FrontMatterView(frontMatter.opening(), frontMatter.issuer(), frontMatter.issueDate());
    }

    private static RevisionSnapshot.Provenance provenance(ReportProvenance provenance) {
        ReportProvenance.Federation federation = provenance == null ? null : provenance.federation();
        return provenance == null ? null : new RevisionSnapshot.Provenance(provenance.origin(),
                provenance.importedFrom(), provenance.publishedUrl(), map(provenance.acknowledgements(),
                        a -> new RevisionSnapshot.Provenance.Acknowledgement(a.rule(), a.place(), a.reason())),
                federation == null ? null : new RevisionSnapshot.Provenance.Federation(federation.source(),
                        federation.remoteReportId(), federation.remoteRevision(), federation.remoteOrigin(),
                        federation.fetchedAt(), federation.remoteEtag()));
    }

    private static ReportProvenance provenance(RevisionSnapshot.Provenance provenance) {
        RevisionSnapshot.Provenance.Federation federation = provenance == null ? null : provenance.federation();
        return provenance == null ? null : new ReportProvenance(provenance.origin(), provenance.importedFrom(),
                provenance.publishedUrl(), map(provenance.acknowledgements(),
                        a -> new ReportProvenance.Acknowledgement(a.rule(), a.place(), a.reason())),
                federation == null ? null : new ReportProvenance.Federation(federation.source(),
                        federation.remoteReportId(), federation.remoteRevision(), federation.remoteOrigin(),
                        federation.fetchedAt(), federation.remoteEtag()));
    }

    private static RevisionSnapshot.Section section(SectionView section) {
        return new RevisionSnapshot.Section(section.number(), section.heading(), section.hasTable(), section.text());
    }

    private static SectionView section(RevisionSnapshot.Section section) {
        return new SectionView(section.number(), section.heading(), section.hasTable(), section.text());
    }

    private static RevisionSnapshot.Proactive proactive(ProactiveDisclosureView table) {
        return table == null ? null : new RevisionSnapshot.Proactive(table.format(), map(table.groups(),
                group -> new RevisionSnapshot.Proactive.Group(group.item(),
                        map(group.columns(), column -> new RevisionSnapshot.Proactive.Column(column.code(),
                                column.label(), column.kind())),
                        map(group.rows(), row -> new RevisionSnapshot.Proactive.Row(row.code(), row.label(),
                                row.values())))));
    }

    private static ProactiveDisclosureView proactive(RevisionSnapshot.Proactive table) {
        return table == null ? null : new ProactiveDisclosureView(table.format(), map(table.groups(),
                group -> new ProactiveDisclosureView.Group(group.item(),
                        map(group.columns(), column -> new ProactiveDisclosureView.Column(column.code(),
                                column.label(), column.kind())),
                        map(group.rows(), row -> new ProactiveDisclosureView.Row(row.code(), row.label(),
                                row.values())))));
    }

    private static RevisionSnapshot.Applications applications(ApplicationsTable table) {
        return table == null ? null : new RevisionSnapshot.Applications(
                map(table.columns(), column -> new RevisionSnapshot.Applications.Column(column.code(), column.label())),
                map(table.rows(), row -> new RevisionSnapshot.Applications.Row(row.code(), row.label(), row.values())));
    }

    private static ApplicationsTable applications(RevisionSnapshot.Applications table) {
        return table == null ? null : new ApplicationsTable(
                map(table.columns(), column -> new ApplicationsTable.Column(column.code(), column.label())),
                map(table.rows(), row -> new ApplicationsTable.Row(row.code(), row.label(), row.values())));
    }

    private static RevisionSnapshot.Appeals appeals(AppealsTable table) {
        return table == null ? null : new RevisionSnapshot.Appeals(table.values(), table.byKind());
    }

    private static AppealsTable appeals(RevisionSnapshot.Appeals table) {
        return table == null ? null : new AppealsTable(table.values(), table.byKind());
    }

    private static RevisionSnapshot.Reported reported(ReportedValueView row) {
        return new RevisionSnapshot.Reported(row.table(), row.row(), row.cells(), row.reason());
    }

    private static ReportedValueView reported(RevisionSnapshot.Reported row) {
        return new ReportedValueView(row.table(), row.row(), row.cells(), row.reason());
    }

    /** Each element mapped, in order; an absent list stays absent. */
    private static <A, B> List<B> map(List<A> list, Function<A, B> mapper) {
        return list == null ? null : list.stream().map(mapper).toList();
    }
}
