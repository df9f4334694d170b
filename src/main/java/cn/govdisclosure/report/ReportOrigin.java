package cn.govdisclosure.report;

/** Where a report's tables 三 and 四 come from. */
public enum ReportOrigin {
    /** Computed from the agency's ledger, overlaid by reported values where there are any. */
    LEDGER,
    /** Read from a document the agency published elsewhere: every cell is a reported value. */
    IMPORTED,
    /** Pulled from another instance of the service (a federation source): its published revisions, read-only here. */
    FEDERATED
}
