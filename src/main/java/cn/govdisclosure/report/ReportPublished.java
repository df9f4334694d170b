package cn.govdisclosure.report;

/** A report's revision in force changed (published, or a correction started): cached readings of it are stale. */
record ReportPublished(long reportId) {
}
