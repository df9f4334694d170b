package cn.govdisclosure.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;

/**
 * Kills the packaged service (kill -9) in the middle of import jobs and proves that a restart finishes them and
 * that the ledger then holds exactly the file's rows: a {@code valid-rows} job (batches committed before the
 * kill stay, the rest is written after the restart, nothing twice, no entry without its conclusion event) and an
 * {@code all-or-nothing} job (nothing of it is visible after the kill; all of it after the restart). Uploading
 * the same file once more then changes nothing. Runs the jar built by {@code package} against the test
 * database, with a short lease so that the restarted process takes the job over within seconds.
 */
class ImportCrashIT {

    private static final int ROWS = 30_000;
    private static final String ISSUER = "https://it.disclosure.local";
    private static final String DB_URL = System.getenv().getOrDefault("TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/test");
    private static final String DB_USER = System.getenv().getOrDefault("TEST_DB_USERNAME", "root");
    private static final String DB_PASSWORD = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process service;
    private int port;
    private String token;
    private Path publicKey;
    private String encryptionKey;

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.destroyForcibly().waitFor();
        }
        if (publicKey != null) {
            Files.deleteIfExists(publicKey);
        }
    }

    @Test
    void aKilledImportIsFinishedByTheRestartAndConvergesToTheFile() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        publicKey = Files.createTempFile("it-jwt-", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        token = Jwt.issuer(ISSUER).upn("it-admin").groups(Set.of("admin")).expiresIn(3600).sign(keys.getPrivate());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        encryptionKey = "it:" + Base64.getEncoder().encodeToString(key);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase();

        start();
        String valid = "IT-" + run + "-V";
        String whole = "IT-" + run + "-A";
        createAgency(valid);
        createAgency(whole);
        byte[] file = ledger(ROWS);

        // valid-rows: batches commit one by one; kill in the middle
        long first = upload(valid, file, "valid-rows");
        awaitProgress(first);
        kill();
        int partial = stored(valid);
        assertTrue(partial > 0 && partial < ROWS, "rows stored at the kill: " + partial);
        assertEquals(0, withoutConclusion(valid), "an entry whose conclusion event is missing");

        start();
        JsonPath resumed = awaitEnd(first);
        assertEquals("SUCCEEDED", resumed.getString("status"), resumed.prettify());
        assertEquals(2, resumed.getInt("attempts"));
        assertEquals(ROWS, resumed.getInt("rows.read"));
        assertEquals(ROWS, resumed.getInt("rows.created") + resumed.getInt("rows.unchanged"));
        assertEquals(ROWS, stored(valid));
        assertEquals(0, withoutConclusion(valid));
        assertEquals(ROWS / 2, events(valid));

        // all-or-nothing: one transaction; after the kill nothing of it is there
        long second = upload(whole, file, "all-or-nothing");
        awaitProgress(second);
        kill();
        assertEquals(0, stored(whole));

        start();
        JsonPath finished = awaitEnd(second);
        assertEquals("SUCCEEDED", finished.getString("status"), finished.prettify());
        assertEquals(2, finished.getInt("attempts"));
        assertEquals(List.of(ROWS, ROWS, 0), List.of(finished.getInt("rows.read"), finished.getInt("rows.created"),
                finished.getInt("rows.unchanged")));
        assertEquals(ROWS, stored(whole));
        assertEquals(ROWS / 2, events(whole));

        // the same upload again converges: nothing changes
        JsonPath again = awaitEnd(upload(valid, file, "all-or-nothing"));
        assertEquals(List.of(ROWS, 0, ROWS, 0), List.of(again.getInt("rows.read"), again.getInt("rows.created"),
                again.getInt("rows.unchanged"), again.getInt("rows.rejected")));
        assertEquals(ROWS, stored(valid));
        assertEquals(0, filesLeft(first) + filesLeft(second));
    }

    /** A ledger of n rows; every second one concluded. */
    private static byte[] ledger(int n) {
        StringBuilder csv = new StringBuilder("申请编号,收到日期,申请方式,申请人类型,申请人,证件号码,联系电话,申请内容,答复日期,处理结果\n");
        String[] channels = {"网络", "当面", "信函", "传真", "电子邮件"};
        String[] types = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他组织"};
        for (int i = 0; i < n; i++) {
            int day = i % 28 + 1;
            int month = i % 12 + 1;
            csv.append("R").append(i).append(',').append(2019 + i % 4).append('-').append(month).append('-').append(day)
                    .append(',').append(channels[i % 5]).append(',').append(types[i % 6]).append(",申请人").append(i % 97)
                    .append(",3505041990").append(String.format("%08d", i)).append(",138").append(String.format("%08d", i))
                    .append(",第").append(i).append("号申请的内容");
            if (i % 2 == 0) {
                csv.append(',').append(2019 + i % 4).append('-').append(month).append('-').append(Math.min(day + 1, 28))
                        .append(",不予公开-属于国家秘密");
            } else {
                csv.append(",,");
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        assertTrue(Files.exists(jar), "the packaged service is built before the integration tests");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", jar.toString());
        Map<String, String> env = builder.environment();
        env.put("PORT", Integer.toString(port));
        env.put("DB_URL", DB_URL);
        env.put("DB_USERNAME", DB_USER);
        env.put("DB_PASSWORD", DB_PASSWORD);
        env.put("DB_VERSION_CHECK", "false");
        env.put("JWT_ISSUER", ISSUER);
        env.put("JWT_PUBLIC_KEY_LOCATION", publicKey.toString());
        env.put("DISCLOSURE_ENCRYPTION_KEYS", encryptionKey);
        env.put("DISCLOSURE_ENCRYPTION_ACTIVE_KEY", "it");
        env.put("DISCLOSURE_LEDGER_IMPORT_LEASE", "2S");
        env.put("DISCLOSURE_LEDGER_IMPORT_POLL_INTERVAL", "500MS");
        env.put("DISCLOSURE_LEDGER_IMPORT_BATCH_SIZE", "500");
        env.put("LOG_JSON", "false");
        env.put("SHUTDOWN_DELAY", "0S");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                Path.of("target", "import-crash-it.log").toFile()));
        service = builder.start();
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            if (!service.isAlive()) {
                fail("the service ended at start-up; see target/import-crash-it.log");
            }
            try {
                if (http.send(request("/q/health/ready").build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        fail("the service did not become ready within a minute");
    }

    private void kill() throws InterruptedException {
        service.destroyForcibly();
        service.waitFor();
        service = null;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30));
    }

    private void createAgency(String code) throws Exception {
        HttpResponse<String> response = http.send(request("/api/v1/agencies").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\",\"name\":\"测试局\",\"kind\":\"DEPARTMENT\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
    }

    private long upload(String agency, byte[] file, String mode) throws Exception {
        HttpResponse<String> response = http.send(request("/api/v1/agencies/" + agency + "/ledger-imports?mode=" + mode)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        return new JsonPath(response.body()).getLong("id");
    }

    private JsonPath job(long id) throws Exception {
        HttpResponse<String> response = http.send(request("/api/v1/ledger-imports/" + id).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return new JsonPath(response.body());
    }

    /** Waits until the job has read a few batches but not all of its rows. */
    private void awaitProgress(long id) throws Exception {
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            JsonPath job = job(id);
            int read = job.getInt("rows.read");
            if (read >= 2000) {
                assertEquals("RUNNING", job.getString("status"), "the job ended before it could be killed");
                return;
            }
            Thread.sleep(20);
        }
        fail("job " + id + " made no progress");
    }

    private JsonPath awaitEnd(long id) throws Exception {
        long until = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < until) {
            JsonPath job = job(id);
            if (List.of("SUCCEEDED", "FAILED").contains(job.getString("status"))) {
                return job;
            }
            Thread.sleep(200);
        }
        fail("job " + id + " did not end");
        return null;
    }

    private static int stored(String agency) throws Exception {
        return count("SELECT COUNT(*) FROM disclosure_application a JOIN agency g ON g.id = a.agency_id WHERE g.code = ?",
                agency);
    }

    private static int events(String agency) throws Exception {
        return count("SELECT COUNT(*) FROM application_event e JOIN disclosure_application a ON a.id = e.application_id "
                + "JOIN agency g ON g.id = a.agency_id WHERE g.code = ?", agency);
    }

    private static int withoutConclusion(String agency) throws Exception {
        return count("SELECT COUNT(*) FROM disclosure_application a JOIN agency g ON g.id = a.agency_id "
                + "WHERE g.code = ? AND a.outcome IS NOT NULL AND NOT EXISTS (SELECT 1 FROM application_event e "
                + "WHERE e.application_id = a.id AND e.event_type = 'CONCLUDED')", agency);
    }

    private static int filesLeft(long id) throws Exception {
        return count("SELECT COUNT(*) FROM ledger_import_file WHERE import_id = ?", Long.toString(id));
    }

    private static int count(String sql, String parameter) throws Exception {
        try (Connection connection = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

}
