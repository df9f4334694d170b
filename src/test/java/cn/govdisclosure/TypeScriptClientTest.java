package cn.govdisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A front end generates its client from openapi.yaml: TypeScript declarations made by openapi-typescript (the version
 * pinned in clients/package-lock.json) type-check a correct call of the ledger list and reject a misspelt outcome.
 */
class TypeScriptClientTest {

    private static final Path CLIENTS = Path.of("clients");

    /** A finished command: its exit code and everything it printed. */
    record Run(int exitCode, String output) {
    }

    static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(CLIENTS.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish within 180 s");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void generateTypes() throws IOException, InterruptedException {
        if (!Files.isDirectory(CLIENTS.resolve("node_modules/openapi-typescript"))) {
            Run install = run(List.of("npm", "ci", "--no-audit", "--no-fund"));
            assertEquals(0, install.exitCode(), "npm ci in clients/ failed:\n" + install.output());
        }
        Run generate = run(List.of("npx", "--no", "--", "openapi-typescript", "../openapi.yaml", "--output",
                "generated/api.d.ts"));
        assertEquals(0, generate.exitCode(), generate.output());
    }

    @Test
    void theGeneratedLedgerQueryIsTyped() throws IOException {
        String types = Files.readString(CLIENTS.resolve("generated/api.d.ts"));
        assertTrue(types.contains("outcome?: components[\"schemas\"][\"Outcome\"];"), "outcome is not the Outcome enum");
        assertTrue(types.contains("page?: number;"), "page is not a number");
        assertTrue(types.contains("overdue?: boolean;"), "overdue is not a boolean");
        assertTrue(types.contains("sort?: \"receivedDate\" | \"-receivedDate\" | \"dueDate\" | \"-dueDate\" | "
                + "\"concludedDate\" | \"-concludedDate\" | \"trackingNumber\" | \"-trackingNumber\";"), "sort is untyped");
    }

    @Test
    void aCorrectCallCompilesAndEveryWrongOneIsAnError() throws IOException, InterruptedException {
        // src/ledger-client.ts marks each wrong call with @ts-expect-error: a wrong call that compiled would fail it
        Run check = run(List.of("npx", "--no", "--", "tsc", "--project", "tsconfig.json"));
        assertEquals(new Run(0, ""), check);
    }

    @Test
    void aMisspeltOutcomeDoesNotCompile() throws IOException, InterruptedException {
        Run check = run(List.of("npx", "--no", "--", "tsc", "--project", "tsconfig.misspelt.json"));
        assertEquals(2, check.exitCode(), check.output());
        assertEquals(1, check.output().lines().count(), check.output());
        assertTrue(check.output().startsWith("src/misspelt-outcome.ts(5,74): error TS2820: Type '\"GRANTD\"' is not "
                + "assignable to type '\"OTHER\" | \"GRANTED\" | "), check.output());
    }
}
