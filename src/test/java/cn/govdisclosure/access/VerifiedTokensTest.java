package cn.govdisclosure.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/** Which verified tokens are kept, for how long, and that nothing else is. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    private final AtomicLong nanos = new AtomicLong();
    private final List<String> verified = new ArrayList<>();
    private final Map<String, Long> expiries = Map.of("hour", NOW.getEpochSecond() + 3600, "ten-seconds",
            NOW.getEpochSecond() + 10, "no-expiry", 0L);
    private final VerifiedTokens tokens = new VerifiedTokens(verifier(), Clock.fixed(NOW, ZoneOffset.UTC), nanos::get);

    @Test
    void aTokenIsVerifiedOnceAMinuteAtMost() throws ParseException {
        JsonWebToken first = tokens.parse("hour");
        assertSame(first, tokens.parse("hour"));
        advance(Duration.ofSeconds(59));
        assertSame(first, tokens.parse("hour"));
        assertEquals(List.of("hour"), verified);
        advance(Duration.ofSeconds(2));
        tokens.parse("hour");
        assertEquals(List.of("hour", "hour"), verified);
    }

    @Test
    void aTokenIsVerifiedAgainOnceItExpires() throws ParseException {
        tokens.parse("ten-seconds");
        advance(Duration.ofSeconds(9));
        tokens.parse("ten-seconds");
        assertEquals(List.of("ten-seconds"), verified);
        advance(Duration.ofSeconds(2));
        tokens.parse("ten-seconds");
        assertEquals(List.of("ten-seconds", "ten-seconds"), verified);
    }

    @Test
    void tokensThatFailOrDoNotExpireAreNotKept() throws ParseException {
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        tokens.parse("no-expiry");
        tokens.parse("no-expiry");
        assertEquals(List.of("forged", "forged", "no-expiry", "no-expiry"), verified);
    }

    @Test
    void howLongATokenIsKept() {
        assertEquals(Duration.ofMinutes(1), VerifiedTokens.keptFor(token(NOW.getEpochSecond() + 3600), NOW));
        assertEquals(Duration.ofSeconds(10), VerifiedTokens.keptFor(token(NOW.getEpochSecond() + 10), NOW));
        assertEquals(Duration.ZERO, VerifiedTokens.keptFor(token(NOW.getEpochSecond() - 10), NOW));
        assertEquals(Duration.ZERO, VerifiedTokens.keptFor(token(0), NOW));
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    /** Verifies the tokens named in {@link #expiries}, refuses the others, and lists every call. */
    private JWTParser verifier() {
        return (JWTParser) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JWTParser.class},
                (proxy, method, arguments) -> {
                    String raw = (String) arguments[0];
                    verified.add(raw);
                    Long expiry = expiries.get(raw);
                    if (!method.getName().equals("parse") || expiry == null) {
                        throw new ParseException("not verified: " + raw);
                    }
                    return token(expiry);
                });
    }

    private static JsonWebToken token(long expiresAt) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "clerk";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return "exp".equals(name) ? (T) Long.valueOf(expiresAt) : null;
            }
        };
    }
}
