package cn.govdisclosure.federation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * A source instance played by WireMock: its root agency and one department, their report lists, one published report
 * and the bulk statistics — each answering 304 to the tag it sends, unless a test makes it fail.
 */
final class RemoteStub {

    private static final ObjectMapper JSON = new ObjectMapper();

    final WireMockServer server;
    final String root;
    final String department;

    RemoteStub(WireMockServer server, String root, String department) {
        this.server = server;
        this.root = root;
        this.department = department;
    }

    String baseUrl() {
        return "http://localhost:" + server.port();
    }

    /** A resource that answers 200 with the body and tag, and 304 to If-None-Match with the tag. */
    void tagged(String url, String body, String tag) {
        server.stubFor(get(urlEqualTo(url)).atPriority(5).willReturn(json(body).withHeader("ETag", tag)));
        server.stubFor(get(urlEqualTo(url)).atPriority(1).withHeader("If-None-Match", equalTo(tag))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", tag)));
    }

    /** The agencies, with no reports anywhere. */
    void agencies() {
        agencies(List.of(department), "\"c1\"");
    }

    /** The agencies, the root's children being those given (the department or none), with no reports anywhere. */
    void agencies(List<String> rootChildren, String childrenTag) {
        tagged("/api/v1/agencies/" + root, write(agency(root, "远程区人民政府", "GOVERNMENT", null)), "\"a1\"");
        tagged("/api/v1/agencies?parent=" + root + "&page=0&size=200", write(page(rootChildren.stream()
                .map(code -> agency(code, "远程区教育局", "DEPARTMENT", root)).toList())), childrenTag);
        tagged("/api/v1/agencies?parent=" + department + "&page=0&size=200", write(page(List.of())), "\"c2\"");
        tagged("/api/v1/agencies/" + department + "/reports?page=0&size=200", write(page(List.of())), "\"r0\"");
    }

    /** The root's published 2021 report (remote id 77) with the given revision in force. */
    void report(String reportJson, int revision) {
        report(root, 77, reportJson, revision, "");
    }

    /** An agency's published 2021 report with the given remote id and revision in force. */
    void report(String agency, long id, String reportJson, int revision) {
        report(agency, id, reportJson, revision, id + "-");
    }

    private void report(String agency, long id, String reportJson, int revision, String tagPrefix) {
        tagged("/api/v1/agencies/" + agency + "/reports?page=0&size=200", write(page(List.of(Map.of("id", id,
                "agencyCode", agency, "year", 2021, "revision", revision, "status", "PUBLISHED",
                "publishedDate", "2022-03-20")))), "\"l" + tagPrefix + revision + "\"");
        tagged("/api/v1/reports/" + id + "/revisions/" + revision, reportJson, "\"v" + tagPrefix + revision + "\"");
    }

    /** The root without reports. */
    void noReports() {
        tagged("/api/v1/agencies/" + root + "/reports?page=0&size=200", write(page(List.of())), "\"r1\"");
    }

    /**
     * The bulk statistics of 2021 below the root, asked with {@code updatedSince} (null: without) and
     * {@code If-None-Match} (null: without): 304 when {@code body} is null, else 200 with the body and the tag.
     */
    void statistics(String updatedSince, String ifNoneMatch, String body, String tag) {
        var request = get(urlPathEqualTo("/api/v1/statistics/2021")).atPriority(1)
                .withQueryParam("under", equalTo(root));
        request = updatedSince == null ? request.withQueryParam("updatedSince", absent())
                : request.withQueryParam("updatedSince", equalTo(updatedSince));
        request = ifNoneMatch == null ? request.withHeader("If-None-Match", absent())
                : request.withHeader("If-None-Match", equalTo(ifNoneMatch));
        server.stubFor(request.willReturn(body == null ? aResponse().withStatus(304).withHeader("ETag", tag)
                : json(body).withHeader("ETag", tag)));
    }

    void token(String accessToken) {
        server.stubFor(post(urlPathEqualTo("/token")).willReturn(json(write(Map.of("access_token", accessToken,
                "token_type", "Bearer", "expires_in", 300)))));
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    static Map<String, Object> agency(String code, String name, String kind, String parent) {
        var agency = new java.util.LinkedHashMap<String, Object>();
        agency.put("code", code);
        agency.put("name", name);
        agency.put("kind", kind);
        agency.put("parentCode", parent);
        agency.put("createdAt", "2021-01-01T00:00:00Z");
        return agency;
    }

    static Map<String, Object> page(List<?> items) {
        return Map.of("items", items, "page", 0, "size", 200, "totalItems", items.size());
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
