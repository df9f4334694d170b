package cn.govdisclosure.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * A report's table as CSV. Tables whose rows share their columns (三 and 四) are written as printed: a row
 * per template row, a column per template column. Section 二, whose items have different columns, and any
 * comparison with the previous year are written one cell per line.
 */
final class TableCsv {

    private TableCsv() {
    }

    static byte[] write(ReportTable table) {
        Csv csv = new Csv();
        if (table.comparison() != null) {
            compared(csv, table);
        } else if (uniform(table.rows())) {
            List<Object> header = new ArrayList<>(List.of("代码", "项目"));
            table.rows().get(0).cells().forEach(cell -> header.add(cell.label()));
            csv.row(header);
            for (ReportTable.Row row : table.rows()) {
                List<Object> line = new ArrayList<>(List.of(row.code(), row.label()));
                row.cells().forEach(cell -> line.add(cell.value()));
                csv.row(line);
            }
        } else {
            csv.row("分组", "代码", "项目", "列代码", "列", "数值");
            for (ReportTable.Row row : table.rows()) {
                for (ReportTable.Cell cell : row.cells()) {
                    csv.row(row.group(), row.code(), row.label(), cell.column(), cell.label(), cell.value());
                }
            }
        }
        return csv.bytes();
    }

    private static void compared(Csv csv, ReportTable table) {
        int year = table.year();
        int previous = table.comparison().year();
        csv.row("分组", "代码", "项目", "列代码", "列", year + "年", previous + "年", "增减", "可比", "说明");
        for (ReportTable.Row row : table.rows()) {
            for (ReportTable.Cell cell : row.cells()) {
                csv.row(row.group(), row.code(), row.label(), cell.column(), cell.label(), cell.value(), cell.previous(),
                        cell.difference(), Boolean.TRUE.equals(row.comparable()) ? "是" : "否", row.reason());
            }
        }
        if (table.previousRows() != null) {
            for (ReportTable.Row row : table.previousRows()) {
                for (ReportTable.Cell cell : row.cells()) {
                    csv.row(row.group(), row.code(), row.label(), cell.column(), cell.label(), null, cell.value(), null,
                            "否", previous + "年（" + table.comparison().format() + "）的行");
                }
            }
        }
    }

    private static boolean uniform(List<ReportTable.Row> rows) {
        List<String> first = rows.get(0).cells().stream().map(ReportTable.Cell::column).toList();
        return rows.stream().allMatch(row -> row.cells().stream().map(ReportTable.Cell::column).toList().equals(first));
    }
}
