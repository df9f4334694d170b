package cn.govdisclosure.platform;

/** A change based on a version of the record that is no longer the current one. */
public final class PreconditionFailed extends DomainException {

    private final long currentVersion;

    public PreconditionFailed(long currentVersion) {
        super(ProblemTypes.PRECONDITION_FAILED, "Precondition failed",
                "The resource has changed since it was read (current ETag \"" + currentVersion
                        + "\"); read it again and reapply the change");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
