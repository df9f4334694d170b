package cn.govdisclosure.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class DisclosureMainTest {

    private static final String OWN_KEY = "k1:Ju0fUhalXrnKlklBjppiD49xd4se1fg1MprovboKgVE=";

    private static Map<String, String> complete() {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", "jdbc:mysql://db/disclosure");
        env.put("DB_USERNAME", "app");
        env.put("JWT_ISSUER", "https://idp.example/realms/gov");
        env.put("JWT_PUBLIC_KEY_LOCATION", "https://idp.example/realms/gov/protocol/openid-connect/certs");
        env.put("DISCLOSURE_ENCRYPTION_KEYS", OWN_KEY);
        env.put("DISCLOSURE_ENCRYPTION_ACTIVE_KEY", "k1");
        return env;
    }

    @Test
    void aCompleteProdConfigurationStarts() {
        assertEquals(List.of(), DisclosureMain.prodProblems(complete(), new Properties(), "prod"));
    }

    @Test
    void prodNamesEveryMissingSetting() {
        assertEquals(List.of("missing DB_URL, DB_USERNAME, DISCLOSURE_ENCRYPTION_ACTIVE_KEY, DISCLOSURE_ENCRYPTION_KEYS, "
                + "JWT_ISSUER, JWT_PUBLIC_KEY_LOCATION"), DisclosureMain.prodProblems(Map.of(), new Properties(), "prod"));
        Map<String, String> env = complete();
        env.put("DB_URL", " ");
        assertEquals(List.of("missing DB_URL"), DisclosureMain.prodProblems(env, new Properties(), "prod"));
    }

    @Test
    void theQuarkusNamesOfTheSettingsCountToo() {
        Map<String, String> env = complete();
        env.remove("DB_URL");
        env.remove("DB_USERNAME");
        env.put("QUARKUS_DATASOURCE_USERNAME", "app");
        Properties properties = new Properties();
        properties.setProperty("quarkus.datasource.jdbc.url", "jdbc:mysql://db/disclosure");
        assertEquals(List.of(), DisclosureMain.prodProblems(env, properties, "prod"));
    }

    @Test
    void prodRefusesTheDevelopmentKeys() {
        Map<String, String> env = complete();
        env.put("JWT_PUBLIC_KEY_LOCATION", "config/dev-keys/jwt-public.pem");
        env.put("DISCLOSURE_ENCRYPTION_KEYS", OWN_KEY + ",dev:l/f4nYCap6mdmJNbzBiaytiz9clQ/QuSgOzUj7tfago=");
        assertEquals(List.of(
                "JWT_PUBLIC_KEY_LOCATION names the development key; configure your identity provider's key",
                "DISCLOSURE_ENCRYPTION_KEYS contains the development key; generate your own (openssl rand -base64 32)"),
                DisclosureMain.prodProblems(env, new Properties(), "prod"));
    }

    @Test
    void otherProfilesAreNotChecked() {
        Properties properties = new Properties();
        properties.setProperty("quarkus.profile", "dev");
        assertEquals(List.of(), DisclosureMain.prodProblems(Map.of(), properties, "prod"));
        assertEquals(List.of(), DisclosureMain.prodProblems(Map.of("QUARKUS_PROFILE", "test"), new Properties(), "prod"));
        assertEquals(List.of(), DisclosureMain.prodProblems(Map.of(), new Properties(), "dev"));
    }
}
