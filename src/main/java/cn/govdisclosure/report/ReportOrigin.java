package cn.govdisclosure.report;

import cn.govdisclosure.platform.Labelled;

/** Where a report's tables 三 and 四 come from. */
public enum ReportOrigin implements Labelled {
    /** Computed from the agency's ledger, overlaid by reported values where there are any. */
    LEDGER,
    /** Read from a document the agency published elsewhere: every cell is a reported value. */
    IMPORTED,
    /** Pulled from another instance of the service (a federation source): its published revisions, read-only here. */
    FEDERATED;

    @Override
    public String zh() {
        return switch (this) {
            case LEDGER -> "台账计算";
            case IMPORTED -> "导入的已公布报告";
            case FEDERATED -> "从其他实例汇集";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case LEDGER -> "Computed from the ledger";
            case IMPORTED -> "Imported from a published report";
            case FEDERATED -> "Pulled from a federation source";
        };
    }
}
