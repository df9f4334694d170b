package cn.govdisclosure.federation;

import static cn.govdisclosure.TestData.api;
import static cn.govdisclosure.TestData.problem;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import cn.govdisclosure.ReportSteps;
import cn.govdisclosure.TestData;

/**
 * Pulls from a source played by WireMock: agencies and a published report stored with their provenance, read-only
 * here, in the collection view and the subtree's tables; an unchanged source answers only 304s; a newer revision
 * replaces the copy and keeps the old one; and every failure — a 500, a timeout, a body that is not JSON, another
 * format version, a source that drops the connection mid-pull — is recorded on the pull and leaves nothing behind.
 */
@QuarkusTest
class FederationPullTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer server;

    @Inject
    FederationPuller puller;

    private String city;
    private RemoteStub remote;
    private String source;

    @BeforeAll
    static void startStub() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterAll
    static void stopStub() {
        server.stop();
    }

    @BeforeEach
    void fresh() {
        server.resetAll();
        city = TestData.agency("某市人民政府", "GOVERNMENT", null);
        remote = new RemoteStub(server, TestData.uniqueCode(), TestData.uniqueCode());
        source = "s" + TestData.uniqueCode().toLowerCase();
    }

    @Test
    void aPullStoresAgenciesAndTheReportWithProvenanceAndAnUnchangedSourceAnswersOnly304s() throws Exception {
        remote.agencies();
        remote.report(publishedReportAs(remote.root, "2022-03-20"), 1);
        register(Map.of());

        JsonPath first = pull().statusCode(201).extract().jsonPath();
        assertEquals(List.of("SUCCEEDED", 6, 0, 2, 0, 1, 1), List.of(first.getString("status"), first.getInt("requests"),
                first.getInt("notModified"), first.getInt("agenciesCreated"), first.getInt("agenciesUpdated"),
                first.getInt("reportsCreated"), first.getInt("revisionsAdded")), first.prettify());

        api().get("/api/v1/agencies/{code}", remote.root).then().statusCode(200).body("parentCode", equalTo(city))
                .body("federatedFrom", equalTo(source)).body("name", equalTo("远程区人民政府"));
        api().get("/api/v1/agencies/{code}", remote.department).then().statusCode(200)
                .body("parentCode", equalTo(remote.root)).body("kind", equalTo("DEPARTMENT"));
        long id = api().get("/api/v1/agencies/{code}/reports", remote.root).then().statusCode(200)
                .body("items.size()", equalTo(1)).extract().jsonPath().getLong("items[0].id");
        api().get("/api/v1/reports/{id}", id).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("agencyCode", equalTo(remote.root)).body("revision", equalTo(1))
                .body("publishedDate", equalTo("2022-03-20")).body("publishedLate", equalTo(false))
                .body("provenance.origin", equalTo("FEDERATED"))
                .body("provenance.federation.source", equalTo(source))
                .body("provenance.federation.remoteReportId", equalTo(77))
                .body("provenance.federation.remoteRevision", equalTo(1))
                .body("provenance.federation.remoteOrigin", equalTo("LEDGER"))
                .body("provenance.federation.remoteEtag", equalTo("\"v1\""))
                .body("applications.rows.find { it.code == 'NEW_RECEIVED' }.values", equalTo(List.of(1, 1, 0, 0, 0, 0, 2)))
                .body("sections[0].text", equalTo("本年度依申请公开工作平稳。"));

        JsonPath again = pull().statusCode(201).extract().jsonPath();
        assertEquals(List.of("SUCCEEDED", 5, 5, 0, 0, 0), List.of(again.getString("status"), again.getInt("requests"),
                again.getInt("notModified"), again.getInt("agenciesCreated"), again.getInt("reportsCreated"),
                again.getInt("revisionsAdded")), again.prettify());
        api().get("/api/v1/sources/{code}/pulls", source).then().statusCode(200).body("totalItems", equalTo(2))
                .body("items[0].id", equalTo(again.getInt("id")));

        // read-only here, naming the source
        String etag = api().get("/api/v1/agencies/{code}", remote.root).then().extract().header("ETag");
        problem(api().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "改名", "kind", "GOVERNMENT", "parentCode", city))
                .put("/api/v1/agencies/{code}", remote.root).then(), 409).body("detail", containsString(source));
        problem(api().contentType(ContentType.JSON).header("If-Match", ReportSteps.etag(id)).body(Map.of("text", "x"))
                .put("/api/v1/reports/{id}/sections/1", id).then(), 409)
                .body("detail", containsString("federated from source " + source));
        problem(ReportSteps.step(api(), id, "revisions", Map.of("reason", "更正")), 409)
                .body("detail", containsString(source));
        problem(api().contentType(ContentType.JSON)
                .body(TestData.application("X1", "2021-05-01", "NATURAL_PERSON", null, null))
                .post("/api/v1/agencies/{code}/applications", remote.department).then(), 409)
                .body("detail", containsString(source));
        problem(api().contentType(ContentType.JSON).body(Map.of("year", 2022))
                .post("/api/v1/agencies/{code}/reports", remote.department).then(), 409);

        // the city's tables of the subtree count the federated report; the collection shows who is missing
        api().get("/api/v1/agencies/{code}/statistics/2021?scope=subtree", city).then().statusCode(200)
                .body("applications.rows.find { it.code == 'NEW_RECEIVED' }.values", equalTo(List.of(1, 1, 0, 0, 0, 0, 2)))
                .body("applications.rows.find { it.code == 'GRANTED' }.values", equalTo(List.of(1, 1, 0, 0, 0, 0, 2)));
        api().get("/api/v1/agencies/{code}/statistics/2021", remote.department).then().statusCode(200)
                .body("applications.rows.find { it.code == 'NEW_RECEIVED' }.values", equalTo(List.of(0, 0, 0, 0, 0, 0, 0)));
        JsonPath collection = api().get("/api/v1/agencies/{code}/collection/2021", city).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(3, 1, 2, 2), List.of(collection.getInt("agencies"), collection.getInt("published"),
                collection.getInt("missing"), collection.getInt("late")), collection.prettify());
        assertEquals(List.of(city, remote.root, remote.department), collection.getList("items.agencyCode"));
        assertEquals(List.of("MISSING", "PUBLISHED", "MISSING"), collection.getList("items.standing"));
        assertEquals(List.of("LEDGER", "FEDERATED", "NONE"), collection.getList("items.figures"));
        assertEquals(List.of(true, false, true), collection.getList("items.late"));
        assertEquals(java.util.Arrays.asList(null, source, source), collection.getList("items.federatedFrom"));
        assertEquals("LEDGER", collection.getString("items[1].figuresAtSource"));
        assertEquals("2022-03-20", collection.getString("items[1].publishedDate"));
        assertEquals("2022-03-31", collection.getString("items[1].deadline"));
        assertEquals(id, collection.getLong("items[1].reportId"));
        assertEquals(0, collection.getInt("items[1].findings.errors"));
        assertEquals("2022-01-31", collection.getString("items[2].deadline"));
    }

    @Test
    void aCityCollectsTwoDistrictSourcesAndRollsThemUpTogether() throws Exception {
        WireMockServer secondServer = new WireMockServer(options().dynamicPort());
        secondServer.start();
        try {
            RemoteStub second = new RemoteStub(secondServer, TestData.uniqueCode(), TestData.uniqueCode());
            String secondSource = "s" + TestData.uniqueCode().toLowerCase();
            remote.agencies();
            remote.report(publishedReportAs(remote.root, "2022-03-20"), 1);
            second.agencies();
            second.report(publishedReportAs(second.root, "2022-04-20"), 1); // after the 31 March deadline
            register(Map.of());
            Map<String, Object> secondBody = new LinkedHashMap<>(sourceBody(Map.of()));
            secondBody.put("code", secondSource);
            secondBody.put("name", "第二远程区");
            secondBody.put("baseUrl", second.baseUrl());
            secondBody.put("agencyCode", second.root);
            api().contentType(ContentType.JSON).body(secondBody).post("/api/v1/sources").then().statusCode(201);

            pull().statusCode(201).body("status", equalTo("SUCCEEDED")).body("agenciesCreated", equalTo(2));
            api().contentType(ContentType.JSON).post("/api/v1/sources/{code}/pulls", secondSource).then()
                    .statusCode(201).body("status", equalTo("SUCCEEDED")).body("agenciesCreated", equalTo(2));

            // each district's report counts 1 natural person and 1 enterprise granted: the city holds both
            api().get("/api/v1/agencies/{code}/statistics/2021?scope=subtree", city).then().statusCode(200)
                    .body("applications.rows.find { it.code == 'NEW_RECEIVED' }.values",
                            equalTo(List.of(2, 2, 0, 0, 0, 0, 4)))
                    .body("applications.rows.find { it.code == 'GRANTED' }.values",
                            equalTo(List.of(2, 2, 0, 0, 0, 0, 4)));
            JsonPath collection = api().get("/api/v1/agencies/{code}/collection/2021", city).then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(List.of(5, 2, 3, 4), List.of(collection.getInt("agencies"), collection.getInt("published"),
                    collection.getInt("missing"), collection.getInt("late")), collection.prettify());
            Map<String, String> standing = new LinkedHashMap<>();
            Map<String, Object> federatedFrom = new LinkedHashMap<>();
            Map<String, Boolean> late = new LinkedHashMap<>();
            List<Map<String, Object>> items = collection.getList("items");
            for (Map<String, Object> item : items) {
                String code = (String) item.get("agencyCode");
                standing.put(code, (String) item.get("standing"));
                federatedFrom.put(code, item.get("federatedFrom"));
                late.put(code, (Boolean) item.get("late"));
            }
            assertEquals(Map.of(city, "MISSING", remote.root, "PUBLISHED", remote.department, "MISSING",
                    second.root, "PUBLISHED", second.department, "MISSING"), standing);
            assertEquals(java.util.Arrays.asList(null, source, source, secondSource, secondSource),
                    java.util.Arrays.asList(federatedFrom.get(city), federatedFrom.get(remote.root),
                            federatedFrom.get(remote.department), federatedFrom.get(second.root),
                            federatedFrom.get(second.department)));
            assertEquals(Map.of(city, true, remote.root, false, remote.department, true, second.root, true,
                    second.department, true), late);
        } finally {
            secondServer.stop();
        }
    }

    @Test
    void aNewerRemoteRevisionReplacesTheCopyAndKeepsTheOldOneAsARevision() throws Exception {
        String first = publishedReportAs(remote.root, "2022-03-20");
        remote.agencies();
        remote.report(first, 1);
        register(Map.of());
        pull().statusCode(201).body("status", equalTo("SUCCEEDED")).body("revisionsAdded", equalTo(1));

        ObjectNode corrected = (ObjectNode) JSON.readTree(first);
        corrected.put("revision", 2).put("revisionReason", "更正表三数据").put("publishedDate", "2022-05-06")
                .put("publishedLate", true);
        ((ObjectNode) corrected.withArray("sections").get(0)).put("text", "更正后的总体情况。");
        server.resetAll();
        remote.agencies();
        remote.report(JSON.writeValueAsString(corrected), 2);
        JsonPath second = pull().statusCode(201).extract().jsonPath();
        assertEquals(List.of("SUCCEEDED", 0, 1), List.of(second.getString("status"), second.getInt("reportsCreated"),
                second.getInt("revisionsAdded")), second.prettify());

        long id = api().get("/api/v1/agencies/{code}/reports", remote.root).then().extract().jsonPath().getLong("items[0].id");
        given().get("/api/v1/reports/{id}", id).then().statusCode(200).body("revision", equalTo(2))
                .body("revisionReason", equalTo("更正表三数据")).body("publishedLate", equalTo(true))
                .body("sections[0].text", equalTo("更正后的总体情况。"))
                .body("provenance.federation.remoteEtag", equalTo("\"v2\""));
        given().get("/api/v1/reports/{id}/revisions", id).then().statusCode(200)
                .body("revision", equalTo(List.of(1, 2))).body("status", equalTo(List.of("SUPERSEDED", "PUBLISHED")))
                .body("publishedDate", equalTo(List.of("2022-03-20", "2022-05-06")));
        given().get("/api/v1/reports/{id}/revisions/1", id).then().statusCode(200)
                .body("sections[0].text", equalTo("本年度依申请公开工作平稳。"));
    }

    @Test
    void aServerErrorIsRecordedAndNothingIsApplied() throws Exception {
        remote.agencies();
        remote.report(publishedReportAs(remote.root, "2022-03-20"), 1);
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/api/v1/reports/77/revisions/1"))
                .atPriority(0).willReturn(aResponse().withStatus(500)));
        register(Map.of());
        failsWith("GET /api/v1/reports/77/revisions/1 was answered with HTTP 500 (the source failed)");

        // the source recovers: the next pull applies everything
        server.resetAll();
        remote.agencies();
        remote.report(publishedReportAs(remote.root, "2022-03-20"), 1);
        pull().statusCode(201).body("status", equalTo("SUCCEEDED")).body("agenciesCreated", equalTo(2))
                .body("revisionsAdded", equalTo(1));
    }

    @Test
    void aTimeoutIsRecordedAndNothingIsApplied() throws Exception {
        remote.agencies();
        remote.report(publishedReportAs(remote.root, "2022-03-20"), 1);
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/api/v1/reports/77/revisions/1"))
                .atPriority(0).willReturn(RemoteStub.json("{}").withFixedDelay(9000)));
        register(Map.of());
        failsWith("GET /api/v1/reports/77/revisions/1: no answer within 5 s (timeout)");
    }

    @Test
    void aBodyThatIsNotJsonIsRecordedAndNothingIsApplied() throws Exception {
        remote.agencies();
        remote.report("{\"id\": 77, \"year\": 2021, \"sections\": [", 1);
        register(Map.of());
        failsWith("GET /api/v1/reports/77/revisions/1 was answered with a body that is not the expected JSON");
    }

    @Test
    void anotherFormatVersionIsRecordedAndNothingIsApplied() throws Exception {
        remote.agencies();
        remote.report(publishedReportAs(remote.root, "2022-03-20"), 1);
        remote.token("tok-1");
        remote.tagged("/api/v1/statistics/2021?under=" + remote.root,
                RemoteStub.write(Map.of("schemaVersion", 2, "year", 2021, "agencies", List.of())), "\"b2\"");
        register(Map.of("kind", "OAUTH2_CLIENT", "tokenUrl", remote.baseUrl() + "/token", "clientId", "city",
                "clientSecret", "s3cret"));
        failsWith("GET /api/v1/statistics/2021?under=" + remote.root
                + " answered format version 2 of the bulk statistics; this instance reads version 1");
        server.verify(getRequestedFor(urlEqualTo("/api/v1/statistics/2021?under=" + remote.root))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer tok-1")));
    }

    @Test
    void aSourceThatDisappearsMidPullIsRecordedAndNothingIsApplied() throws Exception {
        remote.agencies();
        remote.report(publishedReportAs(remote.root, "2022-03-20"), 1);
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                urlEqualTo("/api/v1/agencies/" + remote.department + "/reports?page=0&size=200"))
                .atPriority(0).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        register(Map.of());
        failsWith("GET /api/v1/agencies/" + remote.department + "/reports: ");
    }

    @Test
    void theBulkStatisticsOfAnAgencyWithoutAReportEnterTheSubtreeExactlyOnce() throws Exception {
        remote.agencies();
        remote.report(publishedReportAs(remote.root, "2022-03-20"), 1);
        remote.token("tok-2");
        String statistics = statisticsOf(remote.department, 3);
        remote.tagged("/api/v1/statistics/2021?under=" + remote.root, statistics, "\"b1\"");
        register(Map.of("kind", "OAUTH2_CLIENT", "tokenUrl", remote.baseUrl() + "/token", "clientId", "city",
                "clientSecret", "s3cret"));
        pull().statusCode(201).body("status", equalTo("SUCCEEDED")).body("statisticsAgencies", equalTo(2))
                .body("requests", equalTo(8));

        // the root's report (scope AGENCY) counts for the root, the department's statistics for the department
        api().get("/api/v1/agencies/{code}/statistics/2021?scope=subtree", city).then().statusCode(200)
                .body("applications.rows.find { it.code == 'NEW_RECEIVED' }.values", equalTo(List.of(4, 1, 0, 0, 0, 0, 5)));
        api().get("/api/v1/agencies/{code}/statistics/2021", remote.department).then().statusCode(200)
                .body("applications.rows.find { it.code == 'NEW_RECEIVED' }.values", equalTo(List.of(3, 0, 0, 0, 0, 0, 3)));
        api().get("/api/v1/agencies/{code}/collection/2021", city).then().statusCode(200)
                .body("items.figures", equalTo(List.of("LEDGER", "FEDERATED", "FEDERATED_STATISTICS")));
        pull().statusCode(201).body("status", equalTo("SUCCEEDED")).body("requests", equalTo(7))
                .body("notModified", equalTo(6));
    }

    @Test
    void theBulkStatisticsAreAskedSinceTheLastPullWithItsTagSoOnlyChangedAgenciesTravel() throws Exception {
        remote.agencies();
        remote.noReports();
        remote.token("tok-3");
        // the first pull asks for everything: the root with 2 applications of persons, the department with 3
        remote.statistics(null, null, statistics(List.of(remote.root, remote.department), List.of(2, 3),
                "2022-01-05T08:00:00Z"), "\"b1\"");
        register(Map.of("kind", "OAUTH2_CLIENT", "tokenUrl", remote.baseUrl() + "/token", "clientId", "city",
                "clientSecret", "s3cret"));
        JsonPath first = pull().statusCode(201).extract().jsonPath();
        assertEquals(List.of("SUCCEEDED", 7, 0, 2), List.of(first.getString("status"), first.getInt("requests"),
                first.getInt("notModified"), first.getInt("statisticsAgencies")), first.prettify());
        String cityTag = api().get("/api/v1/statistics/2021?under={code}", city).then().statusCode(200)
                .extract().header("ETag");

        // unchanged: asked since that pull's lastChanged less the overlap (one hour), with its tag: one 304
        remote.statistics("2022-01-05T07:00:00Z", "\"b1\"", null, "\"b1\"");
        JsonPath unchanged = pull().statusCode(201).extract().jsonPath();
        assertEquals(List.of("SUCCEEDED", 7, 6, 0), List.of(unchanged.getString("status"), unchanged.getInt("requests"),
                unchanged.getInt("notModified"), unchanged.getInt("statisticsAgencies")), unchanged.prettify());
        api().header("If-None-Match", cityTag).get("/api/v1/statistics/2021?under={code}", city).then().statusCode(304);

        // the department changed at the source: only it is listed, and replaces its figures; the root's stay
        server.resetAll();
        remote.agencies();
        remote.noReports();
        remote.token("tok-3");
        remote.statistics("2022-01-05T07:00:00Z", "\"b1\"", statistics(List.of(remote.department), List.of(5),
                "2022-02-01T00:00:00Z"), "\"b2\"");
        JsonPath changed = pull().statusCode(201).extract().jsonPath();
        assertEquals(List.of("SUCCEEDED", 7, 5, 1), List.of(changed.getString("status"), changed.getInt("requests"),
                changed.getInt("notModified"), changed.getInt("statisticsAgencies")), changed.prettify());
        api().get("/api/v1/agencies/{code}/statistics/2021", remote.root).then().statusCode(200)
                .body("applications.rows.find { it.code == 'NEW_RECEIVED' }.values", equalTo(List.of(2, 0, 0, 0, 0, 0, 2)));
        api().get("/api/v1/agencies/{code}/statistics/2021", remote.department).then().statusCode(200)
                .body("applications.rows.find { it.code == 'NEW_RECEIVED' }.values", equalTo(List.of(5, 0, 0, 0, 0, 0, 5)));
        api().get("/api/v1/agencies/{code}/statistics/2021?scope=subtree", city).then().statusCode(200)
                .body("applications.rows.find { it.code == 'NEW_RECEIVED' }.values", equalTo(List.of(7, 0, 0, 0, 0, 0, 7)));

        // the city's own bulk statistics show the federated figures, under a new tag
        Response bulk = api().header("If-None-Match", cityTag).get("/api/v1/statistics/2021?under={code}", city);
        bulk.then().statusCode(200);
        assertEquals(false, cityTag.equals(bulk.header("ETag")));
        JsonPath pulled = bulk.jsonPath();
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), newReceived(pulled, city));
        assertEquals(List.of(2, 0, 0, 0, 0, 0, 2), newReceived(pulled, remote.root));
        assertEquals(List.of(5, 0, 0, 0, 0, 0, 5), newReceived(pulled, remote.department));
        assertEquals(List.of(5, 0, 0, 0, 0, 0, 5), pulled.getList("agencies.find { it.agencyCode == '"
                + remote.department + "' }.applications.rows.find { it.code == 'TOTAL_CONCLUDED' }.values"));

        // and the next pull asks since the new lastChanged less the overlap, with the new tag
        remote.statistics("2022-01-31T23:00:00Z", "\"b2\"", null, "\"b2\"");
        pull().statusCode(201).body("status", equalTo("SUCCEEDED")).body("requests", equalTo(7))
                .body("notModified", equalTo(6)).body("statisticsAgencies", equalTo(0));
        api().get("/api/v1/agencies/{code}/statistics/2021", remote.department).then().statusCode(200)
                .body("applications.rows.find { it.code == 'NEW_RECEIVED' }.values", equalTo(List.of(5, 0, 0, 0, 0, 0, 5)));
    }

    @Test
    void theCitysBulkStatisticsCarryAFederatedReportsFigures() throws Exception {
        remote.agencies();
        remote.report(publishedReportAs(remote.root, "2022-03-20"), 1);
        register(Map.of());
        pull().statusCode(201).body("status", equalTo("SUCCEEDED"));
        String local = TestData.agency("某市教育局", "DEPARTMENT", city);
        TestData.record(local, "C1", "2021-02-01", "LEGAL_SERVICE_INSTITUTION", "GRANTED", "2021-02-10");

        JsonPath bulk = api().get("/api/v1/statistics/2021?under={code}", city).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(4, bulk.getInt("agenciesInScope"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), newReceived(bulk, city));
        assertEquals(List.of(0, 0, 0, 0, 1, 0, 1), newReceived(bulk, local));
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 2), newReceived(bulk, remote.root));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), newReceived(bulk, remote.department));
        // the same figures as the agency's own tables
        assertEquals(api().get("/api/v1/agencies/{code}/statistics/2021", remote.root).then().statusCode(200)
                .extract().jsonPath().getList("applications.rows"), bulk.getList("agencies.find { it.agencyCode == '"
                        + remote.root + "' }.applications.rows"));
    }

    @Test
    void anAgencyTheSourceNoLongerProvidesIsMarkedWithdrawnAndWhatWasPulledOfItStays() throws Exception {
        String rootReport = publishedReportAs(remote.root, "2022-03-20");
        String departmentReport = publishedReportAs(remote.department, "2022-01-20");
        java.util.function.Consumer<List<String>> stub = children -> {
            server.resetAll();
            remote.agencies(children, "\"c" + children.size() + "\"");
            remote.report(rootReport, 1);
            remote.report(remote.department, 78, departmentReport, 1);
        };
        stub.accept(List.of(remote.department));
        register(Map.of());
        pull().statusCode(201).body("status", equalTo("SUCCEEDED")).body("agenciesCreated", equalTo(2))
                .body("reportsCreated", equalTo(2)).body("agenciesWithdrawn", equalTo(0));
        long copy = api().get("/api/v1/agencies/{code}/reports", remote.department).then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");

        // the department leaves the source's tree
        stub.accept(List.of());
        JsonPath withdrawn = pull().statusCode(201).extract().jsonPath();
        assertEquals(List.of("SUCCEEDED", 3, 2, 0, 0, 1), List.of(withdrawn.getString("status"),
                withdrawn.getInt("requests"), withdrawn.getInt("notModified"), withdrawn.getInt("agenciesCreated"),
                withdrawn.getInt("agenciesUpdated"), withdrawn.getInt("agenciesWithdrawn")), withdrawn.prettify());
        String at = api().get("/api/v1/agencies/{code}", remote.department).then().statusCode(200)
                .body("federatedFrom", equalTo(source)).body("parentCode", equalTo(remote.root))
                .extract().jsonPath().getString("withdrawnAt");
        org.hamcrest.MatcherAssert.assertThat(at, org.hamcrest.Matchers.notNullValue());
        api().get("/api/v1/agencies/{code}", remote.root).then().statusCode(200).body("withdrawnAt", nullValue());
        JsonPath collection = api().get("/api/v1/agencies/{code}/collection/2021", city).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(java.util.Arrays.asList(null, null, at), collection.getList("items.withdrawnAt"));
        assertEquals(List.of("MISSING", "PUBLISHED", "PUBLISHED"), collection.getList("items.standing"));
        assertEquals(copy, collection.getLong("items[2].reportId"));
        // its published copy stays, and still counts for the year it was published for
        given().get("/api/v1/reports/{id}", copy).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("provenance.federation.remoteReportId", equalTo(78));
        api().get("/api/v1/agencies/{code}/statistics/2021?scope=subtree", city).then().statusCode(200)
                .body("applications.rows.find { it.code == 'NEW_RECEIVED' }.values", equalTo(List.of(2, 2, 0, 0, 0, 0, 4)));

        // the next pull does not ask the source for it, and keeps the instant
        pull().statusCode(201).body("status", equalTo("SUCCEEDED")).body("requests", equalTo(3))
                .body("notModified", equalTo(3)).body("agenciesWithdrawn", equalTo(0));
        api().get("/api/v1/agencies/{code}", remote.department).then().body("withdrawnAt", equalTo(at));

        // it comes back: provided again
        stub.accept(List.of(remote.department));
        pull().statusCode(201).body("status", equalTo("SUCCEEDED")).body("agenciesUpdated", equalTo(1))
                .body("agenciesWithdrawn", equalTo(0)).body("requests", equalTo(5)).body("notModified", equalTo(4));
        api().get("/api/v1/agencies/{code}", remote.department).then().body("withdrawnAt", nullValue());
    }

    @Test
    void aScheduledPullRunsOncePerScheduledTimeAndRetriesAFailureBackingOff() throws Exception {
        remote.agencies();
        remote.report(publishedReportAs(remote.root, "2022-03-20"), 1);
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/api/v1/reports/77/revisions/1"))
                .atPriority(0).willReturn(aResponse().withStatus(503)));
        register(Map.of());
        java.time.Instant slot = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        // two replicas fire at the same scheduled time: one of them pulls, three attempts, all failing
        TestData.concurrently(2, () -> {
            puller.pullScheduled(slot);
            return null;
        });
        JsonPath pulls = api().get("/api/v1/sources/{code}/pulls", source).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(3, 2, 1), pulls.getList("items.attempt"), pulls.prettify());
        assertEquals(List.of("SCHEDULED", "SCHEDULED", "SCHEDULED"), pulls.getList("items.trigger"));
        assertEquals(List.of("FAILED", "FAILED", "FAILED"), pulls.getList("items.status"));
        org.hamcrest.MatcherAssert.assertThat(pulls.getString("items[0].failure"),
                startsWith("GET /api/v1/reports/77/revisions/1 was answered with HTTP 503"));
        api().get("/api/v1/agencies/{code}", remote.root).then().statusCode(404);

        // the same scheduled time again pulls nothing; the next one pulls, and the source has recovered
        puller.pullScheduled(slot);
        api().get("/api/v1/sources/{code}/pulls", source).then().body("totalItems", equalTo(3));
        server.resetAll();
        remote.agencies();
        remote.report(publishedReportAs(remote.root, "2022-03-20"), 1);
        puller.pullScheduled(slot.plusSeconds(60));
        api().get("/api/v1/sources/{code}/pulls", source).then().body("totalItems", equalTo(4))
                .body("items[0].status", equalTo("SUCCEEDED")).body("items[0].attempt", equalTo(1));
        api().get("/api/v1/agencies/{code}", remote.root).then().statusCode(200).body("federatedFrom", equalTo(source));
    }

    @Test
    void aSourceIsRegisteredOnceAndItsSecretNeverShown() {
        Map<String, Object> body = sourceBody(Map.of("kind", "OAUTH2_CLIENT", "tokenUrl", "https://sso.example/token",
                "clientId", "city", "clientSecret", "s3cret"));
        String created = api().contentType(ContentType.JSON).body(body).post("/api/v1/sources").then().statusCode(201)
                .header("Location", endsWith("/api/v1/sources/" + source))
                .body("credentials.kind", equalTo("OAUTH2_CLIENT")).body("credentials.clientId", equalTo("city"))
                .body("credentials.secretStored", equalTo(true)).body("credentials.clientSecret", nullValue())
                .body("localParentCode", equalTo(city)).body("years", equalTo(List.of(2021)))
                .extract().asString();
        assertEquals(false, created.contains("s3cret"));
        api().contentType(ContentType.JSON).body(body).post("/api/v1/sources").then().statusCode(200);
        assertEquals(false, api().get("/api/v1/sources/{code}", source).then().statusCode(200).extract().asString()
                .contains("s3cret"));
        Map<String, Object> other = new LinkedHashMap<>(body);
        other.put("name", "另一个");
        problem(api().contentType(ContentType.JSON).body(other).post("/api/v1/sources").then(), 409);

        Map<String, Object> bad = new LinkedHashMap<>(body);
        bad.put("code", source + "b");
        bad.put("baseUrl", "ftp://x");
        bad.put("credentials", Map.of("kind", "OAUTH2_CLIENT"));
        problem(api().contentType(ContentType.JSON).body(bad).post("/api/v1/sources").then(), 400)
                .body("errors.field", equalTo(List.of("baseUrl", "credentials.tokenUrl", "credentials.clientId",
                        "credentials.clientSecret")));
        problem(TestData.as("viewer", city).contentType(ContentType.JSON).body(body).post("/api/v1/sources").then(), 403);
        problem(api().contentType(ContentType.JSON).post("/api/v1/sources/{code}/pulls", "nope").then(), 404);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static org.hamcrest.Matcher<String> endsWith(String suffix) {
        return org.hamcrest.Matchers.endsWith(suffix);
    }

    private void failsWith(String reason) {
        JsonPath pull = pull().statusCode(201).extract().jsonPath();
        assertEquals("FAILED", pull.getString("status"), pull.prettify());
        org.hamcrest.MatcherAssert.assertThat(pull.getString("failure"), startsWith(reason));
        api().get("/api/v1/agencies/{code}", remote.root).then().statusCode(404);
        api().get("/api/v1/agencies/{code}", remote.department).then().statusCode(404);
        api().get("/api/v1/agencies/{code}/collection/2021", city).then().statusCode(200).body("agencies", equalTo(1));
        api().get("/api/v1/sources/{code}/pulls/{id}", source, pull.getLong("id")).then().statusCode(200)
                .body("status", equalTo("FAILED")).body("failure", equalTo(pull.getString("failure")));
    }

    private io.restassured.response.ValidatableResponse pull() {
        return api().contentType(ContentType.JSON).post("/api/v1/sources/{code}/pulls", source).then();
    }

    private void register(Map<String, Object> credentials) {
        api().contentType(ContentType.JSON).body(sourceBody(credentials)).post("/api/v1/sources").then()
                .statusCode(201);
    }

    private Map<String, Object> sourceBody(Map<String, Object> credentials) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", source);
        body.put("name", "远程区");
        body.put("baseUrl", remote.baseUrl());
        body.put("agencyCode", remote.root);
        body.put("localParentCode", city);
        body.put("years", List.of(2021));
        if (!credentials.isEmpty()) {
            body.put("credentials", credentials);
        }
        return body;
    }

    /**
     * The JSON a source serves for a published 2021 report of {@code code}: a report of this instance with two
     * applications, published on the date, read as the public reads it, under the source's agency code.
     */
    private static String publishedReportAs(String code, String date) {
        String local = TestData.agency("远程区人民政府", "GOVERNMENT", null);
        TestData.record(local, "F1", "2021-03-01", "NATURAL_PERSON", "GRANTED", "2021-03-10");
        TestData.record(local, "F2", "2021-04-01", "COMMERCIAL_ENTERPRISE", "GRANTED", "2021-04-10");
        long id = ReportSteps.create(local, 2021);
        ReportSteps.fillSection2(id);
        ReportSteps.setSection(id, 1, "本年度依申请公开工作平稳。");
        ReportSteps.publish(id, date);
        return given().get("/api/v1/reports/{id}", id).then().statusCode(200).extract().asString().replace(local, code);
    }

    private static List<Object> newReceived(JsonPath bulk, String agency) {
        return bulk.getList("agencies.find { it.agencyCode == '" + agency
                + "' }.applications.rows.find { it.code == 'NEW_RECEIVED' }.values");
    }

    /**
     * Bulk statistics of 2021 (schema 1) listing these agencies, each with that many granted applications of persons,
     * and the scope's lastChanged.
     */
    private String statistics(List<String> agencies, List<Integer> persons, String lastChanged) throws Exception {
        ObjectNode zero = (ObjectNode) JSON.readTree(api().get("/api/v1/agencies/{code}/statistics/2021", city).then()
                .statusCode(200).extract().asString());
        List<Map<String, Object>> listed = new java.util.ArrayList<>();
        for (int i = 0; i < agencies.size(); i++) {
            ObjectNode tables = zero.deepCopy();
            for (var row : tables.withArray("/applications/rows")) {
                if (List.of("NEW_RECEIVED", "GRANTED", "TOTAL_CONCLUDED").contains(row.get("code").asText())) {
                    ((com.fasterxml.jackson.databind.node.ArrayNode) row.get("values")).set(0, persons.get(i));
                    ((com.fasterxml.jackson.databind.node.ArrayNode) row.get("values")).set(6, persons.get(i));
                }
            }
            Map<String, Object> agency = new LinkedHashMap<>();
            agency.put("agencyCode", agencies.get(i));
            agency.put("lastChanged", lastChanged);
            agency.put("applications", tables.get("applications"));
            agency.put("appeals", tables.get("appeals"));
            listed.add(agency);
        }
        return RemoteStub.write(Map.of("schemaVersion", 1, "year", 2021, "format", "GB2021", "agenciesInScope", 2,
                "lastChanged", lastChanged, "agencies", listed));
    }

    /** Bulk statistics of 2021 (schema 1) with the root at zero and the department with n applications of persons. */
    private String statisticsOf(String department, int persons) throws Exception {
        String empty = api().get("/api/v1/agencies/{code}/statistics/2021", city).then().statusCode(200).extract()
                .asString();
        ObjectNode zero = (ObjectNode) JSON.readTree(empty);
        ObjectNode withPersons = zero.deepCopy();
        for (var row : withPersons.withArray("/applications/rows")) {
            if (List.of("NEW_RECEIVED", "GRANTED", "TOTAL_CONCLUDED").contains(row.get("code").asText())) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) row.get("values")).set(0, persons);
                ((com.fasterxml.jackson.databind.node.ArrayNode) row.get("values")).set(6, persons);
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("agencyCode", remote.root);
        root.put("applications", zero.get("applications"));
        root.put("appeals", zero.get("appeals"));
        Map<String, Object> dept = new LinkedHashMap<>();
        dept.put("agencyCode", department);
        dept.put("applications", withPersons.get("applications"));
        dept.put("appeals", zero.get("appeals"));
        return RemoteStub.write(Map.of("schemaVersion", 1, "year", 2021, "format", "GB2021", "agenciesInScope", 2,
                "agencies", List.of(root, dept)));
    }
}
