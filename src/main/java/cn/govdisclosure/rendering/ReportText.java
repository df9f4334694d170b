package cn.govdisclosure.rendering;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import cn.govdisclosure.report.ReportView;

/**
 * The words around the sections: the report's opening and closing, its title's parts, and how section text splits
 * into paragraphs.
 */
public final class ReportText {

    private ReportText() {
    }

    /** The report's own opening paragraph(s), as entered or its default. */
    public static String opening(ReportView report) {
        return report.printedFrontMatter().opening();
    }

    /**
     * The title in the parts it may break between, never inside a word: the agency's name and the rest, when the
     * title starts with the name.
     */
    public static List<String> titleParts(ReportView report) {
        String name = report.agencyName();
        if (report.title().startsWith(name) && report.title().length() > name.length()) {
            return List.of(name, report.title().substring(name.length()));
        }
        return List.of(report.title());
    }

    /**
     * The lines that close the report: the issuing agency's name and, once set or published, the date; none for a
     * revision published before the closing was recorded.
     */
    public static List<String> closing(ReportView report) {
        String issuer = report.printedFrontMatter().issuer();
        if (issuer == null) {
            return List.of();
        }
        LocalDate date = report.printedFrontMatter().issueDate();
        return date == null ? List.of(issuer) : List.of(issuer, DocumentState.date(date));
    }

    /**
     * A text as its author wrote it, tidied: each line stripped, runs of blank lines as one blank line (between
     * paragraphs), no blank line at either end; a line break inside a paragraph stays a line break.
     */
    public static String authored(String text) {
        if (text == null) {
            return "";
        }
        return Arrays.stream(text.strip().split("\\R")).map(String::strip)
                .collect(Collectors.joining("\n")).replaceAll("\n{3,}", "\n\n");
    }

    /** The paragraphs of a section's text: its non-blank lines, stripped. */
    public static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * Whether a paragraph is a sub-heading of its own, such as "（一）政府信息主动公开情况": it starts with a
     * numbered parenthesis, is short and is not a sentence.
     */
    public static boolean isSubheading(String paragraph) {
        return paragraph.matches("^（[一二三四五六七八九十]+）[^。；，]{1,30}$");
    }
}
