package cn.govdisclosure.transfer;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.format.SectionHeading;
import cn.govdisclosure.platform.Labelled;

/**
 * One table of a report cell by cell: section 二 ({@code proactive-disclosure}), table 三
 * ({@code applications}) or table 四 ({@code appeals}). Compared with the previous year, each row says
 * whether it is comparable and each cell carries the previous value and the difference.
 */
@Schema(name = "ReportTable")
public record ReportTable(
        @Schema(enumeration = {"proactive-disclosure", "applications", "appeals"}) String table,
        @Schema(examples = "三、收到和处理政府信息公开申请情况") String heading,
        String agencyCode, String agencyName, int year, ReportFormat format,
        @Schema(description = "Present when the previous year was asked for")
        @JsonInclude(JsonInclude.Include.NON_NULL) Comparison comparison,
        List<Row> rows,
        @Schema(description = "Compared across the 2021 format change: the previous year's rows as they were, "
                + "which have no comparable counterpart")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Row> previousRows) {

    /** The tables of a report that {@code GET /reports/{id}/tables/{table}} serves, by their {@code table} code. */
    public enum Name implements Labelled {
        PROACTIVE_DISCLOSURE(ReportTables.PROACTIVE, SectionHeading.PROACTIVE_DISCLOSURE),
        APPLICATIONS(ReportTables.APPLICATIONS, SectionHeading.APPLICATIONS),
        APPEALS(ReportTables.APPEALS, SectionHeading.APPEALS);

        private final String code;
        private final SectionHeading section;

        Name(String code, SectionHeading section) {
            this.code = code;
            this.section = section;
        }

        /** The code in the path and in {@code table}: {@code proactive-disclosure}, {@code applications}, {@code appeals}. */
        public String code() {
            return code;
        }

        /** The table's section heading, as the template prints it. */
        @Override
        public String zh() {
            return section.heading();
        }

        @Override
        public String en() {
            return switch (this) {
                case PROACTIVE_DISCLOSURE -> "Section 二: " + section.en();
                case APPLICATIONS -> "Table 三: " + section.en();
                case APPEALS -> "Table 四: " + section.en();
            };
        }
    }

    /** Where the previous year's figures come from. */
    @Schema(name = "ComparisonSource")
    public enum Source implements Labelled {
        /** Computed from the ledger and appeal records, laid out in this year's format. */
        LEDGER,
        /** The agency's report of the previous year. */
        REPORT,
        /** The agency has no report of the previous year. */
        NO_REPORT;

        @Override
        public String zh() {
            return switch (this) {
                case LEDGER -> "按台账计算";
                case REPORT -> "上一年度报告";
                case NO_REPORT -> "无上一年度报告";
            };
        }

        @Override
        public String en() {
            return switch (this) {
                case LEDGER -> "Computed from the records";
                case REPORT -> "The previous year's report";
                case NO_REPORT -> "No report of the previous year";
            };
        }
    }

    /** The year compared with. */
    @Schema(name = "ReportTableComparison")
    public record Comparison(int year, ReportFormat format, Source source,
            @Schema(description = "What the comparison rests on, in particular across the 2021 format change") String note) {
    }

    /** A row of the table. */
    @Schema(name = "ReportTableRow")
    public record Row(
            @Schema(description = "Section 二: the item of article 20 the row belongs to", examples = "第二十条第（一）项")
            @JsonInclude(JsonInclude.Include.NON_NULL) String group,
            @Schema(examples = "UNAVAILABLE_NOT_HELD") String code,
            @Schema(examples = "三、本年度办理结果 （四）无法提供 1.本机关不掌握相关政府信息") String label,
            @Schema(description = "When compared: whether this year's and last year's figures of the row mean the same")
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean comparable,
            @Schema(description = "When not comparable: why")
            @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
            List<Cell> cells) {
    }

    /** A cell: counts are integers, money a decimal string; a missing figure is null. */
    @Schema(name = "ReportTableCell")
    public record Cell(
            @Schema(examples = "NATURAL_PERSON") String column,
            @Schema(examples = "自然人") String label,
            @Schema(description = "Integer for counts, decimal string for money, null when missing") Object value,
            @Schema(description = "When compared: last year's figure (absent when missing or not comparable)")
            @JsonInclude(JsonInclude.Include.NON_NULL) Object previous,
            @Schema(description = "When compared: value − previous (absent when either is missing or the row is not comparable)")
            @JsonInclude(JsonInclude.Include.NON_NULL) Object difference) {
    }
}
