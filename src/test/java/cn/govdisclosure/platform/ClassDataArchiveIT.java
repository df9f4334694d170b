package cn.govdisclosure.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import cn.govdisclosure.Manifests;

/**
 * The image's class-data sharing archive, recorded the image's way for the jar built by {@code package}: the script
 * of the Dockerfile starts the service once without a database and the service stops by itself; a start with the
 * archive then takes the service's classes from it. {@code -Xshare:on} makes the JVM refuse to start when the archive
 * does not fit the JVM, its flags or the jar, where the pod's JVM would only start without it, more slowly.
 */
class ClassDataArchiveIT {

    private static final Path APP = Path.of("target", "quarkus-app").toAbsolutePath();
    private static final Path JAR = APP.resolve("quarkus-run.jar");
    private static final Path ARCHIVE = APP.resolve("app-cds.jsa");

    @Test
    void theImagesScriptRecordsAnArchiveThatTheServiceStartsFrom() throws Exception {
        List<String> opts = javaOpts();
        Path recording = Path.of("target", "class-data-archive-it.log");
        ProcessBuilder record = new ProcessBuilder("sh", "src/main/docker/class-data-archive.sh", JAR.toString());
        record.environment().put("JAVA_OPTS", String.join(" ", opts));
        record.redirectErrorStream(true).redirectOutput(recording.toFile());
        assertEquals(0, run(record), "the recording start failed; see " + recording);
        assertTrue(Files.size(ARCHIVE) > 10_000_000, "an archive of the classes of a start: " + Files.size(ARCHIVE));

        Path loaded = Path.of("target", "class-data-archive-it-classes.log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:on", "-Xlog:class+load=info:file=" + loaded));
        command.addAll(opts);
        command.addAll(List.of("-D" + DisclosureMain.START_AND_EXIT + "=true", "-jar", JAR.toString()));
        ProcessBuilder start = new ProcessBuilder(command);
        start.environment().putAll(withoutDatabase());
        start.redirectErrorStream(true).redirectOutput(Path.of("target", "class-data-archive-it-start.log").toFile());
        assertEquals(0, run(start), "the start with the archive failed; see target/class-data-archive-it-start.log");
        List<String> lines = Files.readAllLines(loaded, StandardCharsets.UTF_8);
        assertTrue(lines.stream().anyMatch(line -> line.contains(" " + DisclosureMain.class.getName()
                + " source: shared objects file (top)")), "the service's own classes come from the archive");
        long archived = lines.stream().filter(line -> line.contains("source: shared objects file")).count();
        assertTrue(archived > 5_000, archived + " of " + lines.size() + " classes from the archives");
    }

    /** The image's JAVA_OPTS, with the archive beside the jar, and the heap bound the image records it with. */
    private static List<String> javaOpts() {
        String line = Manifests.dockerfileLines().stream().map(String::strip)
                .filter(text -> text.startsWith("JAVA_OPTS=\"")).findFirst().orElseThrow();
        List<String> opts = new ArrayList<>();
        for (String opt : line.substring("JAVA_OPTS=\"".length(), line.lastIndexOf('"')).split(" ")) {
            opts.add(opt.startsWith("-XX:SharedArchiveFile=") ? "-XX:SharedArchiveFile=" + ARCHIVE : opt);
        }
        opts.add("-XX:MaxRAM=768m");
        return opts;
    }

    /** The settings of the script's start: no database reachable, throwaway keys. */
    private static Map<String, String> withoutDatabase() {
        return Map.of("DB_URL", "jdbc:mysql://127.0.0.1:1/none", "DB_USERNAME", "none",
                "DB_MIGRATE_AT_START", "false", "JWT_ISSUER", "none", "JWT_PUBLIC_KEY_LOCATION", "/nonexistent",
                "DISCLOSURE_ENCRYPTION_KEYS", "none:Ju0fUhalXrnKlklBjppiD49xd4se1fg1MprovboKgVE=",
                "DISCLOSURE_ENCRYPTION_ACTIVE_KEY", "none", "PORT", "0", "SHUTDOWN_DELAY", "0S", "LOG_JSON", "false");
    }

    private static int run(ProcessBuilder builder) throws Exception {
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("still running after 3 minutes: " + builder.command());
        }
        return process.exitValue();
    }
}
