package cn.govdisclosure.platform;

/** The roles a token grants in its {@code groups} claim. */
public final class Roles {

    /** Reads everything of its agencies except personal data. */
    public static final String VIEWER = "viewer";
    /** Records and edits applications and appeals of its agencies, and sees their personal data. */
    public static final String CLERK = "clerk";
    /** Edits draft reports of its agencies. */
    public static final String EDITOR = "editor";
    /** What an editor can, plus submitting and publishing. */
    public static final String PUBLISHER = "publisher";
    /** Agencies, calendars, everything, for every agency. */
    public static final String ADMIN = "admin";

    /**
     * The name of the bearer-token security scheme in the contract: every protected operation names it, so that
     * Swagger UI's Authorize and generated clients send the token.
     */
    public static final String BEARER_SCHEME = "bearer";

    private Roles() {
    }
}
