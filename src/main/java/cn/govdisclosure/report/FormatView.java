package cn.govdisclosure.report;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.format.SectionHeading;

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
                format.source(),
                format.years(),
                Arrays.stream(SectionHeading.values())
                        .map(heading -> new SectionView(heading.number(), heading.heading(), heading.hasTable(), ""))
                        .toList(),
                ProactiveCells.view(format, List.of()),
                ApplicationRow.rowsOf(format).stream().map(row -> new Line(row.name(), row.label(format))).toList(),
                ApplicantColumn.ALL.stream().map(column -> new Line(column.name(), column.label())).toList(),
                Arrays.stream(AppealKind.values()).map(kind -> new Line(kind.name(), kind.path())).toList(),
                AppealColumn.ALL.stream().map(column -> new Line(column.name(), column.label())).toList());
    }
}
