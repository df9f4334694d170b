package cn.govdisclosure.format;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
        return keyed(printed).key();
    }

    /**
     * The key of a whole printed text, each of its characters with the place in the text it comes from, so that a
     * label found in the key can be found again in the text as printed (with its spaces and line breaks).
     */
    public static Keyed keyed(String printed) {
        StringBuilder key = new StringBuilder(printed.length());
        int[] origins = new int[printed.length() + 8];
        int i = 0;
        while (i < printed.length()) {
            int codePoint = printed.codePointAt(i);
            String one = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
            one = QUOTES.matcher(SPACE.matcher(one).replaceAll("")).replaceAll("").replace('．', '.');
            for (int j = 0; j < one.length(); j++) {
                if (key.length() == origins.length) {
                    origins = Arrays.copyOf(origins, origins.length * 2);
                }
                origins[key.length()] = i;
                key.append(one.charAt(j));
            }
            i += Character.charCount(codePoint);
        }
        return new Keyed(printed, key.toString(), Arrays.copyOf(origins, key.length()));
    }

    /**
     * A printed text as compared ({@link #key}), with the place in the printed text of every character of the key.
     */
    public record Keyed(String printed, String key, int[] origins) {

        /** Where in the printed text the key character at {@code keyIndex} starts; the text's end past the key. */
        public int start(int keyIndex) {
            return keyIndex < origins.length ? origins[keyIndex] : printed.length();
        }

        /** Where in the printed text the key character before {@code keyEnd} ends. */
        public int end(int keyEnd) {
            if (keyEnd <= 0) {
                return 0;
            }
            int last = origins[keyEnd - 1];
            return last + Character.charCount(printed.codePointAt(last));
        }

        /** The first key index whose character comes from the printed text at or after {@code printedIndex}. */
        public int keyIndexAt(int printedIndex) {
            int low = 0;
            int high = origins.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (origins[middle] < printedIndex) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Keyed keyed && keyed.printed.equals(printed);
        }

        @Override
        public int hashCode() {
            return printed.hashCode();
        }

        @Override
        public String toString() {
            return key;
        }
    }

    /** Where a label was found in a key: {@code [start, end)} of the key, with the edits it took. */
    public record Found(int start, int end, int edits) {
    }

    /**
     * Finds a label in a key (see {@link #keyed}) between {@code from} and {@code to}: its first exact occurrence,
     * or else, for a label long enough to tell apart from its neighbours, the first occurrence with small typos —
     * one edit (a character added, dropped or changed: {@code 行政法复议}) in a label of 8 characters or more, two in
     * one of 16 or more.
     */
    public static Optional<Found> find(String key, String printedLabel, int from, int to) {
        String label = key(printedLabel);
        if (label.isEmpty() || from >= to) {
            return Optional.empty();
        }
        int exact = key.indexOf(label, from);
        if (exact >= 0 && exact + label.length() <= to) {
            return Optional.of(new Found(exact, exact + label.length(), 0));
        }
        int allowed = allowedEdits(label);
        return allowed == 0 ? Optional.empty() : nearest(key, label, from, Math.min(to, key.length()), allowed);
    }

    /** How many typos a label of this key may carry and still be recognised. */
    static int allowedEdits(String labelKey) {
        return labelKey.length() >= 16 ? 2 : labelKey.length() >= 8 ? 1 : 0;
    }

    /**
     * The first place where the label occurs with at most {@code allowed} edits (Sellers' approximate matching),
     * taking at that place the end with the fewest edits.
     */
    private static Optional<Found> nearest(String key, String label, int from, int to, int allowed) {
        int m = label.length();
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        int[] previousStart = new int[m + 1];
        int[] currentStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            previous[i] = i;
            previousStart[i] = from;
        }
        Found best = null;
        for (int j = from; j < to; j++) {
            current[0] = 0;
            currentStart[0] = j + 1;
            char c = key.charAt(j);
            for (int i = 1; i <= m; i++) {
                int substitute = previous[i - 1] + (label.charAt(i - 1) == c ? 0 : 1);
                int insert = previous[i] + 1;
                int delete = current[i - 1] + 1;
                if (substitute <= insert && substitute <= delete) {
                    current[i] = substitute;
                    currentStart[i] = i == 1 ? j : previousStart[i - 1];
                } else if (delete <= insert) {
                    current[i] = delete;
                    currentStart[i] = currentStart[i - 1];
                } else {
                    current[i] = insert;
                    currentStart[i] = previousStart[i];
                }
            }
            if (current[m] <= allowed && (best == null || current[m] < best.edits())) {
                best = new Found(currentStart[m], j + 1, current[m]);
            } else if (best != null) {
                return Optional.of(best);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
            swap = previousStart;
            previousStart = currentStart;
            currentStart = swap;
        }
        return Optional.ofNullable(best);
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
