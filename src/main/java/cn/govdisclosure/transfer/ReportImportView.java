package cn.govdisclosure.transfer;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.checks.Finding;
import cn.govdisclosure.format.ReportFormat;

/**
 * What an import read from a published report and how it was checked: the document as printed, its sections,
 * every cell of its tables with the text it came from and how it was read, what could not be read (parse findings,
 * with the line), and the findings of the consistency rules over the figures as read.
 */
@Schema(name = "ReportImport")
public record ReportImportView(
        @Schema(description = "The report the figures were stored in; null for a dry run") Long reportId,
        boolean dryRun,
        String agencyCode,
        Document document,
        @Schema(description = "The text between the title and the first section (the report's foreword)")
        String preamble,
        List<Section> sections,
        @Schema(description = "Section 二, row by row, column by column") List<Cell> proactiveDisclosure,
        @Schema(description = "Table 三, every row of the format, seven columns each") List<Cell> applications,
        @Schema(description = "Table 四, three groups of five columns") List<Cell> appeals,
        @Schema(description = "What could not be read as the template expects, and why")
        List<ParseFindingView> parseFindings,
        @Schema(description = "The consistency checks over the figures as read (as stored, when not a dry run)")
        Checks checks) {

    /** The document as printed, and which year and format were used. */
    @Schema(name = "ReportImportDocument")
    public record Document(
            @Schema(examples = "text/html") String mediaType,
            @Schema(description = "The file name or URL given with ?source=") String source,
            @Schema(description = "The title as printed", examples = "洛江区 2020 年政府信息公开工作年度报告") String title,
            @Schema(description = "The agency's name as the title prints it", examples = "洛江区") String agencyName,
            Integer year,
            @Schema(description = "Where the year came from", enumeration = {"PARAMETER", "TITLE", "TEXT", "NONE"})
            String yearFrom,
            ReportFormat format,
            @Schema(description = "Where the format came from", enumeration = {"PARAMETER", "LABELS", "YEAR", "NONE"})
            String formatFrom) {
    }

    /** A section as printed: for sections 二 to 四 the text before the table. */
    @Schema(name = "ReportImportSection")
    public record Section(int number,
            @Schema(description = "The heading as printed; null when not found") String heading,
            @Schema(description = "The line of the document it starts on") Integer line,
            String text) {
    }

    /** One cell as read. */
    @Schema(name = "ReportImportCell")
    public record Cell(
            @Schema(examples = "UNAVAILABLE_NOT_HELD") String row,
            @Schema(examples = "NATURAL_PERSON") String column,
            @Schema(description = "Integer for counts, decimal string for money; null unless READ") Object value,
            @Schema(description = "The printed text the cell was read from", examples = "3") String raw,
            CellStatus status,
            @Schema(description = "When AMBIGUOUS: the values the cell takes in the splits that satisfy the template")
            List<Object> candidates) {
    }

    /** A parse finding. */
    @Schema(name = "ParseFinding")
    public record ParseFindingView(
            @Schema(examples = "SHORT_ROW") String code,
            @Schema(description = "Section 1–6, 0 for the document as a whole") int section,
            String row, String column,
            @Schema(description = "The line of the document's text") Integer line,
            @Schema(description = "The printed text around it") String excerpt,
            String messageZh, String messageEn) {
    }

    /** The consistency checks. */
    @Schema(name = "ReportImportChecks")
    public record Checks(long errors, long warnings, List<Finding> findings) {
    }
}
