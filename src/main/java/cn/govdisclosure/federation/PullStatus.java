package cn.govdisclosure.federation;

import cn.govdisclosure.platform.Labelled;

/** Where a pull stands. */
public enum PullStatus implements Labelled {
    RUNNING,
    /** Everything fetched was applied in one transaction. */
    SUCCEEDED,
    /** Nothing was applied; {@code failure} says why. */
    FAILED;

    @Override
    public String zh() {
        return switch (this) {
            case RUNNING -> "进行中";
            case SUCCEEDED -> "成功";
            case FAILED -> "失败";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case RUNNING -> "Running";
            case SUCCEEDED -> "Succeeded";
            case FAILED -> "Failed";
        };
    }
}
