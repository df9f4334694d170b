package cn.govdisclosure.platform;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses request bodies above the configured size with a problem document before they are read.
 * (The HTTP layer's own, larger limit still stops unannounced chunked bodies.) A published report sent to
 * {@code POST /api/v1/agencies/{code}/report-imports} may be a PDF or DOCX of several megabytes: that one endpoint
 * has a limit of its own.
 */
public class BodySizeLimit {

    private static final Pattern REPORT_IMPORT = Pattern.compile("/?api/v1/agencies/[^/]+/report-imports/?");

    private final long maxBytes;
    private final long importMaxBytes;

    public BodySizeLimit(@ConfigProperty(name = "disclosure.max-body-bytes", defaultValue = "1048576") long maxBytes,
            @ConfigProperty(name = "disclosure.import.max-body-bytes", defaultValue = "10485760") long importMaxBytes) {
        this.maxBytes = maxBytes;
        this.importMaxBytes = importMaxBytes;
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
        long limit = REPORT_IMPORT.matcher(request.getUriInfo().getPath()).matches() ? importMaxBytes : maxBytes;
        if (bytes > limit) {
            return ProblemMappers.respond(new ApiProblem(ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large", 413,
                    "The request body has " + bytes + " bytes; at most " + limit + " are accepted", List.of()));
        }
        return null;
    }
}
