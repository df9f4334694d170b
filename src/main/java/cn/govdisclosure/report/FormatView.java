package cn.govdisclosure.report;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.checks.Labels;
import cn.govdisclosure.ledger.AppealKind;
import cn.govdisclosure.statistics.AppealColumn;
import cn.govdisclosure.statistics.ApplicantColumn;
import cn.govdisclosure.statistics.ApplicationRow;
import cn.govdisclosure.statistics.ReportFormat;

/** A national report format: its sections, the section 二 layout and the rows and columns of tables 三 and 四. */
@Schema(name = "ReportFormatDescription")
public record FormatView(
        ReportFormat code,
        @Schema(examples = "国办公开办函〔2019〕60号") String source,
        @Schema(description = "The report years that use this format") String years,
        List<SectionView> sections,
        @Schema(description = "Section 二: groups, columns with their kind, rows (values all null)")
        ProactiveDisclosureView proactiveDisclosure,
        @Schema(description = "Table 三: its rows in template order (25 in GB2021, 23 in GB2019) and its columns")
        List<Line> applicationRows,
        List<Line> applicationColumns,
        @Schema(description = "Table 四: its groups and the columns of each group") List<Line> appealGroups,
        List<Line> appealColumns) {

    /** A row, column or group: its code and official label. */
    @Schema(name = "ReportFormatLine")
    public record Line(String code, String label) {
    }

    static FormatView of(ReportFormat format) {
        return new FormatView(format,
                format == ReportFormat.GB2019 ? "国办公开办函〔2019〕60号" : "国办公开办函〔2021〕30号",
                format == ReportFormat.GB2019 ? "2020 and before" : "2021 and after",
                Arrays.stream(SectionHeading.values())
                        .map(heading -> new SectionView(heading.number(), heading.heading(), heading.hasTable(), ""))
                        .toList(),
                ProactiveCells.view(format, List.of()),
                ApplicationRow.rowsOf(format).stream().map(row -> new Line(row.name(), row.label(format))).toList(),
                ApplicantColumn.ALL.stream().map(column -> new Line(column.name(), column.label())).toList(),
                Arrays.stream(AppealKind.values()).map(kind -> new Line(kind.name(), Labels.of(kind))).toList(),
                AppealColumn.ALL.stream().map(column -> new Line(column.name(), column.label())).toList());
    }
}
