package cn.govdisclosure.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.govdisclosure.demo.DemoDataSet;
import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.ProactiveLayout;
import cn.govdisclosure.format.ReportFormat;

/**
 * Report figures for the rule tests: the Luojiang 2020 reference report (its tables typed from
 * ../shared/reference/luojiang-2020-annual-report.txt, its defective row （四）1 entered correctly, its section 二 and
 * narrative from the demo data set), a consistent GB2021 report, and ways to spoil one cell.
 */
final class Fixtures {

    /** Dates written as the API takes them, 2020-03-15 (never the array form). */
    static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    /** Table 三 of the reference report, GB2019 rows, columns 自然人 … 其他, 总计. */
    static final Map<ApplicationRow, List<Integer>> REFERENCE_TABLE_3 = new LinkedHashMap<>();

    static {
        for (ApplicationRow row : ApplicationRow.rowsOf(ReportFormat.GB2019)) {
            REFERENCE_TABLE_3.put(row, List.of(0, 0, 0, 0, 0, 0, 0));
        }
        REFERENCE_TABLE_3.put(ApplicationRow.NEW_RECEIVED, List.of(7, 0, 0, 0, 0, 2, 9));
        REFERENCE_TABLE_3.put(ApplicationRow.GRANTED, List.of(4, 0, 0, 0, 0, 2, 6));
        REFERENCE_TABLE_3.put(ApplicationRow.UNAVAILABLE_NOT_HELD, List.of(3, 0, 0, 0, 0, 0, 3));
        REFERENCE_TABLE_3.put(ApplicationRow.TOTAL_CONCLUDED, List.of(7, 0, 0, 0, 0, 2, 9));
    }

    /** Table 四 of the reference report in template order: one lawsuit filed directly, corrected. */
    static final List<Integer> REFERENCE_TABLE_4 = List.of(0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0);

    private Fixtures() {
    }

    static DemoDataSet demo() {
        return DemoDataSet.read(MAPPER);
    }

    static ReportFigures reference() {
        DemoDataSet data = demo();
        Map<Integer, String> texts = new HashMap<>();
        for (int section = 1; section <= 6; section++) {
            texts.put(section, data.report().sections().getOrDefault(section, ""));
        }
        return new ReportFigures("350504", 2020, ReportFormat.GB2019, table3(REFERENCE_TABLE_3), table4(REFERENCE_TABLE_4),
                proactive(ReportFormat.GB2019, data.report().proactiveDisclosure()), texts);
    }

    /** A consistent GB2021 report of a year: four applications received, three granted, one carried forward. */
    static ReportFigures gb2021(int year, int inForceRules, int inForceNormative) {
        Map<ApplicationRow, List<Integer>> rows = new LinkedHashMap<>();
        for (ApplicationRow row : ApplicationRow.rowsOf(ReportFormat.GB2021)) {
            rows.put(row, List.of(0, 0, 0, 0, 0, 0, 0));
        }
        rows.put(ApplicationRow.NEW_RECEIVED, List.of(3, 1, 0, 0, 0, 0, 4));
        rows.put(ApplicationRow.GRANTED, List.of(2, 1, 0, 0, 0, 0, 3));
        rows.put(ApplicationRow.TOTAL_CONCLUDED, List.of(2, 1, 0, 0, 0, 0, 3));
        rows.put(ApplicationRow.CARRIED_FORWARD, List.of(1, 0, 0, 0, 0, 0, 1));
        Map<String, Map<String, Object>> proactive = new LinkedHashMap<>();
        proactive.put("RULES", Map.of("ISSUED", 1, "REPEALED", 0, "IN_FORCE", inForceRules));
        proactive.put("NORMATIVE_DOCUMENTS", Map.of("ISSUED", 5, "REPEALED", 2, "IN_FORCE", inForceNormative));
        proactive.put("ADMINISTRATIVE_LICENSING", Map.of("DECISIONS", 120));
        proactive.put("ADMINISTRATIVE_PENALTY", Map.of("DECISIONS", 30));
        proactive.put("ADMINISTRATIVE_COERCION", Map.of("DECISIONS", 4));
        proactive.put("ADMINISTRATIVE_FEES", Map.of("FEE_AMOUNT", "12.5"));
        Map<String, Map<String, JsonNode>> nodes = new LinkedHashMap<>();
        proactive.forEach((row, cells) -> {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            cells.forEach((column, value) -> values.put(column, MAPPER.valueToTree(value)));
            nodes.put(row, values);
        });
        Map<Integer, String> texts = new HashMap<>();
        texts.put(1, year + "年，共受理政府信息公开申请 4 件，其中“予以公开” 3 件。");
        return new ReportFigures("T1", year, ReportFormat.GB2021, table3(rows), table4(List.of(
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)), proactive(ReportFormat.GB2021, nodes), texts);
    }

