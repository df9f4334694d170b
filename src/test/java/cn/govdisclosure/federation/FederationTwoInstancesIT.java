package cn.govdisclosure.federation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

import cn.govdisclosure.ReportSteps;

/**
 * Two instances of the packaged service, each on its own port and database: a district publishes its 2021 report,
 * the city pulls it (with an OAuth2 client, so also the district's bulk statistics), the district publishes a
 * correction, and the city pulls again — the new revision, the old one kept, and 304s for everything unchanged. The
 * city's tables of its subtree add the district's report and statistics exactly. Logs: target/federation-it-*.log.
 */
class FederationTwoInstancesIT {

    private static final String ISSUER = "https://it.disclosure.local";
    private static final String DB_URL = System.getenv().getOrDefault("TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/test");
    private static final String DB_USER = System.getenv().getOrDefault("TEST_DB_USERNAME", "root");
    private static final String DB_PASSWORD = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> services = new ArrayList<>();
    private WireMockServer identityProvider;
    private Path publicKey;

    @AfterEach
    void stop() throws Exception {
        for (Process service : services) {
            service.destroyForcibly().waitFor();
        }
        if (identityProvider != null) {
            identityProvider.stop();
        }
        if (publicKey != null) {
            Files.deleteIfExists(publicKey);
        }
    }

    @Test
    void aCityPullsItsDistrictThenItsCorrectionWith304sForWhatDidNotChange() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        publicKey = Files.createTempFile("it-jwt-", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        String admin = Jwt.issuer(ISSUER).upn("it-admin").groups(Set.of("admin")).expiresIn(3600).sign(keys.getPrivate());
        String run = Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase();
        String district = "D" + run;
        String department = "D" + run + "-1";
        String city = "C" + run;

        // the city's client at the identity provider: a viewer of the district's subtree
        String clientToken = Jwt.issuer(ISSUER).upn("city-client").groups(Set.of("viewer"))
                .claim("agencies", List.of(district)).expiresIn(3600).sign(keys.getPrivate());
        identityProvider = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        identityProvider.start();
        identityProvider.stubFor(WireMock.post(WireMock.urlPathEqualTo("/token"))
                .withRequestBody(WireMock.containing("grant_type=client_credentials"))
                .willReturn(WireMock.okJson("{\"access_token\":\"" + clientToken + "\",\"token_type\":\"Bearer\"}")));

        int districtPort = start("district");
        int cityPort = start("city");
        awaitReady("district", districtPort);
        awaitReady("city", cityPort);
        // a request specification is mutable: each request starts from a fresh one
        Supplier<RequestSpecification> atDistrict = () -> given().baseUri("http://localhost:" + districtPort)
                .auth().oauth2(admin).contentType(ContentType.JSON);
        Supplier<RequestSpecification> atCity = () -> given().baseUri("http://localhost:" + cityPort)
                .auth().oauth2(admin).contentType(ContentType.JSON);

        // the district: its government and a department, two applications, the government's 2021 report published
        agency(atDistrict, district, "某区人民政府", "GOVERNMENT", null);
        agency(atDistrict, department, "某区教育局", "DEPARTMENT", district);
        application(atDistrict, district, "A1", "NATURAL_PERSON");
        application(atDistrict, department, "B1", "COMMERCIAL_ENTERPRISE");
        long report = atDistrict.get().body(Map.of("year", 2021)).post("/api/v1/agencies/{code}/reports", district).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        step(atDistrict, report, "proactive-disclosure", "PUT", Map.of("values", ReportSteps.GB2021_SECTION_2));
        step(atDistrict, report, "sections/1", "PUT", Map.of("text", "本年度工作平稳。"));
        step(atDistrict, report, "submit", "POST", Map.of());
        step(atDistrict, report, "publish", "POST", Map.of("publishedDate", "2022-03-20"));

        // the city registers the district and pulls
        agency(atCity, city, "某市人民政府", "GOVERNMENT", null);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("code", "district");
        source.put("name", "某区");
        source.put("baseUrl", "http://localhost:" + districtPort);
        source.put("agencyCode", district);
        source.put("localParentCode", city);
        source.put("years", List.of(2021));
        source.put("credentials", Map.of("kind", "OAUTH2_CLIENT", "tokenUrl",
                "http://localhost:" + identityProvider.port() + "/token", "clientId", "city", "clientSecret", "s3cret"));
        atCity.get().body(source).post("/api/v1/sources").then().statusCode(201);

        JsonPath first = pull(atCity);
        assertEquals(List.of("SUCCEEDED", 2, 1, 1, 2, 0), List.of(first.getString("status"),
                first.getInt("agenciesCreated"), first.getInt("reportsCreated"), first.getInt("revisionsAdded"),
                first.getInt("statisticsAgencies"), first.getInt("notModified")), first.prettify());
        long local = atCity.get().get("/api/v1/agencies/{code}/reports", district).then().statusCode(200).extract()
                .jsonPath().getLong("items[0].id");
        atCity.get().get("/api/v1/reports/{id}", local).then().statusCode(200).body("revision", equalTo(1))
                .body("provenance.origin", equalTo("FEDERATED")).body("provenance.federation.source", equalTo("district"))
                .body("provenance.federation.remoteReportId", equalTo((int) report))
                .body("sections[0].text", equalTo("本年度工作平稳。"));
        // the subtree: the district's report (its own applications) + the department's statistics
        atCity.get().get("/api/v1/agencies/{code}/statistics/2021?scope=subtree", city).then().statusCode(200)
                .body("applications.rows.find { it.code == 'NEW_RECEIVED' }.values", equalTo(List.of(1, 1, 0, 0, 0, 0, 2)));
        JsonPath collection = atCity.get().get("/api/v1/agencies/{code}/collection/2021", city).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(city, district, department), collection.getList("items.agencyCode"));
        assertEquals(List.of("MISSING", "PUBLISHED", "MISSING"), collection.getList("items.standing"));
        assertEquals(List.of("LEDGER", "FEDERATED", "FEDERATED_STATISTICS"), collection.getList("items.figures"));

