package cn.govdisclosure.checks;

import cn.govdisclosure.ledger.AppealKind;

/** Official names of the groups of table 四, for messages. */
public final class Labels {

    private Labels() {
    }

    public static String of(AppealKind kind) {
        return switch (kind) {
            case ADMINISTRATIVE_REVIEW -> "行政复议";
            case LITIGATION_DIRECT -> "行政诉讼（未经复议直接起诉）";
            case LITIGATION_AFTER_REVIEW -> "行政诉讼（复议后起诉）";
        };
    }
}
