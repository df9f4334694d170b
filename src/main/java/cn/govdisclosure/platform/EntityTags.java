package cn.govdisclosure.platform;

import java.util.List;

import jakarta.ws.rs.core.EntityTag;

/**
 * Strong entity tags derived from an entity's optimistic-locking version, and the {@code If-Match}
 * precondition every write of an existing resource must carry (missing: 428, stale: 412).
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Checks an {@code If-Match} header value against the current version of the resource. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, ProblemTypes.PRECONDITION_REQUIRED, "Precondition required",
                    "This write needs an If-Match header carrying the ETag of the resource as last read",
                    List.of());
        }
        String expected = "\"" + currentVersion + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(expected)) {
                return;
            }
        }
        throw new ApiException(412, ProblemTypes.PRECONDITION_FAILED, "Precondition failed",
                "The resource has changed since it was read (current ETag " + expected
                        + "); read it again and reapply the change",
                List.of());
    }
}
