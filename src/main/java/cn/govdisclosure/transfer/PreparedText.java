package cn.govdisclosure.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import cn.govdisclosure.format.PrintedLabels;

/**
 * A document's text made ready for reading: line breaks unified, form feeds and the page footers of printed
 * documents ({@code - 3 -}, {@code 第3页 共8页}, {@code 3/8}) taken out. Keeps its key (labels compared as
 * {@link PrintedLabels} does) with the way back to each printed character, and the line of every position.
 */
final class PreparedText {

    private static final Pattern FOOTER = Pattern.compile(
            "^[\\s\\u3000]*(?:[-－—–]\\s*\\d{1,3}\\s*[-－—–]|第\\s*\\d{1,3}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?"
                    + "|\\d{1,3}\\s*/\\s*\\d{1,3}|[-－—–]\\s*第\\s*\\d{1,3}\\s*页\\s*[-－—–])[\\s\\u3000]*$");

    private final String text;
    private final int[] lineNumbers;
    private final int[] lineStarts;
    private final PrintedLabels.Keyed keyed;

    PreparedText(DocumentText document) {
        StringBuilder text = new StringBuilder();
        List<Integer> numbers = new ArrayList<>();
        int number = 0;
        for (String raw : document.lines()) {
            for (String line : raw.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').split("\n", -1)) {
                number++;
                if (FOOTER.matcher(line).matches()) {
                    continue;
                }
                if (!numbers.isEmpty()) {
                    text.append('\n');
                }
                numbers.add(number);
                text.append(line);
            }
        }
        this.text = text.toString();
        this.lineNumbers = numbers.stream().mapToInt(Integer::intValue).toArray();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < this.text.length(); i++) {
            if (this.text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        this.keyed = PrintedLabels.keyed(this.text);
    }

    String text() {
        return text;
    }

    String key() {
        return keyed.key();
    }

    /** Where in the text the key character at {@code keyIndex} starts. */
    int start(int keyIndex) {
        return keyed.start(keyIndex);
    }

    /** Where in the text the key up to {@code keyEnd} ends. */
    int end(int keyEnd) {
        return keyed.end(keyEnd);
    }

    /** The key index of the first key character at or after a text position. */
    int keyIndexAt(int position) {
        return keyed.keyIndexAt(position);
    }

    /** The document's line (1-based, counting the lines taken out) of a text position. */
    int lineOf(int position) {
        int index = Arrays.binarySearch(lineStarts, position);
        int line = index >= 0 ? index : -index - 2;
        return lineNumbers.length == 0 ? 1 : lineNumbers[Math.max(0, Math.min(line, lineNumbers.length - 1))];
    }

    /** The printed text from {@code from} to {@code to} with a little around it, white space as single spaces. */
    String excerpt(int from, int to) {
        int start = Math.max(0, from - 20);
        int end = Math.min(text.length(), Math.max(to, from) + 20);
        if (end - start > 200) {
            end = start + 200;
        }
        return text.substring(start, end).replaceAll("\\s+", " ").strip();
    }
}
