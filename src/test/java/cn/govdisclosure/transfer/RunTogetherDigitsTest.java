package cn.govdisclosure.transfer;

import static cn.govdisclosure.transfer.ParsedTables.findings;
import static cn.govdisclosure.transfer.ParsedTables.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.CellKind;
import cn.govdisclosure.format.ReportFormat;

/**
 * The ambiguity rule: digits that ran together are split only when exactly one split satisfies the template — a
 * row's 总计 is the sum of its six columns, outcome rows add up to （七）总计 per column, 一 + 二 = （七） + 四, each
 * group of table 四 adds up — and otherwise marked AMBIGUOUS with the candidates, never guessed.
 */
class RunTogetherDigitsTest {

    private static final String ZERO = "0 0 0 0 0 0 0";

    /** A GB2021 report flattened as a portal prints it: labels and digits run together, nothing between. */
    static String flattened(Map<ApplicationRow, String> digits, String table4) {
        StringBuilder page = new StringBuilder("示例区2022年政府信息公开工作年度报告一、总体情况无。二、主动公开政府信息情况"
                + "第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件312"
                + "第二十条第（五）项信息内容本年处理决定数量行政许可7第二十条第（六）项信息内容本年处理决定数量行政处罚4行政强制0"
                + "第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0"
                + "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
                + "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他");
        for (ApplicationRow row : ApplicationRow.rowsOf(ReportFormat.GB2021)) {
            ApplicationRow.Group group = row.group(ReportFormat.GB2021);
            if (group != null && group != ApplicationRow.Group.RESULTS
                    && ApplicationRow.rowsOf(ReportFormat.GB2021).stream().filter(r -> r.group(ReportFormat.GB2021) == group)
                            .findFirst().orElseThrow() == row) {
                page.append(group.label());
            }
            if (row == ApplicationRow.GRANTED) {
                page.append(ApplicationRow.Group.RESULTS.label());
            }
            page.append(row.ownLabel(ReportFormat.GB2021)).append(digits.getOrDefault(row, "0000000"));
        }
        page.append("四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉"
                + "复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计").append(table4)
                .append("五、存在的主要问题及改进情况无。六、其他需要报告的事项无。");
        return page.toString();
    }

    @Test
    void runTogetherDigitsSplitWhenOnlyOneSplitAddsUp() {
        Map<ApplicationRow, String> digits = new EnumMap<>(ApplicationRow.class);
        digits.put(ApplicationRow.NEW_RECEIVED, "7000007");
        digits.put(ApplicationRow.GRANTED, "7000007");
        digits.put(ApplicationRow.TOTAL_CONCLUDED, "7000007");
        ParsedReport report = ParsedTables.text(flattened(digits, "000000000000000"));

        assertEquals("7 0 0 0 0 0 7", rows(report.applications()).get("NEW_RECEIVED"));
        assertEquals("7 0 0 0 0 0 7", rows(report.applications()).get("GRANTED"));
        assertEquals(ZERO, rows(report.applications()).get("CARRIED_FORWARD"));
        assertEquals("0 0 0 0 0", rows(report.appeals()).get("LITIGATION_DIRECT"));
        assertEquals(List.of(), findings(report));
        assertEquals(Map.of("RULES", "0 0 0", "NORMATIVE_DOCUMENTS", "3 1 2"), Map.of("RULES",
                rows(report.proactive()).get("RULES"), "NORMATIVE_DOCUMENTS",
                rows(report.proactive()).get("NORMATIVE_DOCUMENTS")));
    }

