package cn.govdisclosure.report;

/**
 * Where a report stands on its way to publication: DRAFT → SUBMITTED → PUBLISHED, with RETURNED (back to the
 * editor with a comment) from SUBMITTED. Only DRAFT and RETURNED reports can be edited.
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED;

    /** Whether the report's sections, section 二 table and reported values may be changed. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
