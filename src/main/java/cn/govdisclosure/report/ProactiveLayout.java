package cn.govdisclosure.report;

import java.util.List;
import java.util.Optional;

import cn.govdisclosure.statistics.ReportFormat;

/**
 * The section 二 table of each format (domain §3): groups by article 20 item, each with its columns and
 * rows. Row codes are unique within a format, so a cell is named by its row and column codes.
 */
public final class ProactiveLayout {

    /** A column of a group. */
    public record Column(String code, String label, CellKind kind) {
    }

    /** A row of a group. */
    public record Row(String code, String label) {
    }

    /** The part of the table under one item of article 20. */
    public record Group(String item, List<Column> columns, List<Row> rows) {

        public Optional<Column> column(String code) {
            return columns.stream().filter(column -> column.code().equals(code)).findFirst();
        }
    }

    private static final List<Column> GB2019_ITEMS = List.of(
            new Column("PREVIOUS_YEAR_ITEMS", "上一年项目数量", CellKind.COUNT),
            new Column("CHANGE", "本年增/减", CellKind.SIGNED_COUNT),
            new Column("DECISIONS", "处理决定数量", CellKind.COUNT));

    private static final List<Group> GB2019 = List.of(
            new Group("第二十条第（一）项", List.of(
                    new Column("NEWLY_MADE", "本年新制作数量", CellKind.COUNT),
                    new Column("NEWLY_PUBLISHED", "本年新公开数量", CellKind.COUNT),
                    new Column("TOTAL_PUBLISHED", "对外公开总数量", CellKind.COUNT)),
                    List.of(new Row("RULES", "规章"), new Row("NORMATIVE_DOCUMENTS", "规范性文件"))),
            new Group("第二十条第（五）项", GB2019_ITEMS,
                    List.of(new Row("ADMINISTRATIVE_LICENSING", "行政许可"),
                            new Row("OTHER_MANAGEMENT_SERVICES", "其他对外管理服务事项"))),
            new Group("第二十条第（六）项", GB2019_ITEMS,
                    List.of(new Row("ADMINISTRATIVE_PENALTY", "行政处罚"),
                            new Row("ADMINISTRATIVE_COERCION", "行政强制"))),
            new Group("第二十条第（八）项", GB2019_ITEMS.subList(0, 2),
                    List.of(new Row("ADMINISTRATIVE_FEES", "行政事业性收费"))),
            new Group("第二十条第（九）项", List.of(
                    new Column("PROCUREMENT_ITEMS", "采购项目数量", CellKind.COUNT),
                    new Column("PROCUREMENT_AMOUNT", "采购总金额", CellKind.YUAN)),
                    List.of(new Row("CENTRALIZED_PROCUREMENT", "政府集中采购"))));

    private static final List<Column> GB2021_DECISIONS = List.of(
            new Column("DECISIONS", "本年处理决定数量", CellKind.COUNT));

    private static final List<Group> GB2021 = List.of(
            new Group("第二十条第（一）项", List.of(
                    new Column("ISSUED", "本年制发件数", CellKind.COUNT),
                    new Column("REPEALED", "本年废止件数", CellKind.COUNT),
                    new Column("IN_FORCE", "现行有效件数", CellKind.COUNT)),
                    List.of(new Row("RULES", "规章"), new Row("NORMATIVE_DOCUMENTS", "行政规范性文件"))),
            new Group("第二十条第（五）项", GB2021_DECISIONS, List.of(new Row("ADMINISTRATIVE_LICENSING", "行政许可"))),
            new Group("第二十条第（六）项", GB2021_DECISIONS,
                    List.of(new Row("ADMINISTRATIVE_PENALTY", "行政处罚"),
                            new Row("ADMINISTRATIVE_COERCION", "行政强制"))),
            new Group("第二十条第（八）项", List.of(
                    new Column("FEE_AMOUNT", "本年收费金额（单位：万元）", CellKind.TEN_THOUSAND_YUAN)),
                    List.of(new Row("ADMINISTRATIVE_FEES", "行政事业性收费"))));

    private ProactiveLayout() {
    }

    public static List<Group> of(ReportFormat format) {
        return format == ReportFormat.GB2019 ? GB2019 : GB2021;
    }

    /** The group holding a row of the format's table. */
    public static Optional<Group> groupOf(ReportFormat format, String rowCode) {
        return of(format).stream().filter(group -> group.rows().stream().anyMatch(row -> row.code().equals(rowCode)))
                .findFirst();
    }
}
