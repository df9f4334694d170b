package cn.govdisclosure.platform;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses request bodies above the configured size with a problem document before they are read.
 * (The HTTP layer's own, larger limit still stops unannounced chunked bodies.)
 */
public class BodySizeLimit {

    /** Uploads of ledger files, which have a limit of their own (checked again while the file streams in). */
    private static final Pattern IMPORT_UPLOAD = Pattern.compile("/api/v1/agencies/[^/]+/ledger-imports/?");

    private final long maxBytes;
    private final long maxImportBytes;

    public BodySizeLimit(@ConfigProperty(name = "disclosure.max-body-bytes", defaultValue = "1048576") long maxBytes,
            @ConfigProperty(name = "disclosure.import.max-size", defaultValue = "256M") MemorySize maxImport) {
        this.maxBytes = maxBytes;
        this.maxImportBytes = maxImport.asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        long maxBytes = "POST".equals(request.getMethod())
                && IMPORT_UPLOAD.matcher(request.getUriInfo().getPath()).matches() ? maxImportBytes : this.maxBytes;
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
