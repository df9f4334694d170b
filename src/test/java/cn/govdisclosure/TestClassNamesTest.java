package cn.govdisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every class holding tests is named so that Maven runs it: Surefire's default patterns ({@code Test*},
 * {@code *Test}, {@code *Tests}, {@code *TestCase}) in the test phase, Failsafe's ({@code IT*}, {@code *IT},
 * {@code *ITCase}) in the integration-test phase. A class outside them would never run, silently.
 */
class TestClassNamesTest {

    private static final Pattern TEST_ANNOTATION = Pattern.compile(
            "@(Test|ParameterizedTest|RepeatedTest|TestFactory|Property|Example)\\b");
    private static final Pattern RUN_BY_MAVEN = Pattern.compile(
            "Test\\w*|\\w*Test|\\w*Tests|\\w*TestCase|IT\\w*|\\w*IT|\\w*ITCase");

    @Test
    void everyClassWithTestsMatchesThePatternsMavenRuns() throws IOException {
        List<Path> withTests;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            withTests = files.filter(file -> file.toString().endsWith(".java")).filter(TestClassNamesTest::holdsTests)
                    .toList();
        }
        assertTrue(withTests.size() > 30, "the scan found the test sources: " + withTests.size());
        List<String> skipped = withTests.stream().map(file -> file.getFileName().toString().replace(".java", ""))
                .filter(name -> !RUN_BY_MAVEN.matcher(name).matches()).toList();
        assertEquals(List.of(), skipped, "test classes that Maven would never run");
    }

    private static boolean holdsTests(Path file) {
        try {
            return TEST_ANNOTATION.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
