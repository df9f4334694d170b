package cn.govdisclosure.report;

/** A report was created or changed (content, workflow, import, a pulled revision): its finding counts are recounted. */
record ReportChanged(long reportId) {
}
