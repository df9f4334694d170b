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
 * TEXT: the figures the narrative quotes in its usual phrasings equal the tables. Read phrasings (Arabic or
 * full-width digits):
 * <ul>
 * <li>受理…申请 N 件 — 本年新收 total, or 本年新收 + 上年结转 (受理 is used for both);</li>
 * <li>新收…申请 N 件 — 本年新收 total;</li>
 * <li>予以公开 N 件 — （一）予以公开 total;</li>
 * <li>行政复议 N 件 — table 四 行政复议 总计;</li>
 * <li>行政诉讼 N 件 — table 四 both 行政诉讼 groups' 总计 together;</li>
 * <li>办结及时率 N% — the timeliness computed from the ledger when known; otherwise only that N ≤ 100.</li>
 * </ul>
 * A phrase does not reach across 。；，, so sub-counts such as "网上受理 5 件" are not read as the total.
 */
public final class TextRule implements ConsistencyRule {

    private static final String GAP = "[^。；;，,、\\d]";

    private record Phrase(String name, Pattern pattern, String row, Function<ReportFigures, List<BigDecimal>> expected,
            String labelZh, String labelEn) {
    }

    private static final List<Phrase> PHRASES = List.of(
            new Phrase("受理", Pattern.compile("受理" + GAP + "{0,15}?申请" + GAP + "{0,8}?(\\d+)\\s*件"),
                    ApplicationRow.NEW_RECEIVED.name(),
                    figures -> List.of(total(figures, ApplicationRow.NEW_RECEIVED),
                            add(total(figures, ApplicationRow.NEW_RECEIVED), total(figures, ApplicationRow.CARRIED_OVER))),
                    "本年新收（或加上年结转）", "new applications (or new plus carried over)"),
            new Phrase("新收", Pattern.compile("新收" + GAP + "{0,15}?申请" + GAP + "{0,8}?(\\d+)\\s*件"),
                    ApplicationRow.NEW_RECEIVED.name(),
                    figures -> List.of(total(figures, ApplicationRow.NEW_RECEIVED)), "本年新收", "new applications"),
            new Phrase("予以公开", Pattern.compile("(?<!不)予以公开" + GAP + "{0,4}?(\\d+)\\s*件"),
                    ApplicationRow.GRANTED.name(), figures -> List.of(total(figures, ApplicationRow.GRANTED)),
                    "（一）予以公开", "granted"),
            new Phrase("行政复议", Pattern.compile("行政复议" + GAP + "{0,8}?(\\d+)\\s*件"),
                    AppealKind.ADMINISTRATIVE_REVIEW.name(),
                    figures -> List.of(figures.appeal(AppealKind.ADMINISTRATIVE_REVIEW, AppealColumn.TOTAL)),
                    "表四行政复议总计", "administrative reviews"),
            new Phrase("行政诉讼", Pattern.compile("行政诉讼" + GAP + "{0,8}?(\\d+)\\s*件"), null,
                    figures -> List.of(add(figures.appeal(AppealKind.LITIGATION_DIRECT, AppealColumn.TOTAL),
                            figures.appeal(AppealKind.LITIGATION_AFTER_REVIEW, AppealColumn.TOTAL))),
                    "表四行政诉讼总计", "lawsuits"));

    private static final Pattern TIMELINESS = Pattern.compile("办结及时率" + GAP + "{0,6}?(\\d+(?:\\.\\d+)?)\\s*%");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
            for (Phrase phrase : PHRASES) {
                Matcher matcher = phrase.pattern().matcher(text);
                while (matcher.find()) {
                    BigDecimal quoted = new BigDecimal(matcher.group(1));
                    List<BigDecimal> expected = phrase.expected().apply(report);
                    if (expected.get(0) == null || expected.stream().anyMatch(e -> e != null && !Figures.differ(e, quoted))) {
                        continue;
                    }
                    String column = phrase.row() == null ? null : columnOf(phrase);
                    findings.add(new Finding(id(), severity(), section, phrase.row(), column, text(expected.get(0)),
                            text(quoted),
                            "第" + section + "部分文字“" + excerpt(matcher) + "”所述 " + text(quoted) + " 件与表中"
                                    + phrase.labelZh() + " " + text(expected.get(0)) + " 不符",
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

    private static String columnOf(Phrase phrase) {
        return phrase.row().equals(AppealKind.ADMINISTRATIVE_REVIEW.name()) ? AppealColumn.TOTAL.name()
                : ApplicantColumn.TOTAL.name();
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
