package cn.govdisclosure.ledger;

import cn.govdisclosure.platform.Labelled;

/** Whether the final reply has been given. */
public enum ApplicationStatus implements Labelled {
    OPEN, CONCLUDED;

    @Override
    public String zh() {
        return switch (this) {
            case OPEN -> "办理中";
            case CONCLUDED -> "已办结";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case OPEN -> "Open";
            case CONCLUDED -> "Concluded";
        };
    }
}
