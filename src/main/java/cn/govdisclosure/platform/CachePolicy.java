package cn.govdisclosure.platform;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What responses tell caches. A published revision never changes, so it and every document of it may be
 * kept by any cache for {@code DISCLOSURE_CACHE_MAX_AGE} seconds; the same bound limits how long a replica
 * keeps serving a revision that a correction published on another replica has superseded. Working copies,
 * computed figures, ledgers and anything with personal data are private and never stored
 * ({@link ConditionalRequests} sets that as the default); figures that change with the ledger but may be
 * revalidated cheaply are private and revalidated on every use.
 */
@ApplicationScoped
public class CachePolicy {

    private final int maxAgeSeconds;

    CachePolicy(@ConfigProperty(name = "disclosure.cache.max-age") int maxAgeSeconds) {
        this.maxAgeSeconds = maxAgeSeconds;
    }

    public int maxAgeSeconds() {
        return maxAgeSeconds;
    }

    /** {@code public, max-age=…}: a published revision or a document of it, the same for every caller. */
    public String published() {
        return "public, max-age=" + maxAgeSeconds;
    }

    /** {@code private, no-store}: drafts, ledgers, personal data. */
    public static String privateNoStore() {
        return "private, no-store";
    }

    /** {@code private, no-cache}: figures of one caller that a client may keep but must revalidate (ETag). */
    public static String privateRevalidate() {
        return "private, no-cache";
    }
}
