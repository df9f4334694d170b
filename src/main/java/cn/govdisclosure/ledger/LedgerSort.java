package cn.govdisclosure.ledger;

import cn.govdisclosure.platform.Labelled;

/**
 * The fields the ledger list can be sorted by ({@code ?sort=}, a leading {@code -} for the reverse order), with
 * their names.
 */
public enum LedgerSort implements Labelled {
    RECEIVED_DATE("receivedDate"),
    DUE_DATE("dueDate"),
    CONCLUDED_DATE("concludedDate"),
    TRACKING_NUMBER("trackingNumber");

    private final String field;

    LedgerSort(String field) {
        this.field = field;
    }

    /** The field as {@code ?sort=} names it: {@code receivedDate}. */
    public String field() {
        return field;
    }

    @Override
    public String zh() {
        return switch (this) {
            case RECEIVED_DATE -> "收到日期";
            case DUE_DATE -> "答复期限";
            case CONCLUDED_DATE -> "答复日期";
            case TRACKING_NUMBER -> "申请编号";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case RECEIVED_DATE -> "Date received";
            case DUE_DATE -> "Reply deadline";
            case CONCLUDED_DATE -> "Date of the reply";
            case TRACKING_NUMBER -> "Tracking number";
        };
    }
}
