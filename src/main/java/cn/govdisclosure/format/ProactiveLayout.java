package cn.govdisclosure.format;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The section 二 table of each format (domain §3): groups by article 20 item, each with its columns and rows. Row
 * codes are unique within a format, so a cell is named by its row and column codes.
 */
public final class ProactiveLayout {

    /** The heading of the label column of every group. */
    public static final String CONTENT_HEADING = "信息内容";

    /** What changed in section 二 from GB2019 to GB2021, so that no row of the two compares. */
    public static final String GB2021_CHANGES = "From 2021 the national format (GB2021) counts other things in section 二: "
            + "第二十条第（一）项 本年制发件数, 本年废止件数 and 现行有效件数 instead of 本年新制作, 本年新公开 and 对外公开总数量; "
            + "（五） and （六） only 本年处理决定数量; （八） the fees collected in 万元 instead of fee items; （九） is gone.";

    /** A column of a group. */
    public record Column(String code, String label, CellKind kind, List<String> variants) {

        Column(String code, String label, CellKind kind, String... variants) {
            this(code, label, kind, List.of(variants));
        }

        /** Whether the printed text is this column's heading or a variant of it. */
        public boolean matches(String printed) {
            return PrintedLabels.matchesAny(printed, label, variants);
        }
    }

    /** A row of a group. */
    public record Row(String code, String label, List<String> variants) {

        Row(String code, String label, String... variants) {
            this(code, label, List.of(variants));
        }

        /** Whether the printed text is this row's label or a variant of it. */
        public boolean matches(String printed) {
            return PrintedLabels.matchesAny(printed, label, variants);
        }
    }

    /** The part of the table under one item of article 20. */
    public record Group(String item, List<Column> columns, List<Row> rows) {

        public Optional<Column> column(String code) {
            return columns.stream().filter(column -> column.code().equals(code)).findFirst();
        }

        /** Whether the printed text is this group's item (第二十条第（一）项), ignoring spacing and full-width forms. */
        public boolean matches(String printed) {
            return PrintedLabels.key(printed).equals(PrintedLabels.key(item));
        }
    }

    private static final Row RULES = new Row("RULES", "规章");
    private static final Row ADMINISTRATIVE_PENALTY = new Row("ADMINISTRATIVE_PENALTY", "行政处罚");
    private static final Row ADMINISTRATIVE_COERCION = new Row("ADMINISTRATIVE_COERCION", "行政强制");

    private static final List<Column> GB2019_ITEMS = List.of(
            new Column("PREVIOUS_YEAR_ITEMS", "上一年项目数量", CellKind.COUNT),
            new Column("CHANGE", "本年增/减", CellKind.SIGNED_COUNT, "本年增减", "本年增（减）"),
            new Column("DECISIONS", "处理决定数量", CellKind.COUNT));

    private static final List<Group> GB2019 = List.of(
            new Group("第二十条第（一）项", List.of(
                    new Column("NEWLY_MADE", "本年新制作数量", CellKind.COUNT),
                    new Column("NEWLY_PUBLISHED", "本年新公开数量", CellKind.COUNT),
                    new Column("TOTAL_PUBLISHED", "对外公开总数量", CellKind.COUNT)),
                    List.of(RULES, new Row("NORMATIVE_DOCUMENTS", "规范性文件", "行政规范性文件"))),
            new Group("第二十条第（五）项", GB2019_ITEMS,
                    List.of(new Row("ADMINISTRATIVE_LICENSING", "行政许可"),
                            new Row("OTHER_MANAGEMENT_SERVICES", "其他对外管理服务事项"))),
            new Group("第二十条第（六）项", GB2019_ITEMS, List.of(ADMINISTRATIVE_PENALTY, ADMINISTRATIVE_COERCION)),
            new Group("第二十条第（八）项", GB2019_ITEMS.subList(0, 2),
                    List.of(new Row("ADMINISTRATIVE_FEES", "行政事业性收费"))),
            new Group("第二十条第（九）项", List.of(
                    new Column("PROCUREMENT_ITEMS", "采购项目数量", CellKind.COUNT),
                    new Column("PROCUREMENT_AMOUNT", "采购总金额", CellKind.YUAN, "采购总金额（元）")),
                    List.of(new Row("CENTRALIZED_PROCUREMENT", "政府集中采购"))));

    private static final List<Column> GB2021_DECISIONS = List.of(
            new Column("DECISIONS", "本年处理决定数量", CellKind.COUNT, "处理决定数量"));

    private static final List<Group> GB2021 = List.of(
            new Group("第二十条第（一）项", List.of(
                    new Column("ISSUED", "本年制发件数", CellKind.COUNT),
                    new Column("REPEALED", "本年废止件数", CellKind.COUNT),
                    new Column("IN_FORCE", "现行有效件数", CellKind.COUNT)),
                    List.of(RULES, new Row("NORMATIVE_DOCUMENTS", "行政规范性文件", "规范性文件"))),
            new Group("第二十条第（五）项", GB2021_DECISIONS, List.of(new Row("ADMINISTRATIVE_LICENSING", "行政许可"))),
            new Group("第二十条第（六）项", GB2021_DECISIONS, List.of(ADMINISTRATIVE_PENALTY, ADMINISTRATIVE_COERCION)),
            new Group("第二十条第（八）项", List.of(
                    new Column("FEE_AMOUNT", "本年收费金额（单位：万元）", CellKind.TEN_THOUSAND_YUAN, "本年收费金额",
                            "本年收费金额（万元）")),
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

    /** Every row code of the format's table, in template order. */
    public static Stream<Row> rows(ReportFormat format) {
        return of(format).stream().flatMap(group -> group.rows().stream());
    }
}
