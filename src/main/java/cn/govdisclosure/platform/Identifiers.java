package cn.govdisclosure.platform;

/**
 * The rules of the identifiers people type: tracking numbers, case numbers (and agency codes, which are narrower
 * still). An identifier is compared character by character, so characters that look alike must not make two keys:
 * only ASCII letters and digits, Chinese characters (Han) and a few marks are allowed; spaces of every kind, line and
 * paragraph separators, control and invisible format characters (U+00A0, U+3000, U+2028, U+0085, U+200B, CR, LF …)
 * are refused. Full-width ASCII letters and digits (ＬＪ２０２１) are the same keys as their ASCII forms: they are
 * normalised (Unicode NFKC, applied to those characters only) before validation and the uniqueness check.
 */
public final class Identifiers {

    /**
     * The characters allowed: ASCII letters and digits, the CJK unified ideographs (with extension A and the
     * compatibility ideographs) and the marks of agencies' numbering schemes, none reserved in URLs. Written as plain
     * ranges so that the pattern means the same in the published contract's regular expressions (JavaScript …).
     */
    private static final String ALLOWED = "A-Za-z0-9\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\\-_.:=+()\\[\\]（）〔〕【】";

    /** A tracking number: it appears in URLs, so it has no spaces at all. */
    public static final String TRACKING_NUMBER = "^[" + ALLOWED + "]{1,64}$";

    /** A case number as courts and review bodies print it: single ASCII spaces may separate its parts. */
    public static final String CASE_NUMBER = "^[" + ALLOWED + "]+( [" + ALLOWED + "]+)*$";

    private static final char FULL_WIDTH_DIGIT_ZERO = '０';
    private static final char FULL_WIDTH_DIGIT_NINE = '９';
    private static final char FULL_WIDTH_CAPITAL_A = 'Ａ';
    private static final char FULL_WIDTH_CAPITAL_Z = 'Ｚ';
    private static final char FULL_WIDTH_SMALL_A = 'ａ';
    private static final char FULL_WIDTH_SMALL_Z = 'ｚ';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private Identifiers() {
    }

    /** The identifier with full-width ASCII letters and digits replaced by ASCII (their NFKC forms); null stays null. */
    public static String normalise(String identifier) {
        if (identifier == null) {
            return null;
        }
        StringBuilder normal = new StringBuilder(identifier.length());
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            boolean fullWidth = (c >= FULL_WIDTH_DIGIT_ZERO && c <= FULL_WIDTH_DIGIT_NINE)
                    || (c >= FULL_WIDTH_CAPITAL_A && c <= FULL_WIDTH_CAPITAL_Z)
                    || (c >= FULL_WIDTH_SMALL_A && c <= FULL_WIDTH_SMALL_Z);
            normal.append(fullWidth ? (char) (c - FULL_WIDTH_OFFSET) : c);
        }
        return normal.toString();
    }
}
