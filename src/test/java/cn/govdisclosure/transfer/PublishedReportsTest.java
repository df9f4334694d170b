package cn.govdisclosure.transfer;

import static cn.govdisclosure.transfer.ParsedTables.findings;
import static cn.govdisclosure.transfer.ParsedTables.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.govdisclosure.demo.DemoDataSet;
import cn.govdisclosure.format.ReportFormat;

/**
 * Real published reports read cell by cell: the reference report (tab-separated, GB2019) and two portal pages of
 * 平潭综合实验区 flattened to text (GB2021, every table's digits run together). Every expected cell was worked out by
 * hand from the template's arithmetic.
 */
class PublishedReportsTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @Test
    void theReferenceReportReadsAsPrinted() {
        ParsedReport report = ParsedTables.text(ParsedTables.REFERENCE);

        assertEquals("洛江区 2020 年政府信息公开工作年度报告", report.title());
        assertEquals("洛江区", report.agencyName());
        assertEquals(2020, report.year());
        assertEquals(Detection.TITLE, report.yearFrom());
        assertEquals(ReportFormat.GB2019, report.format());
        assertEquals(Detection.LABELS, report.formatFrom());

        Map<String, String> proactive = new LinkedHashMap<>();
        proactive.put("RULES", "0 0 0");
        proactive.put("NORMATIVE_DOCUMENTS", "21 21 40");
        proactive.put("ADMINISTRATIVE_LICENSING", "417 65 1125");
        proactive.put("OTHER_MANAGEMENT_SERVICES", "198 -10 150");
        proactive.put("ADMINISTRATIVE_PENALTY", "800 -21 127");
        proactive.put("ADMINISTRATIVE_COERCION", "109 -11 65");
        proactive.put("ADMINISTRATIVE_FEES", "11 0");
        proactive.put("CENTRALIZED_PROCUREMENT", "1166 101647022.75");
        assertEquals(proactive, rows(report.proactive()));
        assertEquals(new BigDecimal("101647022.75"), report.proactive().get(report.proactive().size() - 1).value());
        assertEquals("101647022.75 元", report.proactive().get(report.proactive().size() - 1).raw());

        // the rows under （三）（四）（五） print six values for seven columns; the table's column sums place them: the
        // defective （四）1 row "3 0 0 0 0 3" is 自然人 3, 总计 3 (its 3 cannot be 其他, whose column adds up to 2 without it)
        String zeros = "0 0 0 0 0 0 0";
        assertEquals(ParsedTables.gb2019(
                "7 0 0 0 0 2 9", zeros, "4 0 0 0 0 2 6", zeros,
                zeros, zeros, zeros, zeros, zeros, zeros, zeros, zeros,
                "3 0 0 0 0 0 3", zeros, zeros,
                zeros, zeros, zeros, zeros, zeros,
                zeros, "7 0 0 0 0 2 9", zeros), rows(report.applications()));
        assertEquals(Map.of("ADMINISTRATIVE_REVIEW", "0 0 0 0 0", "LITIGATION_DIRECT", "0 1 0 0 1",
                "LITIGATION_AFTER_REVIEW", "0 0 0 0 0"), rows(report.appeals()));

        List<String> shortRows = List.of("DENIED_STATE_SECRET", "DENIED_LAW_PROHIBITED", "DENIED_SECURITY_STABILITY",
                "DENIED_THIRD_PARTY_RIGHTS", "DENIED_INTERNAL_AFFAIRS", "DENIED_PROCESS_INFORMATION",
                "DENIED_ENFORCEMENT_FILE", "DENIED_ADMIN_QUERY", "UNAVAILABLE_NOT_HELD", "UNAVAILABLE_NEEDS_CREATION",
                "UNAVAILABLE_STILL_UNCLEAR", "NOT_PROCESSED_COMPLAINT", "NOT_PROCESSED_DUPLICATE",
                "NOT_PROCESSED_PUBLICATION", "NOT_PROCESSED_EXCESSIVE", "NOT_PROCESSED_CONFIRMATION");
        assertEquals(shortRows.stream().map(row -> "SHORT_ROW 3 " + row).toList(), findings(report));
        ParseFinding notHeld = report.findings().get(8);
        assertEquals(74, notHeld.line());
        assertEquals("“1.本机关不掌握相关政府信息”一行印有 6 个数值，应有 7 个：按表三的合计关系读作 3、0、0、0、0、0、3"
                + "（商业企业、科研机构、社会公益组织、法律服务机构、其他 中有一列未印出，其值为 0）", notHeld.messageZh());
        assertEquals("The row 1.本机关不掌握相关政府信息 prints 6 values for 7 columns: table 三's sums read it as "
                + "3, 0, 0, 0, 0, 0, 3 (one of 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他 was not printed; its value is 0)",
                notHeld.messageEn());
        assertEquals("“1.属于国家秘密”一行印有 6 个数值，应有 7 个：按表三的合计关系读作 0、0、0、0、0、0、0"
                + "（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计 中有一列未印出，其值为 0）",
                report.findings().get(0).messageZh());
        assertEquals(List.of("3", "3"), report.applications().stream()
                .filter(c -> c.row().equals("UNAVAILABLE_NOT_HELD")
                        && (c.column().equals("NATURAL_PERSON") || c.column().equals("TOTAL")))
                .map(ParsedCell::raw).toList());
    }

    @Test
    void theReferenceReportsNarrativeSectionsAreItsText() {
        ParsedReport report = ParsedTables.text(ParsedTables.REFERENCE);
        DemoDataSet demo = DemoDataSet.read(MAPPER);

        assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
                report.sections().stream().map(ParsedSection::heading).toList());
        assertEquals(List.of(7, 35, 58, 86, 94, 100), report.sections().stream().map(ParsedSection::line).toList());
        // the demo data set holds the report's narrative as published, paragraphs broken by page ends joined again
        assertEquals(demo.report().sections().get(1), report.sections().get(0).text());
        assertEquals(demo.report().sections().get(5), report.sections().get(4).text());
        assertEquals("无。", report.sections().get(5).text());
        assertEquals(List.of("", "", ""), report.sections().subList(1, 4).stream().map(ParsedSection::text).toList());
        // section 一 carries its five sub-heads, in order
        String overview = report.sections().get(0).text();
        List<String> subHeads = List.of("（一）政府信息主动公开情况", "（二）政府信息依申请公开情况。", "（三）政府信息管理情况。",
                "（四）公开平台建设情况。", "（五）监督保障情况。");
        int at = -1;
        for (String subHead : subHeads) {
            int next = overview.indexOf("\n" + subHead);
            assertEquals(true, next > at, subHead);
            at = next;
        }
        assertEquals("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的规定，现公布洛江区 2020 年政府信息公开工作年度报告。"
                + "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请的情况、政府信息公开行政复议和行政诉讼情况、"
                + "存在的主要问题及改进措施、其他需要报告的事项等六个部分组成，起止时间为 2020 年 1 月 1 日至 2020 年 12 月 31 日。",
                report.preamble());
    }

    @Test
    void aFlattenedPortalPageOf2023SplitsEveryRowByTheTemplatesArithmetic() {
        ParsedReport report = ParsedTables.text(ParsedTables.PINGTAN_2023);

        assertEquals("平潭综合实验区2023年度政府信息公开工作年度报告", report.title());
        assertEquals("平潭综合实验区", report.agencyName());
        assertEquals(2023, report.year());
        assertEquals(ReportFormat.GB2021, report.format());
        assertEquals(Detection.LABELS, report.formatFrom());

        String zero = "0 0 0 0 0 0 0";
        assertEquals(ParsedTables.gb2021(
                "80 1 0 0 0 0 81", zero, "22 0 0 0 0 0 22", "19 1 0 0 0 0 20",
                zero, zero, zero, "1 0 0 0 0 0 1", zero, "1 0 0 0 0 0 1", "1 0 0 0 0 0 1", "2 0 0 0 0 0 2",
                "31 0 0 0 0 0 31", zero, zero,
                zero, "1 0 0 0 0 0 1", zero, zero, zero,
                "1 0 0 0 0 0 1", zero, "1 0 0 0 0 0 1",
                "80 1 0 0 0 0 81", zero), rows(report.applications()));
        // 110024001510102: fifteen digits for fifteen cells
        assertEquals(Map.of("ADMINISTRATIVE_REVIEW", "1 1 0 0 2", "LITIGATION_DIRECT", "4 0 0 1 5",
                "LITIGATION_AFTER_REVIEW", "1 0 1 0 2"), rows(report.appeals()));

        Map<String, String> proactive = new LinkedHashMap<>();
        proactive.put("RULES", "0 0 0");
        proactive.put("NORMATIVE_DOCUMENTS", "? ? ?");
        proactive.put("ADMINISTRATIVE_LICENSING", "2629");
        proactive.put("ADMINISTRATIVE_PENALTY", "1330");
        proactive.put("ADMINISTRATIVE_COERCION", "54");
        proactive.put("ADMINISTRATIVE_FEES", "5949.088667");
        assertEquals(proactive, rows(report.proactive()));
        assertEquals("5949.088667", report.proactive().get(report.proactive().size() - 1).value().toPlainString());
        // 77132470 in three cells: nothing in section 二 relates them, so every split is a candidate, none is taken
        ParsedCell issued = report.proactive().get(3);
        assertEquals("ISSUED", issued.column());
        assertEquals("77132470", issued.raw());
        assertEquals(List.of("7", "77", "771", "7713", "77132", "771324"),
                issued.candidates().stream().map(BigDecimal::toPlainString).toList());
        assertEquals(List.of("AMBIGUOUS_SPLIT 2 NORMATIVE_DOCUMENTS"), findings(report));
        assertEquals("“行政规范性文件”一行的数字“77132470”有 21 种可能的拆分（7|7|132470；7|71|32470；7|713|2470；7|7132|470；"
                + "7|71324|70；7|713247|0；77|1|32470；77|13|2470；77|132|470；77|1324|70；……），本年制发件数、本年废止件数、"
                + "现行有效件数 列不予猜测", report.findings().get(0).messageZh());

        assertEquals(Collections.nCopies(6, 8), report.sections().stream().map(ParsedSection::line).toList());
        assertEquals("2023年，无收取信息处理费情况。", report.sections().get(5).text());
        String overview = report.sections().get(0).text();
        assertEquals(true, overview.startsWith("2023年，平潭综合实验区坚持以习近平新时代中国特色社会主义思想为指导"), overview);
        assertEquals(true, overview.endsWith("并对相关责任人进行递进式效能问责。"), overview);
        assertEquals(true, report.sections().get(4).text().startsWith("存在的问题主要有以下几个方面："));
    }

    @Test
    void aFlattenedPortalPageOf2025SplitsTable4ByItsGroupSums() {
        ParsedReport report = ParsedTables.text(ParsedTables.PINGTAN_2025);

        assertEquals(2025, report.year());
        String zero = "0 0 0 0 0 0 0";
        // 15130000154 is 151 3 0 0 0 0 154; 491000050 is 49 1 0 0 0 0 50; 14710000148 is 147 1 0 0 0 0 148
        assertEquals(ParsedTables.gb2021(
                "151 3 0 0 0 0 154", zero, "33 0 0 0 0 0 33", "38 0 0 0 0 0 38",
                zero, zero, zero, zero, "3 0 0 0 0 0 3", "2 0 0 0 0 0 2", "3 0 0 0 0 0 3", "3 0 0 0 0 0 3",
                "49 1 0 0 0 0 50", "3 0 0 0 0 0 3", zero,
                "2 0 0 0 0 0 2", zero, zero, zero, zero,
                "8 0 0 0 0 0 8", "2 0 0 0 0 0 2", "1 0 0 0 0 0 1",
                "147 1 0 0 0 0 148", "4 2 0 0 0 0 6"), rows(report.applications()));
        // 25380363300630003: seventeen digits for fifteen cells; only 25 3 8 0 36 | 3 3 0 0 6 | 3 0 0 0 3 sums up
        assertEquals(Map.of("ADMINISTRATIVE_REVIEW", "25 3 8 0 36", "LITIGATION_DIRECT", "3 3 0 0 6",
                "LITIGATION_AFTER_REVIEW", "3 0 0 0 3"), rows(report.appeals()));
        assertEquals("? ? ?", rows(report.proactive()).get("NORMATIVE_DOCUMENTS"));
        assertEquals("4166.241619", rows(report.proactive()).get("ADMINISTRATIVE_FEES"));
        assertEquals("644", rows(report.proactive()).get("ADMINISTRATIVE_PENALTY"));
        assertEquals(List.of("AMBIGUOUS_SPLIT 2 NORMATIVE_DOCUMENTS"), findings(report));
        assertEquals("2025年，无收取信息处理费情况。", report.sections().get(5).text());
    }
}