    static Map<ApplicationRow, Map<ApplicantColumn, BigDecimal>> table3(Map<ApplicationRow, List<Integer>> rows) {
        Map<ApplicationRow, Map<ApplicantColumn, BigDecimal>> table = new EnumMap<>(ApplicationRow.class);
        rows.forEach((row, values) -> {
            Map<ApplicantColumn, BigDecimal> cells = new EnumMap<>(ApplicantColumn.class);
            for (ApplicantColumn column : ApplicantColumn.ALL) {
                Integer value = values.get(column.ordinal());
                cells.put(column, value == null ? null : BigDecimal.valueOf(value));
            }
            table.put(row, cells);
        });
        return table;
    }

    static Map<AppealKind, Map<AppealColumn, BigDecimal>> table4(List<Integer> values) {
        Map<AppealKind, Map<AppealColumn, BigDecimal>> table = new EnumMap<>(AppealKind.class);
        int index = 0;
        for (AppealKind kind : AppealKind.values()) {
            Map<AppealColumn, BigDecimal> cells = new EnumMap<>(AppealColumn.class);
            for (AppealColumn column : AppealColumn.ALL) {
                Integer value = values.get(index++);
                cells.put(column, value == null ? null : BigDecimal.valueOf(value));
            }
            table.put(kind, cells);
        }
        return table;
    }

    static List<ProactiveFigure> proactive(ReportFormat format, Map<String, Map<String, JsonNode>> values) {
        List<ProactiveFigure> figures = new ArrayList<>();
        for (ProactiveLayout.Group group : ProactiveLayout.of(format)) {
            for (ProactiveLayout.Row row : group.rows()) {
                for (ProactiveLayout.Column column : group.columns()) {
                    JsonNode node = values.getOrDefault(row.code(), Map.of()).get(column.code());
                    BigDecimal value = node == null || node.isNull() ? null : new BigDecimal(node.asText());
                    FigureKind kind = switch (column.kind()) {
                        case COUNT -> FigureKind.COUNT;
                        case SIGNED_COUNT -> FigureKind.SIGNED_COUNT;
                        default -> FigureKind.MONEY;
                    };
                    figures.add(new ProactiveFigure(row.code(), column.code(), kind, value));
                }
            }
        }
        return figures;
    }

    /** The same figures with one cell of table 三 changed ({@code null}: missing). */
    static ReportFigures withApplication(ReportFigures figures, ApplicationRow row, ApplicantColumn column, Integer value) {
        Map<ApplicationRow, Map<ApplicantColumn, BigDecimal>> table = new EnumMap<>(ApplicationRow.class);
        figures.applications().forEach((code, cells) -> table.put(code, new EnumMap<>(cells)));
        table.get(row).put(column, value == null ? null : BigDecimal.valueOf(value));
        return new ReportFigures(figures.agencyCode(), figures.year(), figures.format(), table, figures.appeals(),
                figures.proactive(), figures.texts());
    }

    static ReportFigures withAppeal(ReportFigures figures, AppealKind kind, AppealColumn column, Integer value) {
        Map<AppealKind, Map<AppealColumn, BigDecimal>> table = new EnumMap<>(AppealKind.class);
        figures.appeals().forEach((code, cells) -> table.put(code, new EnumMap<>(cells)));
        table.get(kind).put(column, value == null ? null : BigDecimal.valueOf(value));
        return new ReportFigures(figures.agencyCode(), figures.year(), figures.format(), figures.applications(), table,
                figures.proactive(), figures.texts());
    }

    static ReportFigures withProactive(ReportFigures figures, String row, String column, String value) {
        List<ProactiveFigure> cells = figures.proactive().stream()
                .map(cell -> cell.row().equals(row) && cell.column().equals(column)
                        ? new ProactiveFigure(row, column, cell.kind(), value == null ? null : new BigDecimal(value))
                        : cell)
                .toList();
        return new ReportFigures(figures.agencyCode(), figures.year(), figures.format(), figures.applications(),
                figures.appeals(), cells, figures.texts());
    }

    static ReportFigures withText(ReportFigures figures, int section, String text) {
        Map<Integer, String> texts = new HashMap<>(figures.texts());
        texts.put(section, text);
        return new ReportFigures(figures.agencyCode(), figures.year(), figures.format(), figures.applications(),
                figures.appeals(), figures.proactive(), texts);
    }

    static ReportFigures withYear(ReportFigures figures, int year) {
        return new ReportFigures(figures.agencyCode(), year, figures.format(), figures.applications(), figures.appeals(),
                figures.proactive(), figures.texts());
    }
}
