package cn.govdisclosure.probe;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import cn.govdisclosure.ReportSteps;
import cn.govdisclosure.TestData;
import cn.govdisclosure.Tokens;

/**
 * A bad-input run against the running service, driven by its own OpenAPI document: for every operation under
 * {@code /api/}, requests with one parameter, header, body field, whole body or content type spoiled, sent with
 * tokens of the right role and agency (admins mostly; some of other roles, of another agency, or none). Every
 * answer must be below 500, and every 4xx an {@code application/problem+json} document. The seed is fixed
 * ({@code -Dfuzz.seed=N} to vary it); {@code -Dfuzz.requests=20000} for a longer run than the 2,000 of every build.
 */
@QuarkusTest
class BadInputProbeTest {

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 2000);
    private static final long SEED = Long.getLong("fuzz.seed", 20261129L);
    private static final int SHOWN = 40;

    @TestHTTPResource("/")
    URL base;

    @Test
    void noBadInputGetsA5xxOrAnAnswerThatIsNoProblemDocument() throws Exception {
        Fixture fixture = Fixture.create();
        Http http = new Http(base.toString());
        JsonNode document = new ObjectMapper().readTree(http.send(new BadRequests.Probe("GET", "/q/openapi",
                Map.of("format", "json"), Map.of(), null, "the document"), null).body());
        List<ProbeOperation> operations = ProbeOperation.of(document, "/api/");
        assertTrue(operations.size() >= 40, "the document lists the operations: " + operations);

        Random random = new Random(SEED);
        BadRequests requests = new BadRequests(document, fixture::pathValue, random);
        List<String> offending = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            ProbeOperation operation = operations.get(random.nextInt(operations.size()));
            BadRequests.Probe probe = withCurrentTag(http, operation, requests.next(operation));
            String token = fixture.token(random);
            Http.Answer answer;
            try {
                answer = http.send(probe, token);
            } catch (IOException e) {
                offending.add(probe.describe() + " → no answer: " + e);
                continue;
            } catch (IllegalArgumentException e) {
                continue; // a header value the HTTP client itself refuses to send
            }
            statuses.merge(operation.method() + " " + answer.status(), 1, Integer::sum);
            if (answer.status() >= 500 || (answer.status() >= 400
                    && !answer.contentType().startsWith("application/problem+json"))) {
                offending.add(probe.describe() + " → " + answer.status() + " " + answer.contentType() + " "
                        + answer.body().substring(0, Math.min(200, answer.body().length())));
            }
        }
        System.out.printf("Bad-input probe: %d requests (seed %d) over %d operations in %d s; answers %s%n", REQUESTS,
                SEED, operations.size(), (System.nanoTime() - started) / 1_000_000_000L, statuses);
        if (!offending.isEmpty()) {
            fail(offending.size() + " of " + REQUESTS + " bad requests (seed " + SEED + ") got a 5xx or a 4xx that is "
                    + "not application/problem+json; the first " + Math.min(SHOWN, offending.size()) + ":\n"
                    + String.join("\n", offending.subList(0, Math.min(SHOWN, offending.size()))));
        }
        assertTrue(statuses.keySet().stream().anyMatch(key -> key.endsWith(" 400")), statuses.toString());
    }

    /**
     * The probe with the record's current ETag as {@code If-Match} when the operation takes one and the probe spoils
     * something else: so that the spoiled input, not the missing precondition, is what the service answers.
     */
    private static BadRequests.Probe withCurrentTag(Http http, ProbeOperation operation, BadRequests.Probe probe)
            throws IOException, InterruptedException {
        if (operation.in("header").stream().noneMatch(parameter -> parameter.name().equals("If-Match"))
                || probe.headers().containsKey("If-Match") || probe.mutation().startsWith("path ")) {
            return probe;
        }
        // a report's parts and steps are guarded by the report's tag; everything else by its own
        String record = probe.path().replaceFirst("^(/api/v1/reports/[^/]+)/.*$", "$1");
        Http.Answer current = http.send(new BadRequests.Probe("GET", record, Map.of(), Map.of(), null, "current tag"),
                Tokens.admin());
        if (current.etag() == null) {
            return probe;
        }
        Map<String, String> headers = new java.util.LinkedHashMap<>(probe.headers());
        headers.put("If-Match", current.etag());
        return new BadRequests.Probe(probe.method(), probe.path(), probe.query(), headers, probe.body(),
                probe.mutation());
    }

    /** The records the requests name: an agency with an application, a case and a report, and another agency. */
    private record Fixture(String agency, String otherAgency, long appealId, long reportId) {

        static Fixture create() {
            String agency = TestData.agency();
            String other = TestData.agency();
            TestData.record(agency, "FZ-1", "2020-03-02", "NATURAL_PERSON", "GRANTED", "2020-03-20");
            long appeal = TestData.recordAppeal(agency,
                    TestData.appeal("FZ-R-1", "ADMINISTRATIVE_REVIEW", "2020-05-01", "UPHELD", "2020-07-01", null));
            return new Fixture(agency, other, appeal, ReportSteps.create(agency, 2020));
        }

        String pathValue(String template, String name) {
            return switch (name) {
                case "code" -> agency;
                case "trackingNumber" -> "FZ-1";
                case "id" -> template.contains("/appeals/") ? Long.toString(appealId)
                        : template.contains("/reports/") ? Long.toString(reportId) : "1";
                // a calendar year no other test uses: a request that happened to be valid changes nothing they see
                case "year" -> template.startsWith("/api/v1/calendar") ? "2035" : "2020";
                case "table" -> "applications";
                case "extension" -> "html";
                case "format" -> "GB2021";
                default -> "1";
            };
        }

        /** Mostly an admin (past the role checks to the input's own), sometimes another role, agency or none. */
        String token(Random random) {
            int draw = random.nextInt(10);
            if (draw < 6) {
                return Tokens.admin();
            }
            if (draw < 8) {
                return Tokens.of(List.of("viewer", "clerk", "editor", "publisher").get(random.nextInt(4)), agency);
            }
            return draw == 8 ? Tokens.of("clerk", otherAgency) : null;
        }
    }
}
