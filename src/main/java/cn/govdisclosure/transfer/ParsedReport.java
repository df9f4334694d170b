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
}
