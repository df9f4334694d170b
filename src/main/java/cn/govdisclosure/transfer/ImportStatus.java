package cn.govdisclosure.transfer;

import cn.govdisclosure.platform.Labelled;

/** Where an import job is: waiting, being processed by one replica, or finished either way. */
public enum ImportStatus implements Labelled {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    @Override
    public String zh() {
        return switch (this) {
            case QUEUED -> "排队中";
            case RUNNING -> "处理中";
            case SUCCEEDED -> "已完成";
            case FAILED -> "失败";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case QUEUED -> "Queued";
            case RUNNING -> "Running";
            case SUCCEEDED -> "Succeeded";
            case FAILED -> "Failed";
        };
    }
}
