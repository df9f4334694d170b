package cn.govdisclosure.federation;

/** What started a pull. */
public enum PullTrigger {
    ON_DEMAND, SCHEDULED
}
