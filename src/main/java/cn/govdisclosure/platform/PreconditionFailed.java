package cn.govdisclosure.platform;

/** A change based on a version of the record that is no longer the current one. */
public final class PreconditionFailed extends DomainException {

    private final long currentVersion;

    public PreconditionFailed(long currentVersion) {
        super(ProblemTypes.PRECONDITION_FAILED, Message.of("title.precondition-failed"),
                Message.of("detail.precondition-failed", currentVersion));
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
