package cn.govdisclosure.federation;

/** Where a pull stands. */
public enum PullStatus {
    RUNNING,
    /** Everything fetched was applied in one transaction. */
    SUCCEEDED,
    /** Nothing was applied; {@code failure} says why. */
    FAILED
}