        // nothing changed: every request but the token's answers 304
        JsonPath unchanged = pull(atCity);
        assertEquals("SUCCEEDED", unchanged.getString("status"), unchanged.prettify());
        assertEquals(unchanged.getInt("requests") - 1, unchanged.getInt("notModified"), unchanged.prettify());
        assertEquals(0, unchanged.getInt("revisionsAdded"));

        // the district publishes a correction; the city pulls the new revision, the rest answers 304
        step(atDistrict, report, "revisions", "POST", Map.of("reason", "更正总体情况"));
        step(atDistrict, report, "sections/1", "PUT", Map.of("text", "更正后：本年度工作平稳。"));
        step(atDistrict, report, "submit", "POST", Map.of());
        step(atDistrict, report, "publish", "POST", Map.of("publishedDate", "2022-05-06"));
        JsonPath corrected = pull(atCity);
        assertEquals(List.of("SUCCEEDED", 0, 1), List.of(corrected.getString("status"),
                corrected.getInt("reportsCreated"), corrected.getInt("revisionsAdded")), corrected.prettify());
        assertTrue(corrected.getInt("notModified") >= 1, corrected.prettify());
        atCity.get().get("/api/v1/reports/{id}", local).then().statusCode(200).body("revision", equalTo(2))
                .body("revisionReason", equalTo("更正总体情况")).body("sections[0].text", equalTo("更正后：本年度工作平稳。"))
                .body("publishedDate", equalTo("2022-05-06"));
        atCity.get().get("/api/v1/reports/{id}/revisions", local).then().statusCode(200)
                .body("revision", equalTo(List.of(1, 2))).body("status", equalTo(List.of("SUPERSEDED", "PUBLISHED")));
        atCity.get().get("/api/v1/reports/{id}/revisions/1", local).then().statusCode(200)
                .body("sections[0].text", equalTo("本年度工作平稳。"));
    }

    private static JsonPath pull(Supplier<RequestSpecification> city) {
        return city.get().post("/api/v1/sources/district/pulls").then().statusCode(201).extract().jsonPath();
    }

    private static void agency(Supplier<RequestSpecification> at, String code, String name, String kind, String parent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("kind", kind);
        if (parent != null) {
            body.put("parentCode", parent);
        }
        at.get().body(body).post("/api/v1/agencies").then().statusCode(201);
    }

    private static void application(Supplier<RequestSpecification> at, String agency, String trackingNumber, String type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("trackingNumber", trackingNumber);
        body.put("receivedDate", "2021-03-01");
        body.put("channel", "ONLINE");
        body.put("applicantType", type);
        body.put("applicant", Map.of("name", "王小明"));
        body.put("subject", "某项目的审批文件");
        body.put("outcome", "GRANTED");
        body.put("concludedDate", "2021-03-10");
        at.get().body(body).post("/api/v1/agencies/{code}/applications", agency).then().statusCode(201);
    }

    /** A change of the report with its current ETag. */
    private static void step(Supplier<RequestSpecification> at, long report, String path, String method, Object body) {
        String etag = at.get().get("/api/v1/reports/{id}", report).then().statusCode(200).extract().header("ETag");
        int status = at.get().header("If-Match", etag).body(body).request(method, "/api/v1/reports/" + report + "/" + path)
                .then().extract().statusCode();
        assertTrue(status == 200 || status == 201, method + " " + path + " answered " + status);
    }

    /** Starts the packaged service on a fresh database of its own; returns its port. */
    private int start(String name) throws Exception {
        String base = DB_URL.contains("?") ? DB_URL.substring(0, DB_URL.indexOf('?')) : DB_URL;
        String database = base.substring(base.lastIndexOf('/') + 1) + "_" + name;
        String server = base.substring(0, base.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(server, DB_USER, DB_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        assertTrue(Files.exists(jar), "the packaged service is built before the integration tests");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", jar.toString());
        Map<String, String> env = builder.environment();
        env.put("PORT", Integer.toString(port));
        env.put("DB_URL", server + database);
        env.put("DB_USERNAME", DB_USER);
        env.put("DB_PASSWORD", DB_PASSWORD);
        env.put("DB_VERSION_CHECK", "false");
        env.put("JWT_ISSUER", ISSUER);
        env.put("JWT_PUBLIC_KEY_LOCATION", publicKey.toString());
        env.put("DISCLOSURE_ENCRYPTION_KEYS", "it:" + Base64.getEncoder().encodeToString(key));
        env.put("DISCLOSURE_ENCRYPTION_ACTIVE_KEY", "it");
        env.put("DB_ACQUISITION_TIMEOUT", "30S");
        env.put("DB_CONNECT_TIMEOUT_MS", "20000");
        env.put("LOG_JSON", "false");
        env.put("SHUTDOWN_DELAY", "0S");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                Path.of("target", "federation-it-" + name + ".log").toFile()));
        services.add(builder.start());
        return port;
    }

    /** Waits until the service (district started first, city second) answers ready; start-up is slow under load. */
    private void awaitReady(String name, int port) throws Exception {
        Process service = services.get(name.equals("district") ? 0 : 1);
        long until = System.currentTimeMillis() + 420_000;
        while (System.currentTimeMillis() < until) {
            if (!service.isAlive()) {
                fail("the " + name + " service ended at start-up; see target/federation-it-" + name + ".log");
            }
            try {
                HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build();
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        fail("the " + name + " service did not become ready within seven minutes");
    }
}
