package cn.govdisclosure.ledger;

import cn.govdisclosure.platform.Labelled;

/** Where an application stands with respect to its reply deadline. */
public enum DeadlineStatus implements Labelled {
    /** The reply period is running. */
    OPEN,
    /** Corrections were asked for and have not arrived; the clock is stopped. */
    AWAITING_CORRECTION,
    /** A consultation is under way; its days are not counted. */
    IN_CONSULTATION,
    /** A fee was notified and not yet paid; the waiting days are not counted. */
    AWAITING_FEE,
    /** Concluded (including withdrawn). */
    CONCLUDED;

    @Override
    public String zh() {
        return switch (this) {
            case OPEN -> "答复期限计算中";
            case AWAITING_CORRECTION -> "等待补正";
            case IN_CONSULTATION -> "征求意见中";
            case AWAITING_FEE -> "等待缴费";
            case CONCLUDED -> "已办结";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case OPEN -> "Reply period running";
            case AWAITING_CORRECTION -> "Awaiting correction";
            case IN_CONSULTATION -> "In consultation";
            case AWAITING_FEE -> "Awaiting fee payment";
            case CONCLUDED -> "Concluded";
        };
    }
}
