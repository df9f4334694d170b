package cn.govdisclosure.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the packaged service. In the prod profile it refuses to start, saying why, before
 * anything else is attempted: when a required setting is missing, or when the development keys
 * committed under {@code config/dev-keys} (or the dev encryption key) are configured.
 * <p>
 * With the system property {@value #START_AND_EXIT} set to {@code true} the service starts, then stops at once and
 * exits with status 0 (another status when the start failed): {@code src/main/docker/class-data-archive.sh} starts
 * it so to record the classes a start loads.
 */
@QuarkusMain
public final class DisclosureMain {

    /** The system property that makes the service stop as soon as it has started. */
    static final String START_AND_EXIT = "disclosure.start-and-exit";

    /** Each required setting, with the alternative names under which it may also be given. */
    private static final Map<String, List<String>> REQUIRED_IN_PROD = Map.of(
            "DB_URL", List.of("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url"),
            "DB_USERNAME", List.of("QUARKUS_DATASOURCE_USERNAME", "quarkus.datasource.username"),
            "JWT_ISSUER", List.of("MP_JWT_VERIFY_ISSUER", "mp.jwt.verify.issuer"),
            "JWT_PUBLIC_KEY_LOCATION", List.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "mp.jwt.verify.publickey.location"),
            "DISCLOSURE_ENCRYPTION_KEYS", List.of("disclosure.encryption.keys"),
            "DISCLOSURE_ENCRYPTION_ACTIVE_KEY", List.of("disclosure.encryption.active-key"));

    /** SHA-256 of config/dev-keys/jwt-public.pem. */
    static final String DEV_TOKEN_KEY_SHA256 = "bd53eaacb0de0182f77980faebc454fe4183fde2adb8c4fb0520300e59b9cbef";
    /** SHA-256 of the raw dev encryption key of the dev profile. */
    static final String DEV_ENCRYPTION_KEY_SHA256 = "87f2085f8cb7a81450b863abf5519896a040d1eab58c799df77692e2a7c45f32";

    private DisclosureMain() {
    }

    public static void main(String... args) {
        // the packaged service (java -jar quarkus-run.jar) runs in prod unless told otherwise; quarkus:dev
        // calls this method too, from its own class path, and runs in dev
        boolean packaged = System.getProperty("java.class.path", "").endsWith("quarkus-run.jar");
        List<String> problems = prodProblems(System.getenv(), System.getProperties(), packaged ? "prod" : "dev");
        if (!problems.isEmpty()) {
            System.err.println("Cannot start in the prod profile: " + String.join("; ", problems)
                    + ". See the configuration table in README.md.");
            System.exit(2);
        }
        if (Boolean.parseBoolean(System.getProperty(START_AND_EXIT))) {
            Quarkus.run(StartAndExit.class, args);
        } else {
            Quarkus.run(args);
        }
    }

    /** What runs once the service has started, when it is to exit then: nothing; Quarkus then stops the service. */
    public static final class StartAndExit implements QuarkusApplication {

        @Override
        public int run(String... args) {
            return 0;
        }
    }

    /**
     * What forbids a start in the prod profile; empty when all is well or the profile is another.
     * {@code defaultProfile} applies when no profile is set: prod for the packaged jar, dev under quarkus:dev.
     */
    static List<String> prodProblems(Map<String, String> env, Map<Object, Object> properties, String defaultProfile) {
        String profile = properties.containsKey("quarkus.profile") ? String.valueOf(properties.get("quarkus.profile"))
                : env.getOrDefault("QUARKUS_PROFILE", defaultProfile);
        if (!List.of(profile.split(",")).contains("prod")) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        List<String> missing = REQUIRED_IN_PROD.keySet().stream().sorted()
                .filter(name -> setting(env, properties, name) == null).toList();
        if (!missing.isEmpty()) {
            problems.add("missing " + String.join(", ", missing));
        }
        String keyLocation = setting(env, properties, "JWT_PUBLIC_KEY_LOCATION");
        if (keyLocation != null && DEV_TOKEN_KEY_SHA256.equals(fileDigest(keyLocation))) {
            problems.add("JWT_PUBLIC_KEY_LOCATION names the development key; configure your identity provider's key");
        }
        String encryptionKeys = setting(env, properties, "DISCLOSURE_ENCRYPTION_KEYS");
        if (encryptionKeys != null && usesDevEncryptionKey(encryptionKeys)) {
            problems.add("DISCLOSURE_ENCRYPTION_KEYS contains the development key; generate your own "
                    + "(openssl rand -base64 32)");
        }
        return problems;
    }

    private static String setting(Map<String, String> env, Map<Object, Object> properties, String name) {
        List<String> names = new ArrayList<>(List.of(name));
        names.addAll(REQUIRED_IN_PROD.getOrDefault(name, List.of()));
        for (String candidate : names) {
            Object value = properties.containsKey(candidate) ? properties.get(candidate) : env.get(candidate);
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return null;
    }

    private static boolean usesDevEncryptionKey(String keySpec) {
        for (String entry : keySpec.split(",")) {
            int colon = entry.indexOf(':');
            try {
                byte[] key = Base64.getDecoder().decode(entry.substring(colon + 1).trim());
                if (DEV_ENCRYPTION_KEY_SHA256.equals(sha256(key))) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // a malformed key is reported by the cipher when the service starts
            }
        }
        return false;
    }

    /** The digest of a local key file; null for a URL (a JWKS endpoint is never the dev key) or an unreadable path. */
    private static String fileDigest(String location) {
        String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        if (path.contains("://")) {
            return null;
        }
        try {
            return sha256(Files.readAllBytes(Path.of(path)));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
