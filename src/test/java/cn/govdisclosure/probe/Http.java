package cn.govdisclosure.probe;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** Sends a probe exactly as built (no client-side normalising of content types or bodies) and reads the answer. */
final class Http {

    /** What the service answered. */
    record Answer(int status, String contentType, String body, String etag) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    /** @param base scheme, host and port, such as http://localhost:8081 */
    Http(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    Answer send(BadRequests.Probe probe, String token) throws IOException, InterruptedException {
        String query = probe.query().entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        URI uri = URI.create(base + probe.path() + (query.isEmpty() ? "" : "?" + query));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
        for (Map.Entry<String, String> header : probe.headers().entrySet()) {
            request.header(header.getKey(), header.getValue());
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers().firstValue("ETag").orElse(null));
    }

    /** A path segment percent-encoded as UTF-8 (a space as %20, never +). */
    static String encodePathSegment(String value) {
        return encode(value).replace("+", "%20");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
