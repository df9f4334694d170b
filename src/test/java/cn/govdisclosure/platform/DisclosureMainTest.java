package cn.govdisclosure.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class DisclosureMainTest {

    @Test
    void prodNeedsTheDatabaseUrlAndUser() {
        assertEquals(List.of("DB_URL", "DB_USERNAME"), DisclosureMain.missingSettings(Map.of(), new Properties()));
        assertEquals(List.of("DB_USERNAME"),
                DisclosureMain.missingSettings(Map.of("DB_URL", "jdbc:mysql://db/disclosure"), new Properties()));
        assertEquals(List.of("DB_URL"),
                DisclosureMain.missingSettings(Map.of("DB_URL", " ", "DB_USERNAME", "app"), new Properties()));
    }

    @Test
    void theQuarkusNamesOfTheSettingsCountToo() {
        Properties properties = new Properties();
        properties.setProperty("quarkus.datasource.jdbc.url", "jdbc:mysql://db/disclosure");
        assertEquals(List.of(), DisclosureMain.missingSettings(Map.of("QUARKUS_DATASOURCE_USERNAME", "app"), properties));
    }

    @Test
    void otherProfilesAreNotChecked() {
        Properties properties = new Properties();
        properties.setProperty("quarkus.profile", "dev");
        assertEquals(List.of(), DisclosureMain.missingSettings(Map.of(), properties));
        assertEquals(List.of(), DisclosureMain.missingSettings(Map.of("QUARKUS_PROFILE", "test"), new Properties()));
    }
}
