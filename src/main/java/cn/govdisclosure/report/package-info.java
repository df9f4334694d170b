/**
 * Annual reports: their six sections, the proactive-disclosure table of section 二, reported values, the workflow,
 * and published revisions stored as versioned records; documents are rendered through {@link
 * cn.govdisclosure.report.DocumentRenderer}.
 */
package cn.govdisclosure.report;
