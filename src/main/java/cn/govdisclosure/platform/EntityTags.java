package cn.govdisclosure.platform;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;

/**
 * Strong entity tags made from a record's optimistic-locking version, and the reading of the {@code If-Match}
 * precondition every write of an existing resource carries into the version it expects.
 */
public final class EntityTags {

    /** A strong tag as this service makes them: the version number, quoted. */
    private static final Pattern VERSION_TAG = Pattern.compile("\"(0|[1-9][0-9]{0,17})\"");
    /** An entity tag as RFC 9110 writes it: optionally weak, always in double quotes. */
    private static final Pattern ANY_TAG = Pattern.compile("(W/)?\"[\\x21\\x23-\\x7e\\x80-\\xff]*\"");

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The versions an {@code If-Match} header value names: none when it is missing or blank, any for {@code *},
     * else the versions of the strong tags it lists (other tags match no version). A value that is not a list
     * of entity tags (such as an ETag without its quotes, {@code If-Match: 3}) is refused as malformed rather than
     * answered as a stale tag: the resource has not changed, the header is wrong.
     *
     * @throws InvalidInput when the header is not a list of entity tags
     */
    public static ExpectedVersion expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return ExpectedVersion.none();
        }
        Set<Long> versions = new LinkedHashSet<>();
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return ExpectedVersion.any();
            }
            if (!ANY_TAG.matcher(tag).matches()) {
                throw new InvalidInput("If-Match", "invalid-format", "header.if-match.malformed");
            }
            Matcher version = VERSION_TAG.matcher(tag);
            if (version.matches()) {
                versions.add(Long.parseLong(version.group(1)));
            }
        }
        return ExpectedVersion.anyOf(versions);
    }
}
