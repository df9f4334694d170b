package cn.govdisclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Real signed bearer tokens for tests, made with the committed development key pair. */
public final class Tokens {

    public static final String ISSUER = "https://dev.disclosure.local";
    private static final PrivateKey DEV_KEY = readPrivateKey(Path.of("config/dev-keys/jwt-private.pem"));

    private Tokens() {
    }

    /** A token for a user with one role acting for the given agencies (each covers its subtree). */
    public static String of(String role, String... agencyCodes) {
        return claims(role, agencyCodes).sign(DEV_KEY);
    }

    public static String admin() {
        return of("admin");
    }

    /** The claims of a valid token, for tests that spoil one aspect of it. */
    public static JwtClaimsBuilder claims(String role, String... agencyCodes) {
        return Jwt.issuer(ISSUER).upn("test-" + role).subject("test-" + role).groups(Set.of(role))
                .claim("agencies", List.of(agencyCodes)).expiresIn(600);
    }

    public static PrivateKey devKey() {
        return DEV_KEY;
    }

    private static PrivateKey readPrivateKey(Path pem) {
        try {
            String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
