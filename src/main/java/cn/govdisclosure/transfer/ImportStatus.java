package cn.govdisclosure.transfer;

/** Where an import job is: waiting, being processed by one replica, or finished either way. */
public enum ImportStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED
}
