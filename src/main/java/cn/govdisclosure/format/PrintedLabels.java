package cn.govdisclosure.format;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compares labels as published reports print them. Two labels are the same when their keys are: the key
 * ignores full-width against half-width forms (NFKC), every kind of white space (a label wrapped over lines or
 * spaced out, {@code 社会公益 组织}), quotation marks, and — with {@link #core} — the leading numbering
 * ({@code 一、}, {@code （三）}, {@code 1.}) and the names of the groups a row sits in.
 */
public final class PrintedLabels {

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000\\uFEFF]+");
    private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』]");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)[、.]?|\\d+[.、]|\\(\\d+\\))");

    private PrintedLabels() {
    }

    /** The label as compared: NFKC, without white space and quotation marks. */
    public static String key(String printed) {
        String text = Normalizer.normalize(printed, Normalizer.Form.NFKC);
        text = SPACE.matcher(text).replaceAll("");
        return QUOTES.matcher(text).replaceAll("").replace('．', '.');
    }

    /** The key without its leading numbering, repeatedly: {@code （三）1.属于国家秘密} → {@code 属于国家秘密}. */
    public static String withoutNumbering(String key) {
        String text = key;
        while (true) {
            String stripped = NUMBERING.matcher(text).replaceFirst("");
            if (stripped.equals(text) || stripped.isEmpty()) {
                return text;
            }
            text = stripped;
        }
    }

    /**
     * The key without numbering and without the names of the given groups in front of it:
     * {@code 三、本年度办理结果（三）不予公开1.属于国家秘密} → {@code 属于国家秘密}. A label that is only a group's
     * name stays as it is.
     */
    public static String core(String printed, String... groups) {
        String text = withoutNumbering(key(printed));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String group : groups) {
                String name = key(group);
                if (text.startsWith(name) && text.length() > name.length()) {
                    text = withoutNumbering(text.substring(name.length()));
                    changed = true;
                }
            }
        }
        return text;
    }

    /** Whether the printed text, without its numbering, is the label or one of its variants. */
    public static boolean matchesAny(String printed, String label, List<String> variants) {
        String key = withoutNumbering(key(printed));
        return withoutNumbering(key(label)).equals(key)
                || variants.stream().anyMatch(variant -> withoutNumbering(key(variant)).equals(key));
    }
}
