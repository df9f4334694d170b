package cn.govdisclosure.federation;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.agency.AgencyKind;
import cn.govdisclosure.platform.Labelled;
import cn.govdisclosure.report.ReportStatus;

/** The collection of a year's reports over a subtree: who published, when, who is late or missing, and from where. */
@Schema(name = "Collection")
public record CollectionView(
        @Schema(examples = "350500") String agencyCode,
        @Schema(examples = "2021") int year,
        @Schema(description = "The day the lateness of reports not yet published is judged on") LocalDate asOf,
        @Schema(description = "Agencies of the subtree (the agency included)") int agencies,
        @Schema(description = "Agencies whose report of the year is published") int published,
        @Schema(description = "Agencies published after their deadline, or not published and past it") int late,
        @Schema(description = "Agencies with no published report of the year") int missing,
        List<Entry> items) {

    /** Where one agency's report of the year stands. */
    @Schema(name = "CollectionEntry")
    public record Entry(
            String agencyCode,
            String agencyName,
            AgencyKind kind,
            String parentCode,
            @Schema(description = "The federation source the agency was pulled from; absent for an agency of this instance")
            String federatedFrom,
            @Schema(description = "For a federated agency: when a pull found that its source no longer provides it; its "
                    + "pulled reports and figures stay here as they were. Absent while the source provides it")
            java.time.Instant withdrawnAt,
            @Schema(description = "PUBLISHED (a revision is in force), IN_PROGRESS (a report, none published) or MISSING")
            Standing standing,
            @Schema(description = "The report; absent when there is none") Long reportId,
            @Schema(description = "The report's status (a published report under correction is DRAFT again)")
            ReportStatus reportStatus,
            @Schema(description = "The revision in force") Integer revision,
            LocalDate publishedDate,
            @Schema(description = "The publication deadline: 31 January of the next year, 31 March for a government")
            LocalDate deadline,
            @Schema(description = "Published after the deadline, or not published and the deadline has passed")
            boolean late,
            @Schema(description = "Finding counts of the report's checks; absent when there is no report") Findings findings,
            @Schema(description = "Where the figures come from: LEDGER (this instance's records), IMPORTED (a published "
                    + "document), FEDERATED (a report pulled from a source), FEDERATED_STATISTICS (a source's bulk "
                    + "statistics, no report), NONE") FiguresOrigin figures,
            @Schema(description = "For FEDERATED: where the figures came from at the source (LEDGER or IMPORTED)")
            String figuresAtSource) {
    }

    /** Whether an agency's report of the year is published. */
    public enum Standing implements Labelled {
        PUBLISHED, IN_PROGRESS, MISSING;

        @Override
        public String zh() {
            return switch (this) {
                case PUBLISHED -> "已公布";
                case IN_PROGRESS -> "编制中";
                case MISSING -> "未编制";
            };
        }

        @Override
        public String en() {
            return switch (this) {
                case PUBLISHED -> "Published";
                case IN_PROGRESS -> "In progress";
                case MISSING -> "Missing";
            };
        }
    }

    /** Where an agency's figures of the year come from. */
    public enum FiguresOrigin implements Labelled {
        LEDGER, IMPORTED, FEDERATED, FEDERATED_STATISTICS, NONE;

        @Override
        public String zh() {
            return switch (this) {
                case LEDGER -> "本实例台账";
                case IMPORTED -> "导入的已公布报告";
                case FEDERATED -> "汇集的已公布报告";
                case FEDERATED_STATISTICS -> "汇集的统计数据";
                case NONE -> "无";
            };
        }

        @Override
        public String en() {
            return switch (this) {
                case LEDGER -> "This instance's ledger";
                case IMPORTED -> "Imported published report";
                case FEDERATED -> "Published report pulled from a source";
                case FEDERATED_STATISTICS -> "Bulk statistics pulled from a source";
                case NONE -> "None";
            };
        }
    }

    /** The counts of a report's check findings. */
    @Schema(name = "CollectionFindings")
    public record Findings(long errors, long warnings, long acknowledged) {
    }
}
