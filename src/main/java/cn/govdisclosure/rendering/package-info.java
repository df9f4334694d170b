/**
 * The published document of a report: the national template's tables laid out once, rendered as HTML, Markdown,
 * plain text and a workbook; it provides the report package's {@link cn.govdisclosure.report.DocumentRenderer}.
 */
package cn.govdisclosure.rendering;
