package cn.govdisclosure.checks;

import static cn.govdisclosure.checks.Figures.add;
import static cn.govdisclosure.checks.Figures.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;

/**
 * TEXT: the figures the narrative quotes in its usual phrasings equal the tables. A number is written in Arabic or
 * full-width digits, with or without thousands separators ({@code 1,021}), or in Chinese numerals ({@code 十二});
 * the unit is 件 (or 起 for cases). What each phrasing is compared with:
 * <ul>
 * <li>受理…申请 N 件, 收到…申请 N 件, 接收…申请 N 件 — 本年新收 total, or 本年新收 + 上年结转 (both are meant by these
 * verbs: either is accepted);</li>
 * <li>新收…申请 N 件 — 本年新收 total;</li>
 * <li>办理…申请 N 件 — （七）总计, or 本年新收 + 上年结转 (the applications handled: either is accepted);</li>
 * <li>办结 N 件, 答复 N 件 (办结依申请公开 81 件, 答复申请 3050 件) — （七）总计;</li>
 * <li>予以公开及部分公开 N 件 — （一）予以公开 + （二）部分公开 totals; 予以公开 N 件 — （一）予以公开 total;</li>
 * <li>不予公开 / 无法提供 / 不予处理 / 其他处理 N 件 — the sum of the group's rows' totals;</li>
 * <li>上年结转…N 件 — 上年结转 total; 结转…N 件 (结转至2026年6件) — 结转下年度继续办理 total;</li>
 * <li>行政复议 N 件 — table 四 行政复议 总计; (行政)诉讼 N 件 — both 行政诉讼 groups' 总计 together;</li>
 * <li>办结及时率 N% — the timeliness computed from the ledger when known; otherwise only that N ≤ 100.</li>
 * </ul>
 * A phrase does not reach across 。；， (and, after 申请, only across 共计/共/合计/总计), so sub-counts such as
 * "网上受理 5 件" are not read as the total; a part of the text read by one phrasing is not read again by another.
 * A quoted figure whose table cell is missing is not compared (TYPE reports the cell).
 */
public final class TextRule implements ConsistencyRule {

    private static final String GAP = "[^。；;，,、\\d]";
    /** A number: digits with or without thousands separators, or Chinese numerals. */
    private static final String NUMBER = "(\\d{1,3}(?:[,，]\\d{3})+|\\d+|[零〇一二两三四五六七八九十百千万]+)";
    private static final String PIECES = "\\s*([件起])";
    private static final String TOTAL_WORDS = "(?:共计|共|合计|总计|数量为|数量|为)?\\s*";

    private record Phrase(String name, Pattern pattern, String row, String column,
            Function<ReportFigures, List<BigDecimal>> expected, String labelZh, String labelEn) {
    }

