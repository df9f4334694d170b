package cn.govdisclosure.platform;

/** The problem type URIs this service uses; each names one kind of failure, documented in the README. */
public final class ProblemTypes {

    private static final String BASE = "urn:govdisclosure:problem:";

    public static final String VALIDATION = BASE + "validation";
    public static final String BAD_REQUEST = BASE + "bad-request";
    public static final String MALFORMED_JSON = BASE + "malformed-json";
    public static final String UNAUTHORIZED = BASE + "unauthorized";
    public static final String FORBIDDEN = BASE + "forbidden";
    public static final String NOT_FOUND = BASE + "not-found";
    public static final String CONFLICT = BASE + "conflict";
    /** A report workflow step that the report's current state does not allow. */
    public static final String ILLEGAL_TRANSITION = BASE + "illegal-transition";
    /** A report that cannot be submitted or published while error-level findings remain. */
    public static final String CHECKS_FAILED = BASE + "checks-failed";
    public static final String PRECONDITION_REQUIRED = BASE + "precondition-required";
    public static final String PRECONDITION_FAILED = BASE + "precondition-failed";
    public static final String PAYLOAD_TOO_LARGE = BASE + "payload-too-large";
    /** A body of a media type the endpoint does not read. */
    public static final String UNSUPPORTED_MEDIA_TYPE = BASE + "unsupported-media-type";
    /** A document that cannot be read: damaged, encrypted, without text, or not an annual report. */
    public static final String UNREADABLE_DOCUMENT = BASE + "unreadable-document";
    public static final String HTTP = BASE + "http";
    public static final String INTERNAL = BASE + "internal";
    /** The database cannot be reached: an outage. */
    public static final String SERVICE_UNAVAILABLE = BASE + "service-unavailable";
    /** Every database connection of the instance is busy: too many callers, the database itself answers. */
    public static final String OVERLOADED = BASE + "overloaded";
    /** The deployment's settings keep the service from answering (see {@link MisconfiguredService}). */
    public static final String MISCONFIGURED = BASE + "misconfigured";

    private ProblemTypes() {
    }
}
