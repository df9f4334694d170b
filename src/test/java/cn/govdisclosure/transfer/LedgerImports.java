package cn.govdisclosure.transfer;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import cn.govdisclosure.TestData;

/** Helpers for ledger import tests: upload a file, wait for its job to end, read a year's table 三. */
final class LedgerImports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private LedgerImports() {
    }

    /** Uploads as an admin and returns the job id (the answer must be 202 with a Location). */
    static long upload(String agency, byte[] file, String contentType, String query) {
        return upload(TestData.api(), agency, file, contentType, query);
    }

    static long upload(RequestSpecification caller, String agency, byte[] file, String contentType, String query) {
        var response = caller.contentType(contentType).body(file)
                .post("/api/v1/agencies/" + agency + "/ledger-imports" + (query == null ? "" : "?" + query))
                .then().statusCode(202).extract();
        long id = response.jsonPath().getLong("id");
        if (!response.header("Location").endsWith("/api/v1/ledger-imports/" + id)) {
            fail("Location " + response.header("Location"));
        }
        return id;
    }

    /** Waits until the job has ended and returns it. */
    static JsonPath await(long id) {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            JsonPath job = TestData.api().get("/api/v1/ledger-imports/{id}", id).then().statusCode(200).extract()
                    .jsonPath();
            String status = job.getString("status");
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("import " + id + " did not end within a minute");
        return null;
    }

    static JsonPath run(String agency, byte[] file, String contentType, String query) {
        return await(upload(agency, file, contentType, query));
    }

    /** Rows read / created / replaced / unchanged / rejected of a job. */
    static List<Integer> counts(JsonPath job) {
        return List.of(job.getInt("rows.read"), job.getInt("rows.created"), job.getInt("rows.replaced"),
                job.getInt("rows.unchanged"), job.getInt("rows.rejected"));
    }

    static Map<String, List<Integer>> table(String agency, int year) {
        List<Map<String, Object>> rows = TestData.api().get("/api/v1/agencies/{code}/statistics/{year}", agency, year)
                .then().statusCode(200).extract().jsonPath().getList("applications.rows");
        Map<String, List<Integer>> byCode = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            List<Integer> values = (List<Integer>) row.get("values");
            byCode.put((String) row.get("code"), values);
        }
        return byCode;
    }

    static int ledgerSize(String agency) {
        return TestData.api().get("/api/v1/agencies/{code}/applications?size=1", agency).then().statusCode(200)
                .extract().jsonPath().getInt("totalItems");
    }
}
