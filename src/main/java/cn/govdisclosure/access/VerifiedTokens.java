package cn.govdisclosure.access;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The parser the bearer-token authentication uses, keeping the tokens it verified for a short while. A client sends
 * the same token with every request, and checking its RSA signature and reading its claims again was about a tenth
 * of the CPU a create costs. A verified token is kept until its {@code exp} and at most {@link #LONGEST}, so that a
 * signing key withdrawn from the key location stops opening the service within a minute; once it is dropped the
 * next request is verified afresh, with the JWT layer's own rules (clock skew included). A token that fails
 * verification is never kept, and at most {@link #SIZE} tokens are.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final Duration LONGEST = Duration.ofMinutes(1);
    static final int SIZE = 2_000;

    private final JWTParser verifier;
    private final Cache<String, JsonWebToken> verified;

    @Inject
    VerifiedTokens(DefaultJWTParser verifier) {
        this(verifier, Clock.systemUTC(), Ticker.systemTicker());
    }

    VerifiedTokens(JWTParser verifier, Clock clock, Ticker ticker) {
        this.verifier = verifier;
        this.verified = Caffeine.newBuilder().maximumSize(SIZE).ticker(ticker)
                .expireAfter(Expiry.creating((String raw, JsonWebToken token) -> keptFor(token, clock.instant())))
                .build();
    }

    /** Until the token expires, at most {@link #LONGEST}; nothing for a token without expiry. */
    static Duration keptFor(JsonWebToken token, Instant now) {
        long expiresAt = token.getExpirationTime();
        if (expiresAt <= 0) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, Instant.ofEpochSecond(expiresAt));
        return left.isNegative() ? Duration.ZERO : left.compareTo(LONGEST) < 0 ? left : LONGEST;
    }

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        JsonWebToken token = verified.getIfPresent(bearerToken);
        if (token == null) {
            token = verifier.parse(bearerToken);
            verified.put(bearerToken, token);
        }
        return token;
    }

    @Override
    public JsonWebToken parse(String bearerToken, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(bearerToken, context);
    }

    @Override
    public JsonWebToken verify(String bearerToken, PublicKey key) throws ParseException {
        return verifier.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, SecretKey key) throws ParseException {
        return verifier.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, String secret) throws ParseException {
        return verifier.verify(bearerToken, secret);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, PrivateKey key) throws ParseException {
        return verifier.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, SecretKey key) throws ParseException {
        return verifier.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, String secret) throws ParseException {
        return verifier.decrypt(bearerToken, secret);
    }

    @Override
    public JsonWebToken parseOnly(String bearerToken) throws ParseException {
        return verifier.parseOnly(bearerToken);
    }
}
