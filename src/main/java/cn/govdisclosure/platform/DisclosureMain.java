package cn.govdisclosure.platform;

import java.util.List;
import java.util.Map;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the packaged service. In the prod profile it refuses to start without the database
 * settings, naming what is missing, before anything else is attempted.
 */
@QuarkusMain
public final class DisclosureMain {

    /** Each required setting, with the alternative names under which it may also be given. */
    private static final Map<String, List<String>> REQUIRED_IN_PROD = Map.of(
            "DB_URL", List.of("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url"),
            "DB_USERNAME", List.of("QUARKUS_DATASOURCE_USERNAME", "quarkus.datasource.username"));

    private DisclosureMain() {
    }

    public static void main(String... args) {
        List<String> missing = missingSettings(System.getenv(), System.getProperties());
        if (!missing.isEmpty()) {
            System.err.println("Cannot start in the prod profile: missing " + String.join(", ", missing)
                    + ". Set DB_URL (for example jdbc:mysql://db:3306/disclosure), DB_USERNAME and DB_PASSWORD;"
                    + " see the configuration table in README.md.");
            System.exit(2);
        }
        Quarkus.run(args);
    }

    static List<String> missingSettings(Map<String, String> env, Map<Object, Object> properties) {
        String profile = properties.containsKey("quarkus.profile") ? String.valueOf(properties.get("quarkus.profile"))
                : env.getOrDefault("QUARKUS_PROFILE", "prod");
        if (!List.of(profile.split(",")).contains("prod")) {
            return List.of();
        }
        return REQUIRED_IN_PROD.entrySet().stream()
                .filter(setting -> isBlank(env.get(setting.getKey()))
                        && setting.getValue().stream().allMatch(alias -> isBlank(env.get(alias))
                                && isBlank((String) properties.get(alias))))
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
