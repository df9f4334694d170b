package cn.govdisclosure.access;

/**
 * Whom a response is shown to, as far as applicants' personal data go: a reader entitled to see them, who is named
 * in the personal-data access log for every response that shows them, or anyone else, who sees masked names. The
 * access policy decides ({@link AccessPolicy#audienceFor}); the service that builds the response shows and logs.
 */
public record Audience(String reader, boolean seesPersonalData) {

    /** Someone shown applicants' details, logged under this name. */
    public static Audience personalData(String reader) {
        return new Audience(reader, true);
    }

    /** Someone shown masked names only; nothing is logged. */
    public static Audience masked() {
        return new Audience(null, false);
    }
}
