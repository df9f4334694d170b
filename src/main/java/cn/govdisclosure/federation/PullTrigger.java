package cn.govdisclosure.federation;

import cn.govdisclosure.platform.Labelled;

/** What started a pull. */
public enum PullTrigger implements Labelled {
    ON_DEMAND, SCHEDULED;

    @Override
    public String zh() {
        return switch (this) {
            case ON_DEMAND -> "手动";
            case SCHEDULED -> "定时";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case ON_DEMAND -> "On demand";
            case SCHEDULED -> "Scheduled";
        };
    }
}
