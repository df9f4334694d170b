package cn.govdisclosure.transfer;

import java.util.List;

import cn.govdisclosure.format.ReportFormat;

/**
 * What was read from a published annual report: its title and agency as printed, the year and format used (and
 * where each came from), the text before the first section, the six sections, the cells of section 二 and of tables
 * 三 and 四 in template order, and what could not be read.
 */
record ParsedReport(String title, String agencyName, Integer year, Detection yearFrom, ReportFormat format,
        Detection formatFrom, String preamble, List<ParsedSection> sections, List<ParsedCell> proactive,
        List<ParsedCell> applications, List<ParsedCell> appeals, List<ParseFinding> findings) {

    /** Where the year or the format came from. */
    enum Detection {
        /** Given with the request ({@code ?year=}, {@code ?format=}). */
        PARAMETER,
        /** The report's title (…2020年政府信息公开工作年度报告). */
        TITLE,
        /** The statistical period stated in the text (统计期限自2023年1月1日…). */
        TEXT,
        /** The labels of the tables, which differ between the formats. */
        LABELS,
        /** The year: up to 2020 GB2019, from 2021 GB2021. */
        YEAR,
        /** Nothing said which. */
        NONE
    }
}
