package cn.govdisclosure.rendering;

import java.util.Arrays;
import java.util.List;

import cn.govdisclosure.report.ReportView;

/** The words every report shares: the standard opening paragraph, and how section text splits into paragraphs. */
public final class ReportText {

    private ReportText() {
    }

    /** The standard opening paragraph, naming the agency, the year and the period covered. */
    public static String opening(ReportView report) {
        int year = report.year();
        return "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的规定，现公布" + report.agencyName() + " " + year
                + " 年政府信息公开工作年度报告。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请的情况、"
                + "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进措施、其他需要报告的事项等六个部分组成，起止时间为 "
                + year + " 年 1 月 1 日至 " + year + " 年 12 月 31 日。";
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
