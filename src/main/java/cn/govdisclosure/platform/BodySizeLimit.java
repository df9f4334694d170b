package cn.govdisclosure.platform;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Refuses request bodies above the configured size with a problem document before they are read. (The HTTP layer's
 * own, larger limit still stops unannounced chunked bodies.) Two uploads have limits of their own: a published report
 * sent to {@code POST …/report-imports} (a PDF or DOCX of several megabytes) and a ledger file sent to
 * {@code POST …/ledger-imports} (checked again while the file streams in).
 */
public class BodySizeLimit {

    private static final Pattern REPORT_IMPORT = Pattern.compile("/?api/v1/agencies/[^/]+/report-imports/?");
    private static final Pattern LEDGER_IMPORT = Pattern.compile("/?api/v1/agencies/[^/]+/ledger-imports/?");

    private final long maxBytes;
    private final long reportImportMaxBytes;
    private final long ledgerImportMaxBytes;

    public BodySizeLimit(@ConfigProperty(name = "disclosure.max-body-bytes", defaultValue = "1048576") long maxBytes,
            @ConfigProperty(name = "disclosure.report-import.max-body-bytes", defaultValue = "10485760")
            long reportImportMaxBytes,
            @ConfigProperty(name = "disclosure.ledger-import.max-size", defaultValue = "256M") MemorySize ledgerImportMax) {
        this.maxBytes = maxBytes;
        this.reportImportMaxBytes = reportImportMaxBytes;
        this.ledgerImportMaxBytes = ledgerImportMax.asLongValue();
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
        long limit = limitFor(request);
        if (bytes > limit) {
            return ProblemMappers.respond(new ApiProblem(ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large", 413,
                    "The request body has " + bytes + " bytes; at most " + limit + " are accepted", List.of()));
        }
        return null;
    }

    private long limitFor(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod())) {
            return maxBytes;
        }
        String path = request.getUriInfo().getPath();
        if (REPORT_IMPORT.matcher(path).matches()) {
            return reportImportMaxBytes;
        }
        return LEDGER_IMPORT.matcher(path).matches() ? ledgerImportMaxBytes : maxBytes;
    }
}