    private static final List<Phrase> PHRASES = List.of(
            new Phrase("受理", Pattern.compile("受理" + GAP + "{0,15}?申请" + GAP + "{0,8}?" + NUMBER + PIECES),
                    ApplicationRow.NEW_RECEIVED.name(), ApplicantColumn.TOTAL.name(), TextRule::newOrOnHand,
                    "本年新收（或加上年结转）", "new applications (or new plus carried over)"),
            new Phrase("收到", Pattern.compile("(?:收到|接收)[^。；;，,\\d]{0,30}?申请" + TOTAL_WORDS + NUMBER + PIECES),
                    ApplicationRow.NEW_RECEIVED.name(), ApplicantColumn.TOTAL.name(), TextRule::newOrOnHand,
                    "本年新收（或加上年结转）", "new applications (or new plus carried over)"),
            new Phrase("新收", Pattern.compile("新收" + GAP + "{0,15}?申请" + GAP + "{0,8}?" + NUMBER + PIECES),
                    ApplicationRow.NEW_RECEIVED.name(), ApplicantColumn.TOTAL.name(),
                    figures -> values(total(figures, ApplicationRow.NEW_RECEIVED)), "本年新收", "new applications"),
            new Phrase("办理", Pattern.compile("办理[^。；;，,\\d]{0,15}?申请" + TOTAL_WORDS + NUMBER + PIECES),
                    ApplicationRow.TOTAL_CONCLUDED.name(), ApplicantColumn.TOTAL.name(),
                    figures -> values(total(figures, ApplicationRow.TOTAL_CONCLUDED), onHand(figures)),
                    "（七）总计（或本年新收加上年结转）", "concluded (or new plus carried over)"),
            new Phrase("办结", Pattern.compile("办结(?:了)?(?:政府信息公开|依申请公开)?(?:申请)?" + TOTAL_WORDS + NUMBER
                    + PIECES), ApplicationRow.TOTAL_CONCLUDED.name(), ApplicantColumn.TOTAL.name(),
                    figures -> values(total(figures, ApplicationRow.TOTAL_CONCLUDED)), "（七）总计", "concluded"),
            new Phrase("答复", Pattern.compile("答复(?:了)?(?:政府信息公开|依申请公开)?(?:申请)?" + TOTAL_WORDS + NUMBER
                    + PIECES), ApplicationRow.TOTAL_CONCLUDED.name(), ApplicantColumn.TOTAL.name(),
                    figures -> values(total(figures, ApplicationRow.TOTAL_CONCLUDED)), "（七）总计", "concluded"),
            new Phrase("予以公开及部分公开", Pattern.compile("(?<!不)予以公开(?:及|和|与|、|或)部分公开" + GAP + "{0,4}?"
                    + NUMBER + PIECES), ApplicationRow.GRANTED.name(), ApplicantColumn.TOTAL.name(),
                    figures -> values(add(total(figures, ApplicationRow.GRANTED),
                            total(figures, ApplicationRow.PARTIALLY_GRANTED))),
                    "（一）予以公开加（二）部分公开", "granted plus partially granted"),
            new Phrase("予以公开", Pattern.compile("(?<!不)予以公开" + GAP + "{0,4}?" + NUMBER + PIECES),
                    ApplicationRow.GRANTED.name(), ApplicantColumn.TOTAL.name(),
                    figures -> values(total(figures, ApplicationRow.GRANTED)), "（一）予以公开", "granted"),
            group("不予公开", ApplicationRow.Group.DENIED, "denied"),
            group("无法提供", ApplicationRow.Group.UNAVAILABLE, "unavailable"),
            group("不予处理", ApplicationRow.Group.NOT_PROCESSED, "not processed"),
            group("其他处理", ApplicationRow.Group.OTHER_HANDLING, "otherwise handled"),
            new Phrase("上年结转", Pattern.compile("上年结转(?:的)?(?:政府信息公开)?(?:申请)?" + TOTAL_WORDS + NUMBER
                    + PIECES), ApplicationRow.CARRIED_OVER.name(), ApplicantColumn.TOTAL.name(),
                    figures -> values(total(figures, ApplicationRow.CARRIED_OVER)), "上年结转", "carried over"),
            new Phrase("结转", Pattern.compile("(?<!上年)结转(?:至|到)?(?:下一?年度?|\\d{4}\\s*年度?)?(?:继续办理)?(?:的)?"
                    + "(?:申请)?" + TOTAL_WORDS + NUMBER + PIECES), ApplicationRow.CARRIED_FORWARD.name(),
                    ApplicantColumn.TOTAL.name(), figures -> values(total(figures, ApplicationRow.CARRIED_FORWARD)),
                    "结转下年度继续办理", "carried forward"),
            new Phrase("行政复议", Pattern.compile("行政复议" + GAP + "{0,8}?" + NUMBER + PIECES),
                    AppealKind.ADMINISTRATIVE_REVIEW.name(), AppealColumn.TOTAL.name(),
                    figures -> values(figures.appeal(AppealKind.ADMINISTRATIVE_REVIEW, AppealColumn.TOTAL)),
                    "表四行政复议总计", "administrative reviews"),
            new Phrase("行政诉讼", Pattern.compile("诉讼" + GAP + "{0,8}?" + NUMBER + PIECES), null, null,
                    figures -> values(add(figures.appeal(AppealKind.LITIGATION_DIRECT, AppealColumn.TOTAL),
                            figures.appeal(AppealKind.LITIGATION_AFTER_REVIEW, AppealColumn.TOTAL))),
                    "表四行政诉讼总计", "lawsuits"));

    private static final Pattern TIMELINESS = Pattern.compile("办结及时率" + GAP + "{0,6}?(\\d+(?:\\.\\d+)?)\\s*%");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** 不予公开 N 件 and the like: the sum of the totals of the group's rows in the report's format. */
    private static Phrase group(String name, ApplicationRow.Group group, String labelEn) {
        return new Phrase(name, Pattern.compile(name + GAP + "{0,4}?" + NUMBER + PIECES), null, null,
                figures -> values(Figures.sum(figures.applicationRows().stream()
                        .filter(row -> row.group(figures.format()) == group
                                || (group == ApplicationRow.Group.OTHER_HANDLING && row == ApplicationRow.OTHER))
                        .map(row -> total(figures, row)).toList())),
                "（" + name + "）各项之和", labelEn);
    }

