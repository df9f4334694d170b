package cn.govdisclosure.report;

/** Where a report stands on its way to publication. */
public enum ReportStatus {
    DRAFT
}
