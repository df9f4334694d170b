package cn.govdisclosure.transfer;

import java.util.List;

/**
 * The text of a published document as lines; a table row is one line with its cells separated by tabs.
 *
 * @param lines the lines in reading order
 * @param documentTitle the title the document declares apart from its text (an HTML page's {@code <title>}), or null
 */
record DocumentText(List<String> lines, String documentTitle) {

    DocumentText(List<String> lines) {
        this(lines, null);
    }

    String text() {
        return String.join("\n", lines);
    }
}
