package cn.govdisclosure.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.CellKind;
import cn.govdisclosure.format.PrintedLabels;
import cn.govdisclosure.format.ProactiveLayout;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.format.SectionHeading;

/**
 * Reads a published annual report from its text: the title and agency as printed, the year and the format, the
 * six sections split at their headings, and the cells of section 二 and tables 三 and 四.
 * <p>
 * Every label is found through {@link PrintedLabels} in the text's key, so line breaks, stray spaces, full-width
 * forms and labels split one character per line do not matter; headings are also found with small typos. A table
 * row's values are the text between its label and whatever follows it (the next row's label, a group label, a
 * repeated table header, the next section), read by {@link RowValues}; table 三 is then solved as a whole by
 * {@link ApplicationsTableSolver}. Nothing is guessed: what cannot be read is reported in the findings.
 */
final class PublishedReportParser {

    private static final String BLANKS = "[\\s\\u3000]*";
    private static final Pattern AGENCY_FIRST = Pattern.compile(
            "(?<agency>[^\\s\\u3000>＞»:：|/\\\\，,。；;、“”\"]{0,40}?)" + BLANKS
                    + "(?<year>(?:19|20)\\d{2}|[〇○零一二三四五六七八九]{4})" + BLANKS + "年" + BLANKS + "度?" + BLANKS
                    + "的?" + BLANKS + "政" + BLANKS + "府" + BLANKS + "信" + BLANKS + "息" + BLANKS + "公" + BLANKS
                    + "开" + BLANKS + "(?:工" + BLANKS + "作" + BLANKS + ")?年" + BLANKS + "度" + BLANKS + "报"
                    + BLANKS + "告");
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<year>(?:19|20)\\d{2})" + BLANKS + "年" + BLANKS + "度?" + BLANKS
                    + "(?<agency>[^\\s\\u3000>＞»:：|/\\\\，,。；;、“”\"\\d]{2,40}?)" + BLANKS
                    + "政府信息公开(?:工作)?年度报告");
    private static final Pattern TITLE_PREFIX = Pattern.compile("^(?:标题|题目|名称)" + BLANKS + "[:：]" + BLANKS);
    private static final Pattern PERIOD = Pattern.compile(
            "((?:19|20)\\d{2})\\s*年\\s*1\\s*月\\s*1\\s*日[^。；]{0,6}?至\\s*((?:19|20)\\d{2})\\s*年\\s*12\\s*月\\s*31\\s*日");
    /** A line that starts an item of its own: （一）, 一、, 1., 第一. */
    private static final Pattern ITEM_START = Pattern.compile(
            "^[\\s\\u3000]*(?:[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+[、.．]|\\d+[.．、]|第[一二三四五六七八九十]+)");
    private static final String SENTENCE_ENDS = "。！？；：…!?;:）)》」』”\"";
    /** The lines a portal prints after an article: where the last section's text ends. */
    private static final Pattern PAGE_CHROME = Pattern.compile(
            "^[\\s\\u3000]*(?:主办|承办|协办|版权所有|Copyright|©|网站标识码|[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新]ICP备"
                    + "|ICP备|技术支持|联系我们|网站地图|【?打印本页|【?关闭窗口|【打印】|【关闭】|分享到|扫一扫)");

    private final RowValues values = new RowValues();
    private final ApplicationsTableSolver solver = new ApplicationsTableSolver();

    /**
     * @param year the report year given with the request, or null to take it from the document
     * @param format the format given with the request, or null to detect it
     */
    ParsedReport parse(DocumentText document, Integer year, ReportFormat format) {
        PreparedText text = new PreparedText(document);
        List<ParseFinding> findings = new ArrayList<>();

        Title title = title(text, document.documentTitle());
        if (title == null) {
            findings.add(new ParseFinding("TITLE_MISSING", 0, null, null, null, null,
                    "未找到报告标题（“××2020年政府信息公开工作年度报告”）",
                    "No title of the form \"…2020年政府信息公开工作年度报告\" was found"));
        }
        Integer usedYear = year;
        Detection yearFrom = Detection.PARAMETER;
        if (usedYear == null && title != null && title.year() != null) {
            usedYear = title.year();
            yearFrom = Detection.TITLE;
        } else if (usedYear == null) {
            usedYear = periodYear(text.text());
            yearFrom = usedYear == null ? Detection.NONE : Detection.TEXT;
        } else if (title != null && title.year() != null && !title.year().equals(year)) {
            findings.add(new ParseFinding("YEAR_MISMATCH", 0, null, null, text.lineOf(title.start()), title.printed(),
                    "标题所示年度为 " + title.year() + " 年，按请求所给的 " + year + " 年读取",
                    "The title says " + title.year() + "; read as " + year + ", as the request says"));
        }

        int bodyStart = title == null ? 0 : title.end();
        Headings headings = headings(text, bodyStart, findings);

        ReportFormat byLabels = formatByLabels(text.key().substring(text.keyIndexAt(bodyStart)), findings);
        ReportFormat usedFormat = format;
        Detection formatFrom = Detection.PARAMETER;
        if (usedFormat == null && byLabels != null) {
            usedFormat = byLabels;
            formatFrom = Detection.LABELS;
        } else if (usedFormat == null && usedYear != null) {
            usedFormat = ReportFormat.forYear(usedYear);
            formatFrom = Detection.YEAR;
        } else if (usedFormat == null) {
            usedFormat = ReportFormat.GB2021;
            formatFrom = Detection.NONE;
        }
        if (usedYear != null && usedFormat != ReportFormat.forYear(usedYear)) {
            findings.add(new ParseFinding("FORMAT_MISMATCH", 0, null, null, null, null,
                    "文件按 " + usedFormat + " 格式读取，但 " + usedYear + " 年度报告应使用 " + ReportFormat.forYear(usedYear)
                            + " 格式（" + ReportFormat.forYear(usedYear).source() + "）",
                    "The document was read as " + usedFormat + ", but a " + usedYear + " report uses "
                            + ReportFormat.forYear(usedYear)));
        }

        String preamble = clean(text.text().substring(bodyStart,
                headings.firstStart() < 0 ? bodyStart : Math.max(bodyStart, headings.firstStart())));
        List<ParsedSection> sections = new ArrayList<>();
        Map<Integer, int[]> tableRegions = new LinkedHashMap<>();
        for (SectionHeading heading : SectionHeading.values()) {
            int number = heading.number();
            int[] region = headings.region(number, text.text().length(), bodyStart);
            Found found = headings.found(number);
            if (!heading.hasTable()) {
                String content = text.text().substring(region[0], region[1]);
                if (number == SectionHeading.values().length) {
                    content = withoutPageChrome(content);
                }
                sections.add(new ParsedSection(number, found == null ? null : found.printed(),
                        found == null ? null : text.lineOf(found.start()), found == null ? "" : narrative(content)));
            } else {
                tableRegions.put(number, region);
            }
        }

        Table proactive = proactive(text, tableRegions.get(2), usedFormat, findings);
        Table applications = applications(text, tableRegions.get(3), usedFormat, findings);
        Table appeals = appeals(text, tableRegions.get(4), findings);
        for (Table table : List.of(proactive, applications, appeals)) {
            Found found = headings.found(table.section());
            String intro = found == null ? "" : clean(text.text().substring(table.region()[0], table.start()));
            sections.add(new ParsedSection(table.section(), found == null ? null : found.printed(),
                    found == null ? null : text.lineOf(found.start()), intro));
        }
        sections.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return new ParsedReport(title == null ? null : title.printed(), title == null ? null : title.agency(),
                usedYear, yearFrom, usedFormat, formatFrom, preamble, List.copyOf(sections), proactive.cells(),
                applications.cells(), appeals.cells(), List.copyOf(findings));
    }

    // ---- title and year -------------------------------------------------------------------------------------------

    /** The title as printed, where it starts and where it ends in the text. */
    private record Title(String printed, String agency, Integer year, int start, int end) {
    }

    /** The report's title: a line that is only the title, else the first title found in a line, else the page's. */
    private static Title title(PreparedText text, String documentTitle) {
        String all = text.text();
        Title first = null;
        int lineStart = 0;
        while (lineStart <= all.length()) {
            int lineEnd = all.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? all.length() : lineEnd;
            String line = all.substring(lineStart, lineEnd);
            for (Pattern pattern : List.of(AGENCY_FIRST, YEAR_FIRST)) {
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    Title title = new Title(matcher.group().strip(), matcher.group("agency").strip(),
                            yearOf(matcher.group("year")), lineStart + matcher.start(), lineStart + matcher.end());
                    String rest = TITLE_PREFIX.matcher(line.strip()).replaceFirst("");
                    if (rest.equals(matcher.group().strip())) {
                        return title;
                    }
                    if (first == null) {
                        first = title;
                    }
                    break;
                }
            }
            lineStart = lineEnd + 1;
        }
        if (first == null && documentTitle != null) {
            Matcher matcher = AGENCY_FIRST.matcher(documentTitle);
            if (matcher.find()) {
                return new Title(matcher.group().strip(), matcher.group("agency").strip(),
                        yearOf(matcher.group("year")), 0, 0);
            }
        }
        return first;
    }

    private static Integer yearOf(String printed) {
        String digits = printed.chars().mapToObj(c -> switch (c) {
            case '〇', '○', '零' -> "0";
            case '一' -> "1";
            case '二' -> "2";
            case '三' -> "3";
            case '四' -> "4";
            case '五' -> "5";
            case '六' -> "6";
            case '七' -> "7";
            case '八' -> "8";
            case '九' -> "9";
            default -> String.valueOf((char) c);
        }).collect(Collectors.joining());
        return digits.matches("\\d{4}") ? Integer.valueOf(digits) : null;
    }

    /** The year of the statistical period the text states (2023年1月1日…至2023年12月31日). */
    private static Integer periodYear(String text) {
        Matcher matcher = PERIOD.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).equals(matcher.group(2))) {
                return Integer.valueOf(matcher.group(1));
            }
        }
        return null;
    }

    // ---- sections -------------------------------------------------------------------------------------------------

    private record Found(int start, int end, String printed) {
    }

    /** The headings found, in order, as positions in the text. */
    private static final class Headings {
        private final Map<Integer, Found> found = new LinkedHashMap<>();

        Found found(int number) {
            return found.get(number);
        }

        int firstStart() {
            return found.values().stream().mapToInt(Found::start).min().orElse(-1);
        }

        /**
         * Where a section's content lies: from the end of its heading to the next heading found. When its heading was
         * not found, the content of its neighbours' gap (so that a table is still looked for there).
         */
        int[] region(int number, int textEnd, int bodyStart) {
            Found own = found.get(number);
            int start = bodyStart;
            for (int n = number; n >= 1; n--) {
                Found earlier = found.get(n);
                if (earlier != null) {
                    start = earlier == own ? own.end() : earlier.end();
                    break;
                }
            }
            int end = textEnd;
            for (int n = number + 1; n <= SectionHeading.values().length; n++) {
                Found later = found.get(n);
                if (later != null) {
                    end = later.start();
                    break;
                }
            }
            return new int[] {start, Math.max(start, end)};
        }
    }

    private static Headings headings(PreparedText text, int bodyStart, List<ParseFinding> findings) {
        Headings headings = new Headings();
        String key = text.key();
        int cursor = text.keyIndexAt(bodyStart);
        for (SectionHeading heading : SectionHeading.values()) {
            List<String> printed = Stream.concat(Stream.of(heading.heading()), heading.variants().stream()).toList();
            Anchor best = anchor(key, printed, cursor, key.length());
            if (best == null) {
                findings.add(new ParseFinding("HEADING_MISSING", heading.number(), null, null, null, null,
                        "未找到第" + heading.number() + "部分标题“" + heading.heading() + "”",
                        "The heading of section " + heading.number() + " (" + heading.heading() + ") was not found"));
                continue;
            }
            int start = text.start(best.keyStart());
            int end = text.end(best.keyEnd());
            headings.found.put(heading.number(), new Found(start, end, text.text().substring(start, end).strip()));
            cursor = best.keyEnd();
        }
        return headings;
    }

    /**
     * A narrative section's text: lines stripped, empty lines dropped, and a paragraph broken by a page end
     * (a line that stops mid-sentence, followed by one that does not start an item) joined again.
     */
    static String narrative(String region) {
        List<String> paragraphs = new ArrayList<>();
        for (String raw : region.split("\n")) {
            String line = raw.replace('\t', ' ').strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!paragraphs.isEmpty()) {
                String previous = paragraphs.get(paragraphs.size() - 1);
                boolean previousEnds = SENTENCE_ENDS.indexOf(previous.charAt(previous.length() - 1)) >= 0;
                boolean previousIsHeading = ITEM_START.matcher(previous).find() && previous.length() <= 40;
                if (!previousEnds && !previousIsHeading && !ITEM_START.matcher(line).find()) {
                    paragraphs.set(paragraphs.size() - 1, previous + line);
                    continue;
                }
            }
            paragraphs.add(line);
        }
        return String.join("\n", paragraphs);
    }

    /** The text up to the portal's chrome that follows the article (主办, 网站标识码, ICP备, 【打印本页】…). */
    static String withoutPageChrome(String content) {
        int at = 0;
        for (String line : content.split("\n", -1)) {
            if (PAGE_CHROME.matcher(line).find()) {
                return content.substring(0, at);
            }
            at += line.length() + 1;
        }
        return content;
    }

    /** Text kept as printed, lines stripped and empty lines dropped. */
    private static String clean(String region) {
        return Arrays.stream(region.split("\n")).map(line -> line.replace('\t', ' ').strip())
                .filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
    }

    // ---- format ---------------------------------------------------------------------------------------------------

    /** Labels printed only in one format's tables: its section 二 columns and rows, and its own table 三 rows. */
    private static final Map<ReportFormat, List<String>> SIGNATURES = signatures();

    private static Map<ReportFormat, List<String>> signatures() {
        Map<ReportFormat, List<String>> labels = new EnumMap<>(ReportFormat.class);
        for (ReportFormat format : ReportFormat.values()) {
            List<String> own = new ArrayList<>();
            own.add(format.source());
            for (ProactiveLayout.Group group : ProactiveLayout.of(format)) {
                group.columns().forEach(column -> {
                    own.add(column.label());
                    own.addAll(column.variants());
                });
                group.rows().forEach(row -> {
                    own.add(row.label());
                    own.addAll(row.variants());
                });
            }
            ApplicationRow.rowsOf(format).stream().filter(row -> !row.belongsTo(other(format)))
                    .forEach(row -> own.add(row.text()));
            labels.put(format, own.stream().map(PrintedLabels::key).distinct().toList());
        }
        Map<ReportFormat, List<String>> signatures = new EnumMap<>(ReportFormat.class);
        for (ReportFormat format : ReportFormat.values()) {
            List<String> others = labels.get(other(format));
            signatures.put(format, labels.get(format).stream()
                    .filter(label -> others.stream().noneMatch(o -> o.contains(label) || label.contains(o))).toList());
        }
        return signatures;
    }

    private static ReportFormat other(ReportFormat format) {
        return format == ReportFormat.GB2019 ? ReportFormat.GB2021 : ReportFormat.GB2019;
    }

    /** The format whose own labels the text prints; null when it prints neither's. */
    private static ReportFormat formatByLabels(String key, List<ParseFinding> findings) {
        Map<ReportFormat, Long> hits = new EnumMap<>(ReportFormat.class);
        SIGNATURES.forEach((format, labels) -> hits.put(format, labels.stream().filter(key::contains).count()));
        long gb2019 = hits.get(ReportFormat.GB2019);
        long gb2021 = hits.get(ReportFormat.GB2021);
        if (gb2019 > 0 && gb2021 > 0) {
            findings.add(new ParseFinding("BOTH_FORMATS", 0, null, null, null, null,
                    "文件同时印有两种格式特有的标签（GB2019 " + gb2019 + " 处，GB2021 " + gb2021 + " 处），按较多者读取",
                    "The document prints labels of both formats (GB2019: " + gb2019 + ", GB2021: " + gb2021
                            + "); read as the one with more"));
        }
        if (gb2019 == gb2021) {
            return null;
        }
        return gb2019 > gb2021 ? ReportFormat.GB2019 : ReportFormat.GB2021;
    }

    // ---- tables ---------------------------------------------------------------------------------------------------

    /** The cells of one table, where in the text it lies and where its first label starts. */
    private record Table(int section, int[] region, int start, List<ParsedCell> cells) {
    }

    /** A label of a row found in the text: key indices. */
    private record Anchor(int keyStart, int keyEnd) {
    }

    /**
     * Finds a label from {@code cursor}: its printed forms exactly, the fullest first (so that （七）总计 is not taken
     * for the 总计 of a repeated table header); when none occurs exactly, the first form found with small typos.
     */
    private static Anchor anchor(String key, List<String> forms, int cursor, int to) {
        for (String form : forms) {
            String label = PrintedLabels.key(form);
            int at = label.isEmpty() ? -1 : key.indexOf(label, cursor);
            if (at >= 0 && at + label.length() <= to) {
                return new Anchor(at, at + label.length());
            }
        }
        for (String form : forms) {
            Optional<PrintedLabels.Found> found = PrintedLabels.find(key, form, cursor, to);
            if (found.isPresent()) {
                return new Anchor(found.get().start(), found.get().end());
            }
        }
        return null;
    }

    /** The first place in {@code [from, to)} of the key where one of the labels starts; {@code to} when none. */
    private static int firstOf(String key, List<String> labelKeys, int from, int to) {
        int first = to;
        for (String label : labelKeys) {
            int at = key.indexOf(label, from);
            if (at >= 0 && at < first && at + label.length() <= to) {
                first = at;
            }
        }
        return first;
    }

    /** Labels that can stop a row's values: of three characters or more, so as not to cut inside other words. */
    private static List<String> cutKeys(Stream<String> labels) {
        return Stream.concat(labels, Arrays.stream(SectionHeading.values())
                .flatMap(heading -> Stream.concat(Stream.of(heading.heading()), heading.variants().stream())))
                .map(PrintedLabels::key).filter(key -> key.length() >= 3).distinct().toList();
    }

    /** A row to read: its code, its forms as printed, its cells, and the number its label starts with. */
    private record RowToRead(String code, List<String> forms, List<String> columns, RowSpec spec, Integer number) {
    }

    /**
     * Reads the rows of a table in a region: each row's label is looked for after the previous one's, and its
     * values are the text from its label to the next label found, cut at any of the table's other labels.
     */
    private Map<String, RowReading> readRows(PreparedText text, int[] region, List<RowToRead> rows, List<String> cuts,
            int section, List<ParseFinding> findings, int[] firstLabel) {
        String key = text.key();
        int from = text.keyIndexAt(region[0]);
        int to = text.keyIndexAt(region[1]);
        List<Anchor> anchors = new ArrayList<>();
        int cursor = from;
        for (RowToRead row : rows) {
            Anchor anchor = anchor(key, row.forms(), cursor, to);
            anchors.add(anchor);
            if (anchor != null) {
                cursor = anchor.keyEnd();
            }
        }
        firstLabel[0] = firstOf(key, cuts, from, to);
        anchors.stream().filter(a -> a != null).findFirst()
                .ifPresent(a -> firstLabel[0] = Math.min(firstLabel[0], a.keyStart()));
        Map<String, RowReading> readings = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            RowToRead row = rows.get(i);
            Anchor anchor = anchors.get(i);
            if (anchor == null) {
                findings.add(new ParseFinding("ROW_MISSING", section, row.code(), null, null, null,
                        "未找到“" + row.forms().get(0) + "”一行", "The row " + row.forms().get(0) + " was not found"));
                continue;
            }
            int next = to;
            for (int j = i + 1; j < rows.size(); j++) {
                if (anchors.get(j) != null) {
                    next = anchors.get(j).keyStart();
                    break;
                }
            }
            int end = firstOf(key, cuts, anchor.keyEnd(), Math.max(anchor.keyEnd(), next));
            int zoneStart = text.end(anchor.keyEnd());
            int zoneEnd = Math.max(zoneStart, text.start(end));
            String zone = text.text().substring(zoneStart, zoneEnd);
            if (end == next && i + 1 < rows.size()) {
                zone = stripNumbering(zone, nextNumber(rows, anchors, i));
            }
            RowReading reading = values.read(zone, row.spec());
            readings.put(row.code(), reading);
            report(text, row, reading, section, text.start(anchor.keyStart()), zoneEnd, findings);
        }
        return readings;
    }

    private static Integer nextNumber(List<RowToRead> rows, List<Anchor> anchors, int i) {
        for (int j = i + 1; j < rows.size(); j++) {
            if (anchors.get(j) != null) {
                return rows.get(j).number();
            }
        }
        return null;
    }

    /** The next row's numbering (2. / 2、 / （2）) when it stands at the end of this row's values. */
    static String stripNumbering(String zone, Integer number) {
        if (number == null) {
            return zone;
        }
        Matcher matcher = Pattern.compile("(?:" + number + "[\\s\\u3000]*[.．、]|[（(][\\s\\u3000]*" + number
                + "[\\s\\u3000]*[)）])[\\s\\u3000]*$").matcher(zone);
        return matcher.find() ? zone.substring(0, matcher.start()) : zone;
    }

    /** Findings for a row read in a way worth saying. */
    private static void report(PreparedText text, RowToRead row, RowReading reading, int section, int from, int to,
            List<ParseFinding> findings) {
        String label = row.forms().get(0);
        Integer line = text.lineOf(from);
        String excerpt = text.excerpt(from, to);
        int n = row.spec().size();
        switch (reading.outcome()) {
            case SHORT -> {
                List<String> blank = row.columns().subList(reading.printed(), n);
                findings.add(new ParseFinding("SHORT_ROW", section, row.code(), null, line, excerpt,
                        "“" + label + "”一行印有 " + reading.printed() + " 个数值，应有 " + n + " 个：按从左到右读取，"
                                + String.join("、", blank) + " 列留空",
                        "The row " + label + " prints " + reading.printed() + " values for " + n
                                + " columns: read from the left, " + String.join(", ", blank) + " left blank"));
            }
            case TOO_MANY -> findings.add(new ParseFinding("TOO_MANY_VALUES", section, row.code(), null, line, excerpt,
                    "“" + label + "”一行印有 " + reading.printed() + " 个数值，多于 " + n + " 列，无法对应到列",
                    "The row " + label + " prints " + reading.printed() + " values for " + n
                            + " columns; they cannot be placed"));
            case NO_SPLIT -> findings.add(new ParseFinding("NO_SPLIT", section, row.code(), null, line, excerpt,
                    "“" + label + "”一行的数字“" + reading.raw() + "”连在一起，且没有一种拆分符合表格的合计关系",
                    "The row " + label + " prints its digits run together (" + reading.raw()
                            + ") and no split of them satisfies the table's sums"));
            case DROPPED -> findings.add(new ParseFinding("CELLS_DROPPED", section, row.code(), null, line, excerpt,
                    "“" + label + "”一行的数字“" + reading.raw() + "”少于 " + n + " 个单元格：有单元格在版面中丢失，无法确定位置",
                    "The row " + label + " prints fewer digits (" + reading.raw() + ") than its " + n
                            + " cells: cells were dropped and where cannot be known"));
            case TOO_AMBIGUOUS -> findings.add(new ParseFinding("AMBIGUOUS_SPLIT", section, row.code(), null, line,
                    excerpt, "“" + label + "”一行的数字“" + reading.raw() + "”有超过 " + DigitSplitter.MAX_SPLITS
                            + " 种符合表格的拆分，不予猜测",
                    "The row " + label + " prints digits (" + reading.raw() + ") that split in more than "
                            + DigitSplitter.MAX_SPLITS + " ways satisfying the table; none is guessed"));
            default -> {
            }
        }
        if (reading.candidates().size() == 1) {
            List<CellReading> cells = reading.candidates().get(0);
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).readable()) {
                    findings.add(new ParseFinding("UNREADABLE_VALUE", section, row.code(), row.columns().get(i), line,
                            excerpt, "“" + label + "”一行“" + row.columns().get(i) + "”列的“" + cells.get(i).raw()
                                    + "”不是该列可取的数值",
                            "The row " + label + ", column " + row.columns().get(i) + ": \"" + cells.get(i).raw()
                                    + "\" is not a value this column takes"));
                }
            }
        }
    }

    /** The final cells of a row and, when its splits are ambiguous, a finding listing them. */
    private static List<ParsedCell> cells(String code, String label, List<String> columnCodes,
            List<String> columnLabels, RowReading reading, boolean sums, int section, List<ParseFinding> findings) {
        List<ParsedCell> cells = new ArrayList<>();
        List<List<CellReading>> candidates = reading == null ? List.of() : reading.candidates();
        boolean tooAmbiguous = reading != null && reading.outcome() == RowReading.Outcome.TOO_AMBIGUOUS;
        if (candidates.isEmpty() || tooAmbiguous) {
            String raw = reading == null ? "" : reading.raw();
            CellStatus status = tooAmbiguous ? CellStatus.AMBIGUOUS : CellStatus.UNREADABLE;
            for (String column : columnCodes) {
                cells.add(new ParsedCell(code, column, null, raw, status, List.of()));
            }
            return cells;
        }
        if (candidates.size() > 1) {
            List<String> splits = candidates.stream().limit(10)
                    .map(split -> split.stream().map(c -> c.value() == null ? "空" : c.raw())
                            .collect(Collectors.joining("|")))
                    .toList();
            List<String> open = new ArrayList<>();
            for (int i = 0; i < columnCodes.size(); i++) {
                int column = i;
                if (candidates.stream().anyMatch(split -> !split.get(column).sameValue(candidates.get(0).get(column)))) {
                    open.add(columnLabels.get(i));
                }
            }
            findings.add(new ParseFinding("AMBIGUOUS_SPLIT", section, code, null, null, reading.raw(),
                    "“" + label + "”一行的数字“" + reading.raw() + "”有 " + candidates.size()
                            + (sums ? " 种符合表格合计关系的拆分（" : " 种可能的拆分（")
                            + String.join("；", splits) + (candidates.size() > 10 ? "；……" : "") + "），"
                            + String.join("、", open) + " 列不予猜测",
                    "The row " + label + " prints digits (" + reading.raw() + ") that split in " + candidates.size()
                            + (sums ? " ways satisfying the table (" : " possible ways (") + String.join("; ", splits)
                            + (candidates.size() > 10 ? "; …" : "") + "); " + String.join(", ", open)
                            + " are not guessed"));
        }
        for (int i = 0; i < columnCodes.size(); i++) {
            int column = i;
            CellReading first = candidates.get(0).get(i);
            boolean agreed = candidates.stream().allMatch(split -> split.get(column).sameValue(first));
            if (!agreed) {
                List<BigDecimal> values = candidates.stream().map(split -> split.get(column).value()).distinct()
                        .toList();
                cells.add(new ParsedCell(code, columnCodes.get(i), null, reading.raw(), CellStatus.AMBIGUOUS, values));
            } else if (!first.readable()) {
                cells.add(new ParsedCell(code, columnCodes.get(i), null, first.raw(), CellStatus.UNREADABLE, List.of()));
            } else if (first.value() == null) {
                cells.add(new ParsedCell(code, columnCodes.get(i), null, first.raw(), CellStatus.BLANK, List.of()));
            } else {
                cells.add(new ParsedCell(code, columnCodes.get(i), first.value(), first.raw(), CellStatus.READ,
                        List.of()));
            }
        }
        return cells;
    }

    // ---- section 二 -----------------------------------------------------------------------------------------------

    private Table proactive(PreparedText text, int[] region, ReportFormat format, List<ParseFinding> findings) {
        List<ProactiveLayout.Group> groups = ProactiveLayout.of(format);
        List<RowToRead> rows = new ArrayList<>();
        for (ProactiveLayout.Group group : groups) {
            List<CellKind> kinds = group.columns().stream().map(ProactiveLayout.Column::kind).toList();
            for (ProactiveLayout.Row row : group.rows()) {
                rows.add(new RowToRead(row.code(), Stream.concat(Stream.of(row.label()), row.variants().stream()).toList(),
                        group.columns().stream().map(ProactiveLayout.Column::label).toList(),
                        new RowSpec(kinds, List.of()), null));
            }
        }
        List<String> cuts = cutKeys(Stream.concat(Stream.of(ProactiveLayout.CONTENT_HEADING), groups.stream()
                .flatMap(group -> Stream.concat(Stream.of(group.item()), group.columns().stream()
                        .flatMap(column -> Stream.concat(Stream.of(column.label()), column.variants().stream()))))));
        int[] first = new int[1];
        int[] tableRegion = region;
        Optional<PrintedLabels.Found> item = PrintedLabels.find(text.key(), groups.get(0).item(),
                text.keyIndexAt(region[0]), text.keyIndexAt(region[1]));
        if (item.isPresent()) {
            tableRegion = new int[] {text.start(item.get().start()), region[1]};
        }
        Map<String, RowReading> readings = readRows(text, tableRegion, rows, cuts, 2, findings, first);
        List<ParsedCell> cells = new ArrayList<>();
        for (ProactiveLayout.Group group : groups) {
            List<String> columns = group.columns().stream().map(ProactiveLayout.Column::code).toList();
            List<String> labels = group.columns().stream().map(ProactiveLayout.Column::label).toList();
            for (ProactiveLayout.Row row : group.rows()) {
                cells.addAll(cells(row.code(), row.label(), columns, labels, readings.get(row.code()), false, 2,
                        findings));
            }
        }
        return new Table(2, region, Math.min(text.start(first[0]), tableRegion[0]), List.copyOf(cells));
    }

    // ---- table 三 -------------------------------------------------------------------------------------------------

    private Table applications(PreparedText text, int[] region, ReportFormat format, List<ParseFinding> findings) {
        List<String> columnCodes = ApplicantColumn.ALL.stream().map(Enum::name).toList();
        List<String> columnLabels = ApplicantColumn.labels();
        RowSpec spec = RowSpec.counts(ApplicantColumn.ALL.size(), 1);
        List<RowToRead> rows = ApplicationRow.rowsOf(format).stream()
                .map(row -> new RowToRead(row.name(), row.printedForms(format), columnLabels, spec,
                        row.itemNumber(format).orElse(null)))
                .toList();
        Stream<String> groupLabels = Arrays.stream(ApplicationRow.Group.values())
                .filter(group -> format == ReportFormat.GB2021 || group != ApplicationRow.Group.OTHER_HANDLING)
                .flatMap(group -> Stream.of(group.label()));
        Stream<String> headings = Stream.of(ApplicantColumn.APPLICANTS_HEADING, ApplicantColumn.ORGANIZATIONS_HEADING,
                ApplicationRow.IDENTITY_NOTE);
        Stream<String> columns = Arrays.stream(ApplicantType.values())
                .flatMap(type -> Stream.concat(Stream.of(type.label()), type.variants().stream()));
        List<String> cuts = cutKeys(Stream.of(groupLabels, headings, columns).flatMap(s -> s));
        int[] first = new int[1];
        Map<String, RowReading> readings = readRows(text, region, rows, cuts, 3, findings, first);

        Map<ApplicationRow, List<List<CellReading>>> candidates = new EnumMap<>(ApplicationRow.class);
        Map<ApplicationRow, List<CellReading>> oneValueShort = new EnumMap<>(ApplicationRow.class);
        int width = ApplicantColumn.ALL.size();
        readings.forEach((code, reading) -> {
            ApplicationRow row = ApplicationRow.valueOf(code);
            if (reading.outcome() == RowReading.Outcome.SHORT && reading.printed() == width - 1) {
                List<CellReading> printed = reading.candidates().get(0).subList(0, width - 1);
                List<List<CellReading>> placed = MissingCell.readings(printed);
                if (!placed.isEmpty()) {
                    oneValueShort.put(row, printed);
                    candidates.put(row, new ArrayList<>(placed));
                    return;
                }
            }
            if (reading.outcome() != RowReading.Outcome.TOO_AMBIGUOUS) {
                candidates.put(row, new ArrayList<>(reading.candidates()));
            }
        });
        ApplicationsTableSolver.Result solved = solver.solve(format, candidates);
        boolean sumsHold = solved == ApplicationsTableSolver.Result.NARROWED
                || solved == ApplicationsTableSolver.Result.NOTHING_TO_SOLVE;
        oneValueShort.forEach((row, printed) -> {
            RowReading reading = readings.get(row.name());
            List<List<CellReading>> kept = candidates.get(row);
            if (sumsHold && kept.size() == 1) {
                readings.put(row.name(), RowReading.of(RowReading.Outcome.READ, kept, reading.raw(), reading.printed()));
                placedByTheSums(findings, row, kept.get(0), printed, columnLabels);
            } else {
                candidates.put(row, List.of(reading.candidates().get(0)));
            }
        });
        if (solved == ApplicationsTableSolver.Result.NO_SOLUTION || solved == ApplicationsTableSolver.Result.TOO_LARGE) {
            findings.add(new ParseFinding("TABLE_UNSOLVED", 3, null, null, null, null,
                    solved == ApplicationsTableSolver.Result.NO_SOLUTION
                            ? "表三的合计关系对歧义行的任何拆分都不成立（表中另有错误），歧义行保持待定"
                            : "表三歧义行的组合过多，无法逐一验证，歧义行保持待定",
                    solved == ApplicationsTableSolver.Result.NO_SOLUTION
                            ? "No reading of the ambiguous rows satisfies table 三's sums (the table has another "
                                    + "defect); they stay ambiguous"
                            : "Too many combinations of the ambiguous rows of table 三 to try; they stay ambiguous"));
        }
        List<ParsedCell> cells = new ArrayList<>();
        for (ApplicationRow row : ApplicationRow.rowsOf(format)) {
            RowReading reading = readings.get(row.name());
            if (reading != null && candidates.containsKey(row)) {
                reading = RowReading.of(reading.outcome(), candidates.get(row), reading.raw(), reading.printed());
            }
            cells.addAll(cells(row.name(), row.caption(format), columnCodes, columnLabels, reading, true, 3, findings));
        }
        return new Table(3, region, Math.max(region[0], Math.min(region[1], text.start(first[0]))), List.copyOf(cells));
    }

    /** The finding of a row that printed one value too few, once the table's sums have placed its values. */
    private static void placedByTheSums(List<ParseFinding> findings, ApplicationRow row, List<CellReading> reading,
            List<CellReading> printed, List<String> columnLabels) {
        List<Integer> places = MissingCell.places(reading, printed);
        String where = places.stream().map(columnLabels::get).collect(Collectors.joining("、"));
        String whereEn = places.stream().map(columnLabels::get).collect(Collectors.joining(", "));
        String lost = reading.get(places.get(0)).value().toPlainString();
        String values = reading.stream().map(cell -> cell.value().toPlainString()).collect(Collectors.joining("、"));
        for (int i = 0; i < findings.size(); i++) {
            ParseFinding finding = findings.get(i);
            if (finding.code().equals("SHORT_ROW") && finding.section() == 3 && row.name().equals(finding.row())) {
                String label = finding.messageZh().substring(0, finding.messageZh().indexOf("一行"));
                findings.set(i, new ParseFinding("SHORT_ROW", 3, row.name(), null, finding.line(), finding.excerpt(),
                        label + "一行印有 " + printed.size() + " 个数值，应有 " + reading.size() + " 个：按表三的合计关系读作 "
                                + values + "（" + (places.size() == 1 ? where + " 列" : where + " 中有一列") + "未印出，其值为 "
                                + lost + "）",
                        "The row " + label.substring(1, label.length() - 1) + " prints " + printed.size()
                                + " values for " + reading.size() + " columns: table 三's sums read it as "
                                + values.replace("、", ", ") + " (" + (places.size() == 1 ? "column " + whereEn
                                        : "one of " + whereEn) + " was not printed; its value is " + lost + ")"));
            }
        }
    }

    // ---- table 四 -------------------------------------------------------------------------------------------------

    private Table appeals(PreparedText text, int[] region, List<ParseFinding> findings) {
        String key = text.key();
        int from = text.keyIndexAt(region[0]);
        int to = text.keyIndexAt(region[1]);
        List<String> labels = Stream.concat(Stream.concat(Arrays.stream(AppealKind.values()).map(AppealKind::label),
                Stream.of(AppealKind.LITIGATION_HEADING)), Arrays.stream(AppealColumn.values())
                        .flatMap(column -> Stream.concat(Stream.of(column.label()), column.shortLabel().stream())))
                .map(PrintedLabels::key).distinct().toList();
        int first = firstOf(key, labels, from, to);
        int tableStart = Math.max(region[0], Math.min(region[1], text.start(first)));

        List<Anchor> kinds = new ArrayList<>();
        int cursor = from;
        for (AppealKind kind : AppealKind.values()) {
            Anchor anchor = anchor(key, List.of(kind.label()), cursor, to);
            kinds.add(anchor);
            if (anchor != null) {
                cursor = anchor.keyEnd();
            }
        }
        List<String> columnCodes = new ArrayList<>();
        List<String> columnLabels = new ArrayList<>();
        for (AppealKind kind : AppealKind.values()) {
            for (AppealColumn column : AppealColumn.ALL) {
                columnCodes.add(kind.name() + "." + column.name());
                columnLabels.add(kind.path() + column.label());
            }
        }
        List<ParsedCell> cells = new ArrayList<>();
        if (kinds.stream().allMatch(anchor -> anchor != null) && byKind(text, kinds, to)) {
            RowSpec spec = RowSpec.counts(AppealColumn.ALL.size(), 1);
            for (int k = 0; k < kinds.size(); k++) {
                AppealKind kind = AppealKind.values()[k];
                int zoneStart = text.end(kinds.get(k).keyEnd());
                int zoneEnd = text.start(k + 1 < kinds.size() ? kinds.get(k + 1).keyStart() : to);
                RowToRead row = new RowToRead(kind.name(), List.of(kind.path()),
                        AppealColumn.ALL.stream().map(AppealColumn::label).toList(), spec, null);
                RowReading reading = values.read(text.text().substring(zoneStart, Math.max(zoneStart, zoneEnd)), spec);
                report(text, row, reading, 4, zoneStart, zoneEnd, findings);
                cells.addAll(cells(kind.name(), kind.path(), AppealColumn.ALL.stream().map(Enum::name).toList(),
                        AppealColumn.ALL.stream().map(AppealColumn::label).toList(), reading, true, 4, findings));
            }
            return new Table(4, region, tableStart, List.copyOf(cells));
        }
        int last = from;
        for (String label : labels) {
            int at = key.lastIndexOf(label, to - label.length());
            if (at >= from && at + label.length() > last) {
                last = at + label.length();
            }
        }
        int zoneStart = text.end(last);
        String zone = text.text().substring(Math.min(zoneStart, region[1]), region[1]);
        RowSpec spec = RowSpec.counts(AppealColumn.ALL.size(), AppealKind.values().length);
        RowToRead row = new RowToRead("APPEALS", List.of("表四"), columnLabels, spec, null);
        RowReading reading = values.read(zone, spec);
        report(text, row, reading, 4, zoneStart, region[1], findings);
        List<ParsedCell> all = cells("APPEALS", "表四", columnCodes, columnLabels, reading, true, 4, findings);
        for (ParsedCell cell : all) {
            String[] parts = cell.column().split("\\.");
            cells.add(new ParsedCell(parts[0], parts[1], cell.value(), cell.raw(), cell.status(), cell.candidates()));
        }
        return new Table(4, region, tableStart, List.copyOf(cells));
    }

    /** Whether table 四 is printed a row per kind (行政复议 0 0 0 0 0 …): digits follow every kind's label. */
    private static boolean byKind(PreparedText text, List<Anchor> kinds, int to) {
        String key = text.key();
        for (int k = 0; k < kinds.size(); k++) {
            int end = k + 1 < kinds.size() ? kinds.get(k + 1).keyStart() : to;
            String zone = key.substring(kinds.get(k).keyEnd(), Math.max(kinds.get(k).keyEnd(), end));
            if (zone.chars().noneMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }
}
