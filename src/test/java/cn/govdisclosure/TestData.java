package cn.govdisclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.restassured.response.ValidatableResponse;

/**
 * Helpers for HTTP tests. Every test works in agencies of its own, with codes unique to the test run,
 * so tests never see each other's data.
 */
public final class TestData {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestData() {
    }

    /** A request as an admin, who may do everything everywhere: the default caller of functional tests. */
    public static RequestSpecification api() {
        return RestAssured.given().auth().oauth2(Tokens.admin());
    }

    /** A request as a user with one role, acting for the given agencies. */
    public static RequestSpecification as(String role, String... agencyCodes) {
        return RestAssured.given().auth().oauth2(Tokens.of(role, agencyCodes));
    }

    /** A fresh agency code, such as {@code T-K3F9-17}. */
    public static String uniqueCode() {
        return "T-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** Registers an agency and returns its code. */
    public static String agency(String name, String kind, String parentCode) {
        String code = uniqueCode();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("kind", kind);
        if (parentCode != null) {
            body.put("parentCode", parentCode);
        }
        api().contentType(ContentType.JSON).body(body).post("/api/v1/agencies").then().statusCode(201);
        return code;
    }

    public static String agency() {
        return agency("测试区人民政府", "GOVERNMENT", null);
    }

    /** A ledger entry as a request body; {@code outcome} and {@code concluded} may be null for an open one. */
    public static Map<String, Object> application(String trackingNumber, String received, String applicantType,
            String outcome, String concluded) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("trackingNumber", trackingNumber);
        body.put("receivedDate", received);
        body.put("channel", "ONLINE");
        body.put("applicantType", applicantType);
        body.put("applicant", Map.of("name", "王小明", "idNumber", "350504199001011234", "phone", "13800000000"));
        body.put("subject", "某项目的审批文件");
        if (outcome != null) {
            body.put("outcome", outcome);
            body.put("concludedDate", concluded);
        }
        return body;
    }

    /** Records an application and expects it to be created. */
    public static void record(String agencyCode, Map<String, Object> application) {
        api().contentType(ContentType.JSON).body(application)
                .post("/api/v1/agencies/{code}/applications", agencyCode).then().statusCode(201);
    }

    public static void record(String agencyCode, String trackingNumber, String received, String applicantType,
            String outcome, String concluded) {
        record(agencyCode, application(trackingNumber, received, applicantType, outcome, concluded));
    }

    /** Today where the agencies are; the service refuses dates after it. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** A review or litigation case as a request body; {@code concluded} and {@code trackingNumber} may be null. */
    public static Map<String, Object> appeal(String caseNumber, String kind, String filed, String result,
            String concluded, String trackingNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseNumber", caseNumber);
        body.put("kind", kind);
        body.put("filedDate", filed);
        body.put("result", result);
        if (concluded != null) {
            body.put("concludedDate", concluded);
        }
        if (trackingNumber != null) {
            body.put("applicationTrackingNumber", trackingNumber);
        }
        return body;
    }

    /** Records a case, expects it to be created and returns its id. */
    public static long recordAppeal(String agencyCode, Map<String, Object> appeal) {
        return api().contentType(ContentType.JSON).body(appeal)
                .post("/api/v1/agencies/{code}/appeals", agencyCode).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /**
     * Checks that a response is an RFC 9457 problem document with this status: media type
     * application/problem+json and the members type, title, status and detail.
     */
    public static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", startsWith("urn:govdisclosure:problem:"))
                .body("title", not(emptyOrNullString()))
                .body("status", equalTo(status))
                .body("detail", not(emptyOrNullString()));
    }

    /** Runs the same call from several threads released at once, and returns each call's result. */
    public static <T> List<T> concurrently(int threads, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
