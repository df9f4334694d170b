package cn.govdisclosure.platform;

/**
 * A request body that turned out, while it was read, to be larger than its endpoint accepts: one sent without
 * {@code Content-Length} (chunked), whose size nobody could check before reading. Reading stops at the limit.
 */
public final class BodyTooLarge extends RuntimeException {

    private final long limit;

    public BodyTooLarge(long limit) {
        super("request body over " + limit + " bytes", null, false, false);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The refusal among the failure and its causes: a JSON reader may have wrapped it. */
    static java.util.Optional<BodyTooLarge> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLarge tooLarge) {
                return java.util.Optional.of(tooLarge);
            }
        }
        return java.util.Optional.empty();
    }
}
