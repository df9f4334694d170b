package cn.govdisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The README's configuration table lists every variable the application reads, with its default. */
class ConfigurationTableTest {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?}");

    @Test
    void everyVariableIsDocumentedWithItsDefault() throws IOException {
        Map<String, String> documented = documentedDefaults();
        List<String> problems = new ArrayList<>();
        Manifests.applicationProperties().forEach((key, value) -> {
            Matcher reference = REFERENCE.matcher(value.toString());
            while (reference.find()) {
                String name = reference.group(1);
                String defaultValue = reference.group(2);
                if (!documented.containsKey(name)) {
                    problems.add(name + " is not in the configuration table");
                } else if (defaultValue != null && !defaultValue.isEmpty()
                        && !documented.get(name).contains("`" + defaultValue + "`")) {
                    problems.add(name + " is documented with default " + documented.get(name) + ", not `"
                            + defaultValue + "`");
                } else if (defaultValue == null && documented.get(name).contains("`")) {
                    problems.add(name + " has no default, the table gives " + documented.get(name));
                }
            }
        });
        assertEquals(List.of(), problems);
        assertTrue(documented.size() >= 20, "the table was read: " + documented.keySet());
    }

    /** Variable name → its "Default" cell, from the rows of the README's configuration table. */
    private static Map<String, String> documentedDefaults() throws IOException {
        Map<String, String> defaults = new TreeMap<>();
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String table = readme.substring(readme.indexOf("## Configuration"));
        table = table.substring(0, table.indexOf("\n## ", 3));
        for (String line : table.split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length < 4 || !cells[1].contains("`")) {
                continue;
            }
            // a row may document several variables: `A` / `B` | `x` / `y`
            String[] names = cells[1].split(" / ");
            String[] values = cells[2].split(" / ");
            for (int i = 0; i < names.length; i++) {
                defaults.put(names[i].replace("`", "").strip(),
                        (values.length == names.length ? values[i] : cells[2]).strip());
            }
        }
        return defaults;
    }
}
