package cn.govdisclosure.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.Outcome;
import cn.govdisclosure.format.PrintedLabels;
import cn.govdisclosure.ledger.Applicant;
import cn.govdisclosure.ledger.ApplicationInput;
import cn.govdisclosure.ledger.Channel;
import cn.govdisclosure.ledger.LedgerColumn;

/**
 * Reads the rows of a spreadsheet as an office keeps it. In each sheet, the header is the first row (among the
 * first {@value #HEADER_SEARCH_ROWS}) naming the tracking number and at least two other known columns; rows
 * above it (merged titles, notes) are skipped, and so are blank rows and total lines (合计, 总计, 小计, 共计).
 * A sheet without such a header (a list of allowed values, notes) is skipped whole. Values are recognised as
 * printed in the national template (through {@code format}) or as codes; the mapping overrides both.
 */
final class LedgerCells {

    static final int HEADER_SEARCH_ROWS = 30;
    private static final List<String> TOTALS = List.of("合计", "总计", "小计", "共计", "总数");
    private static final List<LedgerColumn> REQUIRED = List.of(LedgerColumn.TRACKING_NUMBER,
            LedgerColumn.RECEIVED_DATE, LedgerColumn.CHANNEL, LedgerColumn.APPLICANT_TYPE, LedgerColumn.APPLICANT_NAME,
            LedgerColumn.SUBJECT);

    private final ImportMapping mapping;
    private final Consumer<ParsedRow> rows;
    private final Map<String, String> channelValues;
    private final Map<String, String> typeValues;
    private final Map<String, String> outcomeValues;

    private final Map<LedgerColumn, Map<String, Optional<?>>> recognised = new EnumMap<>(LedgerColumn.class);
    private String sheet;
    private int rowsSearched;
    private Map<LedgerColumn, Integer> layout;
    private Map<String, String> headers;
    private boolean sheetRefused;
    private boolean anyHeader;

    LedgerCells(ImportMapping mapping, Consumer<ParsedRow> rows) {
        this.mapping = mapping;
        this.rows = rows;
        this.channelValues = mapping.valuesOf("channel");
        this.typeValues = mapping.valuesOf("applicantType");
        this.outcomeValues = mapping.valuesOf("outcome");
    }

    /** Whether any sheet so far had a header. */
    boolean anyHeader() {
        return anyHeader;
    }

    void startSheet(String name) {
        sheet = name;
        rowsSearched = 0;
        layout = null;
        headers = null;
        sheetRefused = false;
    }

    /** One row of the current sheet, numbered as the spreadsheet shows it (1 = the first line). */
    void row(long rowNumber, List<String> cells) {
        if (sheetRefused || blank(cells)) {
            return;
        }
        if (layout == null) {
            if (rowsSearched++ < HEADER_SEARCH_ROWS) {
                header(rowNumber, cells);
            }
            return;
        }
        if (isTotal(cells)) {
            return;
        }
        data(rowNumber, cells);
    }

