package cn.govdisclosure.checks;

import java.util.Arrays;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.ProactiveLayout;
import cn.govdisclosure.format.ReportFormat;

/** A cell named in a Chinese message as the template prints it: its table, its row's label and its column's. */
final class Places {

    private Places() {
    }

    /** 表三「（一）予以公开」行「总计」列, 表四「行政诉讼（未经复议直接起诉）」「结果纠正」, 表二「行政许可」行「处理决定数量」列. */
    static String zh(ReportFormat format, int section, String row, String column) {
        return switch (section) {
            case 3 -> "表三「" + applicationRow(format, row) + "」行「" + applicantColumn(column) + "」列";
            case 4 -> "表四「" + appealKind(row) + "」「" + appealColumn(column) + "」";
            case 2 -> "表二「" + proactiveRow(format, row) + "」行「" + proactiveColumn(format, row, column) + "」列";
            default -> "第" + section + "部分";
        };
    }

    static String applicationRow(ReportFormat format, String code) {
        return Arrays.stream(ApplicationRow.values()).filter(row -> row.name().equals(code)).findFirst()
                .map(row -> row.caption(format)).orElse(code);
    }

    static String applicantColumn(String code) {
        return Arrays.stream(ApplicantColumn.values()).filter(column -> column.name().equals(code)).findFirst()
                .map(ApplicantColumn::label).orElse(code);
    }

    static String appealKind(String code) {
        return Arrays.stream(AppealKind.values()).filter(kind -> kind.name().equals(code)).findFirst()
                .map(AppealKind::path).orElse(code);
    }

    static String appealColumn(String code) {
        return Arrays.stream(AppealColumn.values()).filter(column -> column.name().equals(code)).findFirst()
                .map(AppealColumn::label).orElse(code);
    }

    static String proactiveRow(ReportFormat format, String code) {
        return ProactiveLayout.rows(format).filter(row -> row.code().equals(code)).findFirst()
                .map(ProactiveLayout.Row::label).orElse(code);
    }

    static String proactiveColumn(ReportFormat format, String row, String code) {
        return ProactiveLayout.groupOf(format, row).flatMap(group -> group.column(code))
                .map(ProactiveLayout.Column::label).orElse(code);
    }
}
