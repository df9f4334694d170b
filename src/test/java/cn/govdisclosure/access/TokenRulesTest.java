package cn.govdisclosure.access;

import static cn.govdisclosure.TestData.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.inject.Inject;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;

import cn.govdisclosure.TestData;
import cn.govdisclosure.Tokens;

/**
 * Tokens that verify (right key, right issuer, not expired) but that the service refuses all the same: issued in the
 * future, living longer than an hour, roles sent as a string; and agency codes in the token that only look like an
 * agency's code.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenRulesTest {

    private static final String ACCESS_LOG = "/api/v1/personal-data-access";

    private String agency;

    @Inject
    JWTParser parser;

    @BeforeEach
    void setUp() {
        if (agency == null) {
            agency = TestData.agency("令牌测试局", "DEPARTMENT", null);
        }
    }

    @Test
    void theBearerAuthenticationKeepsTheTokensItVerified() {
        assertInstanceOf(VerifiedTokens.class, ClientProxy.unwrap(parser));
        String token = Tokens.admin();
        assertAccepted(token);
        assertAccepted(token);
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        long now = now();
        long yearAhead = now + 365L * 24 * 3600;
        assertRefused(signed(payload("[\"admin\"]", yearAhead, yearAhead + 600)),
                "The bearer token was issued in the future");
        // within the clock skew of a minute, a token is accepted
        assertAccepted(signed(payload("[\"admin\"]", now + 30, now + 630)));
    }

    @Test
    void aTokenLivingLongerThanTheMaximumIsRefused() {
        long now = now();
        // over an hour from iat (or, without iat, from now) to exp: refused, by the service's rule or already by the
        // JWT layer with its own detail
        for (Long issuedAt : new Long[] {now, null}) {
            for (long lifetime : new long[] {10L * 365 * 24 * 3600, 2 * 3600, 3700}) {
                given().auth().oauth2(signed(payload("[\"admin\"]", issuedAt, now + lifetime))).get(ACCESS_LOG).then()
                        .statusCode(401).header("WWW-Authenticate", "Bearer")
                        .body("title", equalTo("Authentication required"));
            }
        }
        assertAccepted(signed(payload("[\"admin\"]", now - 60, now + 3540)));
    }

    @Test
    void rolesSentAsAStringAreNotHonoured() {
        long now = now();
        for (String groups : new String[] {"\"admin\"", "\"viewer admin\"", "[\"admin\", 1]"}) {
            String token = signed(payload(groups, now, now + 600));
            // twice: the verdict on a token seen before is the same
            for (int call = 0; call < 2; call++) {
                assertRefused(token, "The bearer token's roles claim must be a JSON array of role names");
            }
        }
    }

    @Test
    void agencyCodesSentAsOneStringMayRepeatACode() {
        long now = now();
        String payload = payload("[\"viewer\"]", now, now + 600).replace("}",
                ",\"agencies\":\"" + agency + " " + agency + "\"}");
        given().auth().oauth2(signed(payload)).get("/api/v1/agencies/{code}/applications", agency).then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void agencyCodesMatchExactly() {
        String path = "/api/v1/agencies/{code}/applications";
        for (String lookalike : new String[] {agency + " ", " " + agency, agency.toLowerCase()}) {
            given().auth().oauth2(Tokens.of("viewer", lookalike)).get(path, agency).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("You do not act for agency " + agency));
        }
        as("viewer", agency).get(path, agency).then().statusCode(200);
        // the address too names the agency exactly
        as("viewer", agency).get(path, agency.toLowerCase()).then().statusCode(404)
                .body("detail", equalTo("No agency has the code " + agency.toLowerCase()));
    }

    private static void assertRefused(String token, String detail) {
        given().auth().oauth2(token).get(ACCESS_LOG).then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json").body("title", equalTo("Authentication required"))
                .body("detail", equalTo(detail));
    }

    private static void assertAccepted(String token) {
        given().auth().oauth2(token).get(ACCESS_LOG).then().statusCode(200);
    }

    private static String payload(String groups, Long issuedAt, long expiresAt) {
        return "{\"iss\":\"" + Tokens.ISSUER + "\",\"sub\":\"probe\",\"upn\":\"probe\",\"groups\":" + groups
                + (issuedAt == null ? "" : ",\"iat\":" + issuedAt) + ",\"exp\":" + expiresAt + "}";
    }

    /** Signs the payload as it is, with the development key: no claim is added or reshaped. */
    private static String signed(String payload) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payload);
        jws.setKey(Tokens.devKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
