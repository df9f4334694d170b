package cn.govdisclosure.platform;

/**
 * A request body that could not be read to its end: broken chunk framing, or a connection the client dropped. The
 * client's error, answered 400 and logged as one line without a stack trace.
 */
public final class UnreadableBody extends RuntimeException {

    public UnreadableBody(Throwable cause) {
        super(String.valueOf(rootOf(cause).getMessage()), cause, false, false);
    }

    /** The failure among the error and its causes: a JSON reader may have wrapped it. */
    static java.util.Optional<UnreadableBody> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnreadableBody unreadable) {
                return java.util.Optional.of(unreadable);
            }
        }
        return java.util.Optional.empty();
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
