package cn.govdisclosure.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import cn.govdisclosure.format.CellKind;

/**
 * Reads the printed values of one row from the text between its label and what follows. Three layouts:
 * <ul>
 * <li>cells separated by tabs (a table copied from a document, or laid out from HTML or DOCX): each place between
 * tabs is a cell, empty places are blank; empty places in front beyond the row's cells belong to the label
 * columns;</li>
 * <li>values separated by runs of spaces or one per line (the text layer of a PDF): as many values as cells are
 * read in order;</li>
 * <li>anything else — values run together ({@code 7000007}), stray spaces inside numbers ({@code 230 000023}) —
 * goes to the {@link DigitSplitter}: a split is taken only when it is the only one that satisfies the row's sums.</li>
 * </ul>
 * Blank is "/", "-", "—" or nothing, never 0. Full-width digits, thousands separators and 元/万元 are read.
 */
final class RowValues {

    private static final Pattern WELL_FORMED = Pattern.compile("[-+]?(?:0|[1-9]\\d*)(?:\\.\\d+)?");
    private static final Pattern THOUSANDS = Pattern.compile("[-+]?[1-9]\\d{0,2}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final String MARKERS = "/／-－—–―─";
    private static final String SIGNS = "-－−+＋";
    /** Units printed after a value; they separate values like a space. */
    private static final String UNITS = "元万件个项条人次宗起份笔";

    private final DigitSplitter splitter = new DigitSplitter();

    RowReading read(String zone, RowSpec spec) {
        return zone.indexOf('\t') >= 0 ? tabbed(zone, spec) : untabbed(zone, spec);
    }

    // ---- cells separated by tabs ---------------------------------------------------------------------------------

    private RowReading tabbed(String zone, RowSpec spec) {
        List<String> lines = new ArrayList<>(List.of(zone.split("\n", -1)));
        if (lines.size() > 1 && Arrays.stream(lines.get(lines.size() - 1).split("\t", -1))
                .noneMatch(field -> isNumeric(field.strip()))) {
            lines.remove(lines.size() - 1);
        }
        List<String> fields = new ArrayList<>();
        boolean first = true;
        for (String line : lines) {
            List<String> parts = new ArrayList<>(List.of(line.split("\t", -1)));
            if (first && !parts.isEmpty() && !isNumeric(parts.get(0).strip())) {
                parts.remove(0);
            }
            first = false;
            if (parts.stream().allMatch(part -> isRule(part.strip()))) {
                continue;
            }
            while (!parts.isEmpty() && isJunk(parts.get(0).strip())) {
                parts.remove(0);
            }
            if (parts.stream().anyMatch(part -> isJunk(part.strip()))) {
                if (fields.stream().anyMatch(field -> !field.isBlank())) {
                    break;
                }
                continue;
            }
            fields.addAll(parts.stream().map(String::strip).toList());
        }
        int n = spec.size();
        while (fields.size() > n && fields.get(0).isEmpty()) {
            fields.remove(0);
        }
        while (fields.size() > n && fields.get(fields.size() - 1).isEmpty()) {
            fields.remove(fields.size() - 1);
        }
        String raw = String.join("\t", fields);
        if (fields.stream().allMatch(field -> field.isEmpty() || isMarker(field))) {
            return RowReading.of(RowReading.Outcome.BLANK, List.of(blanks(fields, n)), raw, 0);
        }
        if (fields.size() > n) {
            return RowReading.of(RowReading.Outcome.TOO_MANY, List.of(), raw, fields.size());
        }
        List<CellReading> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cells.add(i < fields.size() ? field(fields.get(i), spec.kinds().get(i)) : CellReading.blank(""));
        }
        return RowReading.of(fields.size() < n ? RowReading.Outcome.SHORT : RowReading.Outcome.READ, List.of(cells),
                raw, fields.size());
    }

