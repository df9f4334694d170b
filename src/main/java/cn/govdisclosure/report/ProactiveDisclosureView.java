package cn.govdisclosure.report;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.format.CellKind;
import cn.govdisclosure.format.ReportFormat;

/**
 * The section 二 table in the report's format. Cell values are whole numbers for counts and decimal
 * strings for money; {@code null} marks a missing cell (not zero).
 */
@Schema(name = "ProactiveDisclosure")
public record ProactiveDisclosureView(ReportFormat format, List<Group> groups) {

    @Schema(name = "ProactiveDisclosureGroup")
    public record Group(@Schema(examples = "第二十条第（一）项") String item, List<Column> columns, List<Row> rows) {
    }

    @Schema(name = "ProactiveDisclosureColumn")
    public record Column(String code, String label, CellKind kind) {
    }

    @Schema(name = "ProactiveDisclosureRow")
    public record Row(String code, String label,
            @Schema(description = "Column code to value: integer for counts, decimal string for money, null when missing")
            Map<String, Object> values) {
    }
}
