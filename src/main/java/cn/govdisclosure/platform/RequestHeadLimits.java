package cn.govdisclosure.platform;

import java.util.List;
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

    @ServerRequestFilter(preMatching = true)
    public Response limit(HttpServerRequest request) {
        int target = request.uri().length();
        if (target > MAX_TARGET_CHARS) {
            return ProblemMappers.respond(new ApiProblem(ProblemTypes.HTTP, "URI too long", 414, "The request target "
                    + "has " + target + " characters; at most " + MAX_TARGET_CHARS + " are accepted", List.of()));
        }
        long headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headers > MAX_HEADER_BYTES) {
            return ProblemMappers.respond(new ApiProblem(ProblemTypes.HTTP, "Request header fields too large", 431,
                    "The request's headers have " + headers + " bytes; at most " + MAX_HEADER_BYTES
                            + " are accepted", List.of()));
        }
        return null;
    }
}
