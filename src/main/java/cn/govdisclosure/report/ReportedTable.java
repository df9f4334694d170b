package cn.govdisclosure.report;

import cn.govdisclosure.format.SectionHeading;
import cn.govdisclosure.platform.Labelled;

/** The computed tables of a report whose values may be replaced by reported ones. */
public enum ReportedTable implements Labelled {
    /** Table 三: rows are ApplicationRow codes of the report's format, columns ApplicantColumn codes. */
    APPLICATIONS,
    /** Table 四: rows are AppealKind codes, columns AppealColumn codes. */
    APPEALS;

    private SectionHeading section() {
        return this == APPLICATIONS ? SectionHeading.APPLICATIONS : SectionHeading.APPEALS;
    }

    /** The table's section heading: 三、收到和处理政府信息公开申请情况 or 四、政府信息公开行政复议、行政诉讼情况. */
    @Override
    public String zh() {
        return section().heading();
    }

    @Override
    public String en() {
        return switch (this) {
            case APPLICATIONS -> "Table 三: " + section().en();
            case APPEALS -> "Table 四: " + section().en();
        };
    }
}
