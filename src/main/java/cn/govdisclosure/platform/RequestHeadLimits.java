package cn.govdisclosure.platform;

import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * Refuses over-long request targets (414) and header sections (431) with a problem document. The HTTP codec would
 * refuse them itself with a bare status and no body, which clients cannot tell from a broken proxy; so the codec's
 * limits are set far above these ({@code quarkus.http.limits.*}: 64 KiB) and the service answers below them. Only
 * requests beyond the codec's limits still get its bare answer.
 */
public class RequestHeadLimits {

    /** The longest request target (path and query, as sent) the service reads. */
    public static final int MAX_TARGET_CHARS = 8192;
    /** The largest header section (names, values and their separators) the service reads. */
    public static final int MAX_HEADER_BYTES = 20 * 1024;

    private final Languages languages;

    RequestHeadLimits(Languages languages) {
        this.languages = languages;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(HttpServerRequest request) {
        int target = request.uri().length();
        if (target > MAX_TARGET_CHARS) {
            return Problems.response(languages.choose(request.getHeader("Accept-Language")), ProblemTypes.HTTP,
                    Message.of("title.uri-too-long"), 414, Message.of("detail.uri-too-long", target, MAX_TARGET_CHARS));
        }
        long headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headers > MAX_HEADER_BYTES) {
            return Problems.response(languages.choose(request.getHeader("Accept-Language")), ProblemTypes.HTTP,
                    Message.of("title.headers-too-large"), 431,
                    Message.of("detail.headers-too-large", headers, MAX_HEADER_BYTES));
        }
        return null;
    }
}
