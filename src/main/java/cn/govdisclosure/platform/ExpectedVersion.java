package cn.govdisclosure.platform;

import java.util.Set;

/**
 * The versions of a record a change may apply to (optimistic concurrency): the one the caller read, so that a
 * change made meanwhile is never overwritten unseen. Resources make it from the request's {@code If-Match}
 * ({@link EntityTags#expectedVersion}); services check it against the stored version when they have loaded the
 * record, so that an unknown record is still a {@link NotFound} first.
 */
public final class ExpectedVersion {

    private static final ExpectedVersion NONE = new ExpectedVersion(false, false, Set.of());
    private static final ExpectedVersion ANY = new ExpectedVersion(true, true, Set.of());

    private final boolean given;
    private final boolean any;
    private final Set<Long> versions;

    private ExpectedVersion(boolean given, boolean any, Set<Long> versions) {
        this.given = given;
        this.any = any;
        this.versions = Set.copyOf(versions);
    }

    /** The caller named no version. */
    public static ExpectedVersion none() {
        return NONE;
    }

    /** The caller accepts whatever version is current. */
    public static ExpectedVersion any() {
        return ANY;
    }

    /** The caller read one of these versions (none of which may be the current one). */
    public static ExpectedVersion anyOf(Set<Long> versions) {
        return new ExpectedVersion(true, false, versions);
    }

    /**
     * Checks the record's current version: {@link PreconditionRequired} when the caller named none,
     * {@link PreconditionFailed} when it is not among those expected.
     */
    public void check(long current) {
        if (!given) {
            throw new PreconditionRequired();
        }
        if (!any && !versions.contains(current)) {
            throw new PreconditionFailed(current);
        }
    }

    @Override
    public String toString() {
        return !given ? "none" : any ? "any" : versions.toString();
    }
}