    @Test
    void aRowThatSplitsTwoWaysIsAmbiguousWithItsCandidatesAndCellsBothSplitsAgreeOnAreRead() {
        // 101000011: 1 0 10 0 0 0 11 and 10 1 0 0 0 0 11 both add up (splits are listed shortest first); （七）总计 is blank, so the table cannot decide
        Map<ApplicationRow, String> digits = new EnumMap<>(ApplicationRow.class);
        digits.put(ApplicationRow.GRANTED, "101000011");
        digits.put(ApplicationRow.TOTAL_CONCLUDED, "");
        ParsedReport report = ParsedTables.text(flattened(digits, ""));

        assertEquals("? ? ? 0 0 0 11", rows(report.applications()).get("GRANTED"));
        assertEquals("_ _ _ _ _ _ _", rows(report.applications()).get("TOTAL_CONCLUDED"));
        List<ParsedCell> granted = report.applications().stream().filter(c -> c.row().equals("GRANTED")).toList();
        assertEquals(List.of(List.of("1", "10"), List.of("0", "1"), List.of("10", "0")), granted.subList(0, 3).stream()
                .map(c -> c.candidates().stream().map(BigDecimal::toPlainString).toList()).toList());
        assertEquals(List.of(CellStatus.AMBIGUOUS, CellStatus.AMBIGUOUS, CellStatus.AMBIGUOUS, CellStatus.READ,
                CellStatus.READ, CellStatus.READ, CellStatus.READ), granted.stream().map(ParsedCell::status).toList());
        assertEquals("101000011", granted.get(0).raw());
        assertEquals(null, granted.get(0).value());
        assertEquals(List.of("AMBIGUOUS_SPLIT 3 GRANTED"), findings(report));
        assertEquals("“（一）予以公开”一行的数字“101000011”有 2 种符合表格合计关系的拆分（1|0|10|0|0|0|11；10|1|0|0|0|0|11），"
                + "自然人、商业企业、科研机构 列不予猜测", report.findings().get(0).messageZh());
        // a table printed without any digit stays blank: blank is never 0
        assertEquals("_ _ _ _ _", rows(report.appeals()).get("ADMINISTRATIVE_REVIEW"));
    }

    @Test
    void theTableAsAWholeDecidesARowThatSplitsTwoWaysOnItsOwn() {
        // 一 9 2 0 0 0 0 11 (92000011 splits only so) and 二 1 0 0 0 0 0 1 make （七） 10 2 0 0 0 0 12 (102000012 splits only so); of 予以公开's two
        // splits only 10 1 0 0 0 0 11 with 部分公开's 0 1 0 0 0 0 1 adds up to （七） in every column
        Map<ApplicationRow, String> digits = new EnumMap<>(ApplicationRow.class);
        digits.put(ApplicationRow.NEW_RECEIVED, "92000011");
        digits.put(ApplicationRow.CARRIED_OVER, "1000001");
        digits.put(ApplicationRow.GRANTED, "101000011");
        digits.put(ApplicationRow.PARTIALLY_GRANTED, "0100001");
        digits.put(ApplicationRow.TOTAL_CONCLUDED, "102000012");
        ParsedReport report = ParsedTables.text(flattened(digits, "000000000000000"));

        Map<String, String> rows = rows(report.applications());
        assertEquals("9 2 0 0 0 0 11", rows.get("NEW_RECEIVED"));
        assertEquals("1 0 0 0 0 0 1", rows.get("CARRIED_OVER"));
        assertEquals("10 1 0 0 0 0 11", rows.get("GRANTED"));
        assertEquals("0 1 0 0 0 0 1", rows.get("PARTIALLY_GRANTED"));
        assertEquals("10 2 0 0 0 0 12", rows.get("TOTAL_CONCLUDED"));
        assertEquals(List.of(), findings(report));
    }

    @Test
    void strayAndFullWidthDigitsAndBlanksInARun() {
        Map<ApplicationRow, String> digits = new EnumMap<>(ApplicationRow.class);
        digits.put(ApplicationRow.NEW_RECEIVED, "230 000023");
        digits.put(ApplicationRow.GRANTED, "２３０００００２３");
        digits.put(ApplicationRow.PARTIALLY_GRANTED, "/ / / / / / /");
        digits.put(ApplicationRow.DENIED_STATE_SECRET, "5////—5");
        digits.put(ApplicationRow.TOTAL_CONCLUDED, "280000028");
        ParsedReport report = ParsedTables.text(flattened(digits, "000000000000000"));

        Map<String, String> rows = rows(report.applications());
        assertEquals("23 0 0 0 0 0 23", rows.get("NEW_RECEIVED"));
        assertEquals("23 0 0 0 0 0 23", rows.get("GRANTED"));
        assertEquals("_ _ _ _ _ _ _", rows.get("PARTIALLY_GRANTED"));
        assertEquals("5 _ _ _ _ _ 5", rows.get("DENIED_STATE_SECRET"));
        assertEquals("28 0 0 0 0 0 28", rows.get("TOTAL_CONCLUDED"));
        assertEquals("5", report.applications().stream().filter(c -> c.row().equals("DENIED_STATE_SECRET"))
                .findFirst().orElseThrow().raw());
        assertEquals("—", report.applications().stream().filter(c -> c.row().equals("DENIED_STATE_SECRET")
                && c.column().equals("OTHER_ORGANIZATION")).findFirst().orElseThrow().raw());
    }

