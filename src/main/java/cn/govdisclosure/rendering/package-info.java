/** The published document of a report: the national template's tables laid out once, rendered as HTML, Markdown and plain text. */
package cn.govdisclosure.rendering;
