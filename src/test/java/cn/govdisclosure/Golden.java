package cn.govdisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources/golden: the expected output, committed and reviewed like code.
 * Run with {@code -Dgolden.update=true} to rewrite them from the current output (then review the diff).
 */
public final class Golden {

    private static final Path DIRECTORY = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static void assertMatches(String name, String actual) throws IOException {
        Path file = DIRECTORY.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIRECTORY);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("golden file " + file + " is missing; create it with -Dgolden.update=true and review it");
        }
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            String[] want = expected.split("\n", -1);
            String[] got = actual.split("\n", -1);
            for (int i = 0; i < Math.min(want.length, got.length); i++) {
                if (!want[i].equals(got[i])) {
                    assertEquals(want[i], got[i], name + " differs from its golden file first at line " + (i + 1));
                }
            }
            assertEquals(want.length, got.length, name + " has another number of lines than its golden file");
        }
    }
}