    private static List<CellReading> blanks(List<String> fields, int n) {
        List<CellReading> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cells.add(CellReading.blank(i < fields.size() ? fields.get(i) : ""));
        }
        return cells;
    }

    /** One cell's text: blank, a number of the cell's kind (stray spaces, units and grouping taken out), or unreadable. */
    static CellReading field(String text, CellKind kind) {
        String stripped = text.strip();
        if (stripped.isEmpty() || isMarker(stripped)) {
            return CellReading.blank(stripped);
        }
        String number = ascii(stripped).replaceAll("[\\s\\u00A0\\u3000]+", "").replaceAll("[" + UNITS + "]+$", "");
        if (THOUSANDS.matcher(number).matches()) {
            number = number.replace(",", "");
        }
        number = number.replace("+", "");
        if (!number.matches("-?\\d+(?:\\.\\d+)?")) {
            return CellReading.unreadable(stripped);
        }
        BigDecimal value = new BigDecimal(number);
        return kind.problemWith(value) == null ? new CellReading(value, stripped, true) : CellReading.unreadable(stripped);
    }

    // ---- values separated by spaces, one per line, or run together -------------------------------------------------

    private enum Type { NUMBER, BLANK, JUNK, SPACE, NEWLINE }

    private record Token(Type type, String text, String raw, int start, int end) {
    }

    private RowReading untabbed(String zone, RowSpec spec) {
        List<Token> tokens = tokens(zone, spec.signed());
        int from = -1;
        int to = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            Type type = tokens.get(i).type();
            if (from < 0 && (type == Type.NUMBER || type == Type.BLANK)) {
                from = i;
            } else if (from >= 0 && type == Type.JUNK) {
                to = i;
                break;
            }
        }
        int n = spec.size();
        if (from < 0) {
            return RowReading.of(RowReading.Outcome.BLANK, List.of(blanks(List.of(), n)), "", 0);
        }
        List<Token> segment = tokens.subList(from, to);
        String raw = zone.substring(segment.get(0).start(), segment.get(segment.size() - 1).end()).strip();
        List<Token> values = segment.stream().filter(t -> t.type() == Type.NUMBER || t.type() == Type.BLANK).toList();
        if (values.stream().allMatch(t -> t.type() == Type.BLANK)) {
            return RowReading.of(RowReading.Outcome.BLANK,
                    List.of(blanks(values.stream().map(Token::raw).toList(), n)), raw, 0);
        }
        boolean wellFormed = values.stream().allMatch(t -> t.type() == Type.BLANK || isWellFormed(t.text()));
        if (values.size() == n && wellFormed) {
            return RowReading.of(RowReading.Outcome.READ, List.of(inOrder(values, spec)), raw, n);
        }
        List<CellReading> onePerLine = onePerLine(segment, spec);
        if (onePerLine != null) {
            return RowReading.of(RowReading.Outcome.READ, List.of(onePerLine), raw, values.size());
        }
        List<DigitSplitter.Piece> pieces = pieces(values);
        if (!DigitSplitter.canFill(pieces, n)) {
            if (values.size() >= 2 && values.size() < n && wellFormed) {
                List<CellReading> cells = new ArrayList<>(inOrder(values, spec));
                while (cells.size() < n) {
                    cells.add(CellReading.blank(""));
                }
                return RowReading.of(RowReading.Outcome.SHORT, List.of(cells), raw, values.size());
            }
            return RowReading.of(values.size() > n ? RowReading.Outcome.TOO_MANY : RowReading.Outcome.DROPPED,
                    List.of(), raw, values.size());
        }
        DigitSplitter.Result splits = splitter.split(pieces, spec, true, DigitSplitter.MAX_SPLITS);
        if (!splits.complete()) {
            return RowReading.of(RowReading.Outcome.TOO_AMBIGUOUS, splits.splits(), raw, values.size());
        }
        if (!splits.splits().isEmpty()) {
            return RowReading.of(RowReading.Outcome.READ, splits.splits(), raw, values.size());
        }
        DigitSplitter.Result any = splitter.split(pieces, spec, false, 1);
        if (any.complete() && any.splits().size() == 1) {
            return RowReading.of(RowReading.Outcome.READ, any.splits(), raw, values.size());
        }
        return RowReading.of(RowReading.Outcome.NO_SPLIT, List.of(), raw, values.size());
    }

    private static List<CellReading> inOrder(List<Token> values, RowSpec spec) {
        List<CellReading> cells = new ArrayList<>();
        for (int i = 0; i < values.size() && i < spec.size(); i++) {
            Token token = values.get(i);
            cells.add(token.type() == Type.BLANK ? CellReading.blank(token.raw())
                    : field(token.raw(), spec.kinds().get(i)));
        }
        return cells;
    }

    /**
     * One value per line with empty lines for blank cells: read in order when the lines from the first value to the
     * last are exactly as many as the cells; otherwise null.
     */
    private static List<CellReading> onePerLine(List<Token> segment, RowSpec spec) {
        List<List<Token>> lines = new ArrayList<>();
        lines.add(new ArrayList<>());
        for (Token token : segment) {
            if (token.type() == Type.NEWLINE) {
                for (int i = 0; i < token.text().length(); i++) {
                    lines.add(new ArrayList<>());
                }
            } else if (token.type() == Type.NUMBER || token.type() == Type.BLANK) {
                lines.get(lines.size() - 1).add(token);
            }
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.size() != spec.size() || lines.size() < 2 || lines.stream().anyMatch(line -> line.size() > 1)) {
            return null;
        }
        List<CellReading> cells = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<Token> line = lines.get(i);
            if (line.isEmpty() || line.get(0).type() == Type.BLANK) {
                cells.add(CellReading.blank(line.isEmpty() ? "" : line.get(0).raw()));
            } else if (!isWellFormed(line.get(0).text())) {
                return null;
            } else {
                cells.add(field(line.get(0).raw(), spec.kinds().get(i)));
            }
        }
        return cells;
    }

    /** The values as pieces for the splitter: numbers next to each other are one run, their boundaries unknown. */
    private static List<DigitSplitter.Piece> pieces(List<Token> values) {
        List<DigitSplitter.Piece> pieces = new ArrayList<>();
        StringBuilder digits = null;
        StringBuilder raw = null;
        boolean negative = false;
        String fraction = null;
        for (Token token : values) {
            String text = token.text();
            if (token.type() == Type.BLANK || THOUSANDS.matcher(text).matches()) {
                if (digits != null) {
                    pieces.add(DigitSplitter.Piece.run(digits.toString(), negative, fraction, raw.toString()));
                    digits = null;
                }
                pieces.add(token.type() == Type.BLANK ? DigitSplitter.Piece.blank(token.raw())
                        : DigitSplitter.Piece.fixed(new BigDecimal(text.replace(",", "").replace("+", "")),
                                token.raw()));
                continue;
            }
            boolean signed = text.startsWith("-") || text.startsWith("+");
            String unsigned = signed ? text.substring(1) : text;
            int point = unsigned.indexOf('.');
            String whole = point < 0 ? unsigned : unsigned.substring(0, point);
            String decimals = point < 0 ? null : unsigned.substring(point + 1);
            if (digits != null && (fraction != null || signed)) {
                pieces.add(DigitSplitter.Piece.run(digits.toString(), negative, fraction, raw.toString()));
                digits = null;
            }
            if (digits == null) {
                digits = new StringBuilder();
                raw = new StringBuilder();
                negative = text.startsWith("-");
                fraction = null;
            } else {
                raw.append(' ');
            }
            digits.append(whole);
            raw.append(token.raw());
            fraction = decimals;
        }
        if (digits != null) {
            pieces.add(DigitSplitter.Piece.run(digits.toString(), negative, fraction, raw.toString()));
        }
        return pieces;
    }

    /** The zone as tokens: numbers (digits with their decimal point, grouping and sign), blanks, junk, spaces. */
    private static List<Token> tokens(String zone, boolean signed) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < zone.length()) {
            char c = zone.charAt(i);
            int start = i;
            if (c == '\n') {
                while (i < zone.length() && zone.charAt(i) == '\n') {
                    i++;
                }
                tokens.add(new Token(Type.NEWLINE, zone.substring(start, i), "", start, i));
            } else if (isSpace(c) || UNITS.indexOf(c) >= 0) {
                while (i < zone.length() && zone.charAt(i) != '\n'
                        && (isSpace(zone.charAt(i)) || UNITS.indexOf(zone.charAt(i)) >= 0)) {
                    i++;
                }
                tokens.add(new Token(Type.SPACE, " ", "", start, i));
            } else if (isDigit(c) || (signed && SIGNS.indexOf(c) >= 0 && i + 1 < zone.length()
                    && isDigit(zone.charAt(i + 1)))) {
                i++;
                while (i < zone.length() && (isDigit(zone.charAt(i)) || (isPoint(zone.charAt(i))
                        && i + 1 < zone.length() && isDigit(zone.charAt(i + 1))))) {
                    i++;
                }
                String raw = zone.substring(start, i);
                String text = ascii(raw);
                if (text.contains(",") && !THOUSANDS.matcher(text).matches()) {
                    int offset = start;
                    for (String part : raw.split("[,，]")) {
                        tokens.add(new Token(Type.NUMBER, ascii(part), part, offset, offset + part.length()));
                        offset += part.length() + 1;
                    }
                } else {
                    tokens.add(new Token(Type.NUMBER, text, raw, start, i));
                }
            } else if (c == '/' || c == '／') {
                i++;
                tokens.add(new Token(Type.BLANK, zone.substring(start, i), zone.substring(start, i), start, i));
            } else if (MARKERS.indexOf(c) >= 0) {
                while (i < zone.length() && MARKERS.indexOf(zone.charAt(i)) >= 0 && zone.charAt(i) != '/'
                        && zone.charAt(i) != '／') {
                    i++;
                }
                String raw = zone.substring(start, i);
                tokens.add(raw.length() <= 2 ? new Token(Type.BLANK, raw, raw, start, i)
                        : new Token(Type.SPACE, " ", "", start, i));
            } else {
                i += Character.charCount(zone.codePointAt(i));
                tokens.add(new Token(Type.JUNK, zone.substring(start, i), zone.substring(start, i), start, i));
            }
        }
        return Collections.unmodifiableList(tokens);
    }

    // ---- characters -----------------------------------------------------------------------------------------------

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean isPoint(char c) {
        return c == '.' || c == '．' || c == ',' || c == '，';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
    }

    /** Full-width digits, points, commas and signs as ASCII. */
    static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '，') {
                out.append(',');
            } else if (c == '－' || c == '−') {
                out.append('-');
            } else if (c == '＋') {
                out.append('+');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isMarker(String text) {
        return !text.isEmpty() && text.length() <= 2 && text.chars().allMatch(c -> MARKERS.indexOf(c) >= 0);
    }

    private static boolean isRule(String text) {
        return text.isEmpty() || (text.length() >= 3 && text.chars().allMatch(c -> MARKERS.indexOf(c) >= 0
                || c == '=' || c == '_'));
    }

    /** A field holding a number (of any kind). */
    private static boolean isNumeric(String text) {
        return !text.isEmpty() && !isMarker(text) && !isRule(text) && !isJunk(text);
    }

    /** A field that is neither empty, nor a blank marker, nor a number. */
    private static boolean isJunk(String text) {
        if (text.isEmpty() || isMarker(text) || isRule(text)) {
            return false;
        }
        String number = ascii(text).replaceAll("[\\s\\u00A0\\u3000]+", "").replaceAll("[" + UNITS + "]+$", "");
        return !number.matches("[-+]?\\d+(?:\\.\\d+)?") && !THOUSANDS.matcher(number).matches();
    }

    private static boolean isWellFormed(String number) {
        return WELL_FORMED.matcher(number).matches() || THOUSANDS.matcher(number).matches();
    }
}