    @Test
    void digitsTooFewForTheCellsOrSplittingNoWayThatAddsUpAreNotRead() {
        Map<ApplicationRow, String> digits = new EnumMap<>(ApplicationRow.class);
        digits.put(ApplicationRow.GRANTED, "77");
        digits.put(ApplicationRow.PARTIALLY_GRANTED, "10000028");
        digits.put(ApplicationRow.DENIED_STATE_SECRET, "7000028");
        ParsedReport report = ParsedTables.text(flattened(digits, "000000000000000"));

        Map<String, String> rows = rows(report.applications());
        assertEquals("! ! ! ! ! ! !", rows.get("GRANTED"));
        assertEquals("! ! ! ! ! ! !", rows.get("PARTIALLY_GRANTED"));
        // seven digits for seven cells split one way only: read as printed, the checks then flag its total
        assertEquals("7 0 0 0 0 2 8", rows.get("DENIED_STATE_SECRET"));
        assertEquals(List.of("CELLS_DROPPED 3 GRANTED", "NO_SPLIT 3 PARTIALLY_GRANTED"), findings(report));
    }

    @Test
    void splitsOnlyIntoNumbers() {
        DigitSplitter splitter = new DigitSplitter();
        RowSpec three = new RowSpec(List.of(CellKind.COUNT, CellKind.COUNT, CellKind.COUNT), List.of());
        // 100010 in three cells: 10|0|010 and 1|0|0010 are not numbers (leading zeros); 0 itself is one
        assertEquals(List.of("100|0|10", "1000|1|0"), splits(splitter.split(
                List.of(DigitSplitter.Piece.run("100010", false, null, "100010")), three, true, 100)));

        // 29 digits in seven cells: 1e11 0 0 0 0 0 1e11 is the only split whose total is the sum
        RowSpec row = RowSpec.counts(7, 1);
        String run = "100000000000" + "00000" + "100000000000";
        DigitSplitter.Result result = splitter.split(List.of(DigitSplitter.Piece.run(run, false, null, run)), row, true,
                100);
        assertEquals(true, result.complete());
        assertEquals(List.of("100000000000|0|0|0|0|0|100000000000"), splits(result));

        // money takes the decimals, a count does not; only a signed cell takes the sign
        RowSpec procurement = new RowSpec(List.of(CellKind.COUNT, CellKind.YUAN), List.of());
        assertEquals(List.of("1|16610164.75", "11|6610164.75", "116|610164.75", "1166|10164.75", "116610|164.75",
                "1166101|64.75", "11661016|4.75"), splits(splitter.split(
                        List.of(DigitSplitter.Piece.run("116610164", false, "75", "116610164.75")), procurement, true,
                        100)));
        RowSpec change = new RowSpec(List.of(CellKind.COUNT, CellKind.SIGNED_COUNT, CellKind.COUNT), List.of());
        assertEquals(List.of("198|-10|150", "198|-101|50", "198|-1015|0"), splits(splitter.split(
                List.of(DigitSplitter.Piece.run("198", false, null, "198"),
                        DigitSplitter.Piece.run("10150", true, null, "-10150")), change, true, 100)));
    }

    private static List<String> splits(DigitSplitter.Result result) {
        return result.splits().stream().map(split -> String.join("|",
                split.stream().map(cell -> cell.value() == null ? "_" : cell.value().toPlainString()).toList()))
                .toList();
    }
}
