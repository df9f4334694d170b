package cn.govdisclosure.statistics;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;

/**
 * Table 四: for 行政复议, 行政诉讼·未经复议直接起诉 and 行政诉讼·复议后起诉, the cases 结果维持, 结果纠正, 其他结果,
 * 尚未审结 and 总计 — as the template's 15 values in order, and keyed by kind and result.
 */
@Schema(name = "AppealsTable")
public record AppealsTable(
        @Schema(description = "The 15 values in template order") List<Long> values,
        Map<AppealKind, Map<AppealColumn, Long>> byKind) {
}