    private void header(long rowNumber, List<String> cells) {
        Map<LedgerColumn, Integer> found = new EnumMap<>(LedgerColumn.class);
        Map<String, String> printed = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            Optional<LedgerColumn> column = mapping.column(cell);
            if (column.isPresent() && !found.containsKey(column.get())) {
                found.put(column.get(), i);
                printed.put(column.get().field(), cell.strip());
            }
        }
        if (!found.containsKey(LedgerColumn.TRACKING_NUMBER) || found.size() < 3) {
            return;
        }
        anyHeader = true;
        List<String> missing = REQUIRED.stream().filter(column -> !found.containsKey(column))
                .map(LedgerColumn::header).toList();
        if (!missing.isEmpty()) {
            sheetRefused = true;
            rows.accept(ParsedRow.sheetRefused(sheet, rowNumber, new ImportError(sheet, rowNumber, null, null,
                    "表头缺少必需的列：" + String.join("、", missing) + "；本工作表未导入",
                    "the header lacks required columns: " + String.join(", ", missing) + "; the sheet was not read")));
            return;
        }
        layout = found;
        headers = printed;
    }

    private void data(long rowNumber, List<String> cells) {
        boolean anyMapped = layout.values().stream().anyMatch(i -> i < cells.size() && !cells.get(i).isBlank());
        if (!anyMapped) {
            return;
        }
        List<ImportError> errors = new ArrayList<>();
        String trackingNumber = text(cells, LedgerColumn.TRACKING_NUMBER);
        LocalDate received = date(cells, LedgerColumn.RECEIVED_DATE, rowNumber, trackingNumber, errors);
        LocalDate concluded = date(cells, LedgerColumn.CONCLUDED_DATE, rowNumber, trackingNumber, errors);
        Channel channel = coded(cells, LedgerColumn.CHANNEL, channelValues, Channel.class, Channel::byLabel,
                rowNumber, trackingNumber, errors, "申请方式", "channel");
        ApplicantType type = coded(cells, LedgerColumn.APPLICANT_TYPE, typeValues, ApplicantType.class,
                ApplicantType::byLabel, rowNumber, trackingNumber, errors, "申请人类型", "applicant type");
        Outcome outcome = coded(cells, LedgerColumn.OUTCOME, outcomeValues, Outcome.class, Outcome::byLabel,
                rowNumber, trackingNumber, errors, "处理结果", "outcome");
        ApplicationInput input = null;
        if (errors.isEmpty()) {
            input = new ApplicationInput(trackingNumber, received, channel, type,
                    new Applicant(text(cells, LedgerColumn.APPLICANT_NAME), text(cells, LedgerColumn.ID_NUMBER),
                            text(cells, LedgerColumn.PHONE), text(cells, LedgerColumn.EMAIL),
                            text(cells, LedgerColumn.ADDRESS)),
                    text(cells, LedgerColumn.SUBJECT), outcome, concluded);
        }
        rows.accept(new ParsedRow(sheet, rowNumber, text(cells, LedgerColumn.AGENCY_CODE), input, trackingNumber,
                errors, headers));
    }

    /** A cell's text, stripped; null when blank or absent. The apostrophe an export puts before =, +, -, @ is removed. */
    private String text(List<String> cells, LedgerColumn column) {
        Integer index = layout.get(column);
        if (index == null || index >= cells.size()) {
            return null;
        }
        String text = cells.get(index).strip();
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            text = text.substring(1);
        }
        return text.isEmpty() ? null : text;
    }

    private LocalDate date(List<String> cells, LedgerColumn column, long rowNumber, String trackingNumber,
            List<ImportError> errors) {
        String text = text(cells, column);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> date = LedgerDates.parse(text);
        if (date.isEmpty()) {
            errors.add(new ImportError(sheet, rowNumber, headerOf(column), trackingNumber,
                    "无法识别的日期“" + text + "”（可用格式：2020-01-05、2020/1/5、2020.1.5、2020年1月5日、20200105）",
                    "not a date: '" + text + "' (use 2020-01-05, 2020/1/5, 2020.1.5, 2020年1月5日 or 20200105)"));
        }
        return date.orElse(null);
    }

    private <E extends Enum<E>> E coded(List<String> cells, LedgerColumn column, Map<String, String> explicit,
            Class<E> type, Function<String, Optional<E>> byLabel, long rowNumber, String trackingNumber,
            List<ImportError> errors, String nameZh, String nameEn) {
        String text = text(cells, column);
        if (text == null) {
            return null;
        }
        // a ledger repeats a handful of values: recognise each once
        Map<String, Optional<?>> known = recognised.computeIfAbsent(column, c -> new HashMap<>());
        @SuppressWarnings("unchecked")
        Optional<E> value = (Optional<E>) known.get(text);
        if (value == null) {
            String code = explicit.get(PrintedLabels.key(text));
            value = code != null ? ImportMapping.codeOf(type, code)
                    : byLabel.apply(text).or(() -> ImportMapping.codeOf(type, text));
            if (known.size() < 10_000) {
                known.put(text, value);
            }
        }
        if (value.isEmpty()) {
            errors.add(new ImportError(sheet, rowNumber, headerOf(column), trackingNumber,
                    "无法识别的" + nameZh + "“" + text + "”（可用值见导入模板的第二个工作表，或在 mapping 中指定）",
                    "unknown " + nameEn + " '" + text + "' (the import template's second sheet lists the values; "
                            + "or give it in the mapping)"));
        }
        return value.orElse(null);
    }

    private String headerOf(LedgerColumn column) {
        return headers.getOrDefault(column.field(), column.header());
    }

    private boolean isTotal(List<String> cells) {
        String trackingNumber = text(cells, LedgerColumn.TRACKING_NUMBER);
        // a tracking number without a CJK (or full-width) character cannot be a total's label: most rows stop here,
        // without normalising every cell of the row
        if (trackingNumber != null && (trackingNumber.chars().allMatch(c -> c < 0x2E80)
                || TOTALS.stream().noneMatch(PrintedLabels.key(trackingNumber)::startsWith))) {
            return false;
        }
        return cells.stream().map(cell -> PrintedLabels.key(cell))
                .anyMatch(key -> TOTALS.stream().anyMatch(key::startsWith));
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }
}
