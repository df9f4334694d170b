package cn.govdisclosure.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.govdisclosure.agency.Scope;
import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.CellKind;
import cn.govdisclosure.format.ReportFormat;

/**
 * A published revision as it is stored: the whole report as it stood when it was published, frozen. This is a
 * stored format with a schema version, not the API: {@link RevisionSnapshots} alone writes and reads it, and the
 * API's {@link ReportView} is built from it, so renaming an API field cannot make stored revisions read as null.
 * <p>
 * Version 1 is the shape the service has stored since publishing began: the members of the report view of that
 * time, which revisions written before versions existed carry without a {@code schemaVersion} member. Adding a
 * member keeps the version (older records read it as null, older readers ignore it); renaming a member, changing
 * its meaning or its type needs the next version, with a reader of its own for every version still stored.
 * <p>
 * Version 2 adds the report's {@code frontMatter}: the opening and closing it was published with. A version 1
 * record was published with the standard opening and no closing, and is read so.
 */
record RevisionSnapshot(
        int schemaVersion,
        long id,
        String agencyCode,
        String agencyName,
        int year,
        ReportFormat format,
        ReportStatus status,
        String title,
        FrontMatter frontMatter,
        List<Section> sections,
        Proactive proactiveDisclosure,
        Applications applications,
        Appeals appeals,
        Instant createdAt,
        Instant updatedAt,
        Scope scope,
        int revision,
        String revisionReason,
        String workflowComment,
        LocalDate publicationDeadline,
        LocalDate publishedDate,
        Boolean publishedLate,
        List<Reported> reportedValues,
        Applications computedApplications,
        Appeals computedAppeals,
        @JsonInclude(JsonInclude.Include.NON_NULL) Provenance provenance) {

    /** The version this service writes. */
    static final int CURRENT_VERSION = 2;

    /** The version before the front matter was stored. */
    static final int WITHOUT_FRONT_MATTER = 1;

    /** The opening paragraph and the closing (issuer and date; absent when none was printed). */
    record FrontMatter(String opening, String issuer, LocalDate issueDate) {
    }

    /** A section: its number, heading as published, whether it holds a table, and its text. */
    record Section(int number, String heading, boolean hasTable, String text) {
    }

    /** Section 二: cell values are whole numbers for counts, decimal strings for money, null when missing. */
    record Proactive(ReportFormat format, List<Group> groups) {

        record Group(String item, List<Column> columns, List<Row> rows) {
        }

        record Column(String code, String label, CellKind kind) {
        }

        record Row(String code, String label, Map<String, Object> values) {
        }
    }

    /** Table 三: each row's values follow the columns. */
    record Applications(List<Column> columns, List<Row> rows) {

        record Column(ApplicantColumn code, String label) {
        }

        record Row(ApplicationRow code, String label, List<Long> values) {
        }
    }

    /** Table 四: the 15 values in template order, and the same keyed by kind and result. */
    record Appeals(List<Long> values, Map<AppealKind, Map<AppealColumn, Long>> byKind) {
    }

    /**
     * Where the report came from (LEDGER, IMPORTED and from which document, or FEDERATED and from which source), and —
     * recorded as published elsewhere — where it was published and the findings acknowledged; absent in records
     * written before it.
     */
    record Provenance(ReportOrigin origin, String importedFrom, String publishedUrl,
            List<Acknowledgement> acknowledgements, @JsonInclude(JsonInclude.Include.NON_NULL) Federation federation) {

        record Acknowledgement(String rule, String place, String reason) {
        }

        /** A FEDERATED revision's source, the report and revision there, their origin and tag, when pulled. */
        record Federation(String source, long remoteReportId, int remoteRevision, ReportOrigin remoteOrigin,
                Instant fetchedAt, String remoteEtag) {
        }
    }

    /** One row of reported values with its reason; a null cell was reported as missing. */
    record Reported(ReportedTable table, String row, Map<String, Long> cells, String reason) {
    }
}
