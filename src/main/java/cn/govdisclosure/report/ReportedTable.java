package cn.govdisclosure.report;

/** The computed tables of a report whose values may be replaced by reported ones. */
public enum ReportedTable {
    /** Table 三: rows are ApplicationRow codes of the report's format, columns ApplicantColumn codes. */
    APPLICATIONS,
    /** Table 四: rows are AppealKind codes, columns AppealColumn codes. */
    APPEALS
}
