package cn.govdisclosure.platform;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses request bodies above the configured size with a problem document before they are read.
 * (The HTTP layer's own, larger limit still stops unannounced chunked bodies.)
 */
public class BodySizeLimit {

    private final long maxBytes;

    public BodySizeLimit(@ConfigProperty(name = "disclosure.max-body-bytes", defaultValue = "1048576") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return ProblemMappers.respond(new ApiProblem(ProblemTypes.BAD_REQUEST, "Bad request", 400,
                    "Content-Length is not a number", List.of()));
        }
        if (bytes > maxBytes) {
            return ProblemMappers.respond(new ApiProblem(ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large", 413,
                    "The request body has " + bytes + " bytes; at most " + maxBytes + " are accepted", List.of()));
        }
        return null;
    }
}