    @Override
    public String id() {
        return "TEXT";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        ReportFigures report = context.report();
        List<Finding> findings = new ArrayList<>();
        Map<Integer, String> texts = new TreeMap<>(report.texts());
        texts.forEach((section, raw) -> {
            if (raw == null || raw.isBlank()) {
                return;
            }
            String text = normalise(raw);
            boolean[] read = new boolean[text.length()];
            for (Phrase phrase : PHRASES) {
                Matcher matcher = phrase.pattern().matcher(text);
                while (matcher.find()) {
                    if (anyRead(read, matcher.start(), matcher.end())) {
                        continue;
                    }
                    java.util.Arrays.fill(read, matcher.start(), matcher.end(), true);
                    BigDecimal quoted = number(matcher.group(1));
                    List<BigDecimal> expected = phrase.expected().apply(report);
                    if (quoted == null || expected.get(0) == null
                            || expected.stream().anyMatch(e -> e != null && !Figures.differ(e, quoted))) {
                        continue;
                    }
                    findings.add(new Finding(id(), severity(), section, phrase.row(), phrase.column(),
                            text(expected.get(0)), text(quoted),
                            "第" + section + "部分文字“" + excerpt(matcher) + "”所述 " + text(quoted) + " "
                                    + matcher.group(2) + "与表中" + phrase.labelZh() + " " + text(expected.get(0))
                                    + " 不符",
                            "Section " + section + " says \"" + excerpt(matcher) + "\" (" + text(quoted) + "), but the "
                                    + "table gives " + text(expected.get(0)) + " " + phrase.labelEn()));
                }
            }
            Matcher matcher = TIMELINESS.matcher(text);
            while (matcher.find()) {
                BigDecimal quoted = new BigDecimal(matcher.group(1));
                BigDecimal computed = context.timelinessPercent();
                if (computed != null) {
                    BigDecimal rounded = computed.setScale(Math.max(quoted.scale(), 0), RoundingMode.HALF_UP);
                    if (Figures.differ(rounded, quoted)) {
                        findings.add(new Finding(id(), severity(), section, null, null, text(rounded), text(quoted),
                                "第" + section + "部分所述办结及时率 " + text(quoted) + "% 与台账计算的 " + text(rounded) + "% 不符",
                                "Section " + section + " gives a timeliness of " + text(quoted)
                                        + "%, but the ledger gives " + text(rounded) + "%"));
                    }
                } else if (quoted.compareTo(HUNDRED) > 0) {
                    findings.add(new Finding(id(), severity(), section, null, null, "100", text(quoted),
                            "第" + section + "部分所述办结及时率 " + text(quoted) + "% 超过 100%",
                            "Section " + section + " gives a timeliness of " + text(quoted) + "%, more than 100%"));
                }
            }
        });
        return findings;
    }

    /** 本年新收, or 本年新收 + 上年结转: both are accepted. */
    private static List<BigDecimal> newOrOnHand(ReportFigures figures) {
        return values(total(figures, ApplicationRow.NEW_RECEIVED), onHand(figures));
    }

    private static BigDecimal onHand(ReportFigures figures) {
        return add(total(figures, ApplicationRow.NEW_RECEIVED), total(figures, ApplicationRow.CARRIED_OVER));
    }

    /** The values a quote may equal, the first the one named in the finding; any may be null (a missing cell). */
    private static List<BigDecimal> values(BigDecimal... values) {
        return java.util.Arrays.asList(values);
    }

    private static boolean anyRead(boolean[] read, int from, int to) {
        for (int i = from; i < to; i++) {
            if (read[i]) {
                return true;
            }
        }
        return false;
    }

    /** A quoted number: digits (thousands separators dropped) or Chinese numerals below 一亿; null when not a number. */
    static BigDecimal number(String quoted) {
        String digits = quoted.replace(",", "").replace("，", "");
        if (!digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new BigDecimal(digits);
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (char c : quoted.toCharArray()) {
            int value = c == '〇' ? 0 : c == '两' ? 2 : "零一二三四五六七八九".indexOf(c);
            if (value >= 0) {
                digit = value;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            if (unit == 10000) {
                total = (section + Math.max(digit, 0)) * 10000;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        return BigDecimal.valueOf(total + section + Math.max(digit, 0));
    }

    private static BigDecimal total(ReportFigures figures, ApplicationRow row) {
        return figures.application(row, ApplicantColumn.TOTAL);
    }

    private static String excerpt(Matcher matcher) {
        return matcher.group().replaceAll("\\s+", " ");
    }

    /** Full-width digits and percent signs as ASCII, so that "９件" and "100％" are read too. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '％') {
                out.append('%');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
