package cn.govdisclosure.report;

import cn.govdisclosure.platform.Labelled;

/**
 * Where a report stands on its way to publication: DRAFT → SUBMITTED → PUBLISHED, with RETURNED (back to the
 * editor with a comment) from SUBMITTED. Only DRAFT and RETURNED reports can be edited.
 */
public enum ReportStatus implements Labelled {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED;

    /** Whether the report's sections, section 二 table and reported values may be changed. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    @Override
    public String zh() {
        return switch (this) {
            case DRAFT -> "草稿";
            case SUBMITTED -> "已提交审核";
            case RETURNED -> "已退回";
            case PUBLISHED -> "已公布";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case DRAFT -> "Draft";
            case SUBMITTED -> "Submitted";
            case RETURNED -> "Returned";
            case PUBLISHED -> "Published";
        };
    }
}
