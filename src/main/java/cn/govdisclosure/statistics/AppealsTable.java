package cn.govdisclosure.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;

/**
 * Table 四: for 行政复议, 行政诉讼·未经复议直接起诉 and 行政诉讼·复议后起诉, the cases 结果维持, 结果纠正, 其他结果,
 * 尚未审结 and 总计 — as the template's 15 values in order, keyed by kind and result, and as labelled groups.
 * The groups are always made from {@code byKind}: a value given for them is not read.
 */
@Schema(name = "AppealsTable")
public record AppealsTable(
        @Schema(description = "The 15 values in template order") List<Long> values,
        Map<AppealKind, Map<AppealColumn, Long>> byKind,
        @Schema(description = "The same values as the template lays them out, labelled: one group per kind "
                + "(行政复议, then 行政诉讼 未经复议直接起诉 and 复议后起诉), each with its five results in template order "
                + "(结果维持, 结果纠正, 其他结果, 尚未审结, 总计). The same in both formats.") List<Group> groups) {

    public AppealsTable {
        groups = byKind == null ? null : groupsOf(byKind);
    }

    public AppealsTable(List<Long> values, Map<AppealKind, Map<AppealColumn, Long>> byKind) {
        this(values, byKind, null);
    }

    /** One group of table 四: a kind of case with its results. */
    @Schema(name = "AppealsTableGroup", requiredProperties = {"kind", "label", "results"})
    public record Group(
            AppealKind kind,
            @Schema(description = "The template's heading of the group", examples = "未经复议直接起诉") String label,
            @Schema(description = "The heading the template prints over the group: 行政诉讼 for both kinds of lawsuit; "
                    + "absent for 行政复议", examples = "行政诉讼")
            @JsonInclude(JsonInclude.Include.NON_NULL) String heading,
            @Schema(description = "The five results in template order, the total last") List<Result> results) {
    }

    /** One cell of table 四: a result of a kind of case, with its count. */
    @Schema(name = "AppealsTableResult", requiredProperties = {"result", "label"})
    public record Result(
            AppealColumn result,
            @Schema(description = "The template's column heading", examples = "结果纠正") String label,
            @Schema(description = "The number of cases; null when a reported table leaves the cell blank") Long count) {
    }

    private static List<Group> groupsOf(Map<AppealKind, Map<AppealColumn, Long>> byKind) {
        return Arrays.stream(AppealKind.values()).map(kind -> {
            Map<AppealColumn, Long> counts = byKind.getOrDefault(kind, Map.of());
            List<Result> results = AppealColumn.ALL.stream()
                    .map(column -> new Result(column, column.label(), counts.get(column))).toList();
            return new Group(kind, kind.label(), kind.isLitigation() ? AppealKind.LITIGATION_HEADING : null, results);
        }).toList();
    }
}
