package cn.govdisclosure.access;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

import cn.govdisclosure.platform.TokenRefusal;

/**
 * What the service asks of a bearer token beyond its signature, issuer and expiry (which the JWT layer checks): it
 * was not issued in the future (beyond the clock skew), it lives no longer than {@code disclosure.token.max-lifetime}
 * (from {@code iat} to {@code exp}, or from now when it has no {@code iat}: identity providers issue tokens for
 * minutes, a forged or leaked long-lived one should not open the service for years), and its roles claim is a JSON
 * array of role names. A roles claim sent as one string ({@code "viewer admin"}) is refused: the JWT layer would
 * split it into roles, and an identity provider that sends it so is misconfigured.
 */
@ApplicationScoped
public class TokenRules implements SecurityIdentityAugmentor {

    /** Looked up once: {@code Json.createReader} looks the provider up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final Duration maxLifetime;
    private final long clockSkewSeconds;
    private final String groupsClaim;
    private final Clock clock;
    /**
     * The verdict on the roles claim of the tokens seen lately: a client sends the same token with every request, and
     * reading its payload again as JSON was a noticeable part of a small request's cost.
     */
    private final Cache<String, Boolean> rolesWellFormed;

    @Inject
    TokenRules(@ConfigProperty(name = "disclosure.token.max-lifetime", defaultValue = "PT1H") Duration maxLifetime,
            @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long clockSkewSeconds,
            @ConfigProperty(name = "smallrye.jwt.path.groups", defaultValue = "groups") String groupsClaim) {
        this(maxLifetime, clockSkewSeconds, groupsClaim, Clock.systemUTC());
    }

    TokenRules(Duration maxLifetime, long clockSkewSeconds, String groupsClaim, Clock clock) {
        this.rolesWellFormed = Caffeine.newBuilder().maximumSize(10_000)
                .expireAfterWrite(maxLifetime.plusSeconds(clockSkewSeconds)).build();
        this.maxLifetime = maxLifetime;
        this.clockSkewSeconds = clockSkewSeconds;
        this.groupsClaim = groupsClaim;
        this.clock = clock;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Optional<TokenRefusal> refusal = refusal(token);
        return refusal.isPresent() ? Uni.createFrom().failure(refusal.get().failure())
                : Uni.createFrom().item(identity);
    }

    /** Why the token is refused, or empty when it is acceptable. */
    Optional<TokenRefusal> refusal(JsonWebToken token) {
        long now = clock.instant().getEpochSecond();
        long issuedAt = token.getIssuedAtTime();
        boolean hasIssuedAt = token.containsClaim(Claims.iat.name());
        if (hasIssuedAt && issuedAt > now + clockSkewSeconds) {
            return Optional.of(TokenRefusal.ISSUED_IN_FUTURE);
        }
        long lifetime = token.getExpirationTime() - (hasIssuedAt ? issuedAt : now);
        if (lifetime > maxLifetime.toSeconds()) {
            return Optional.of(TokenRefusal.LIFETIME_TOO_LONG);
        }
        String raw = token.getRawToken();
        if (raw != null && !rolesWellFormed.get(raw, this::rolesWellFormed)) {
            return Optional.of(TokenRefusal.ROLES_NOT_AN_ARRAY);
        }
        return Optional.empty();
    }

    /** Whether the token carries no roles claim, or one that is an array of names. */
    private boolean rolesWellFormed(String rawToken) {
        JsonValue groups = rolesClaim(rawToken);
        return groups == null || isArrayOfNames(groups);
    }

    /**
     * The roles claim as the token carried it. The JWT layer replaces a string claim by the list it splits it into,
     * so the verified token's own payload is read again. The path may name a nested claim ({@code realm/roles}).
     */
    private JsonValue rolesClaim(String rawToken) {
        String[] parts = rawToken == null ? new String[0] : rawToken.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        JsonValue value;
        try (JsonReader reader = JSON.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
            value = reader.readValue();
        }
        for (String step : groupsClaim.split("/")) {
            if (!(value instanceof JsonObject object) || !object.containsKey(step)) {
                return null;
            }
            value = object.get(step);
        }
        return value;
    }

    /** Only a JSON array of strings names roles. */
    private static boolean isArrayOfNames(JsonValue claim) {
        if (!(claim instanceof JsonArray array)) {
            return false;
        }
        for (JsonValue value : array) {
            if (!(value instanceof JsonString)) {
                return false;
            }
        }
        return true;
    }
}
