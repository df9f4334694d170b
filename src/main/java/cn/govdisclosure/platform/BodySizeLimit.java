package cn.govdisclosure.platform;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Refuses request bodies above the configured size with a problem document. A body announced by
 * {@code Content-Length} is refused before it is read; one sent without it (chunked) is counted while it is read,
 * and reading stops at the first byte over the limit. Two uploads have limits of their own: a published report sent
 * to {@code POST …/report-imports} (a PDF or DOCX of several megabytes) and a ledger file sent to
 * {@code POST …/ledger-imports} (checked again while the file streams in).
 */
@Provider
public class BodySizeLimit implements ReaderInterceptor {

    /** The request property under which the filter leaves the limit of a body of unannounced size. */
    private static final String UNANNOUNCED_LIMIT = BodySizeLimit.class.getName() + ".limit";

    private static final Pattern REPORT_IMPORT = Pattern.compile("/?api/v1/agencies/[^/]+/report-imports/?");
    private static final Pattern LEDGER_IMPORT = Pattern.compile("/?api/v1/agencies/[^/]+/ledger-imports/?");

    private final Languages languages;
    private final long maxBytes;
    private final long reportImportMaxBytes;
    private final long ledgerImportMaxBytes;

    public BodySizeLimit(Languages languages, @ConfigProperty(name = "disclosure.max-body-bytes", defaultValue = "1048576") long maxBytes,
            @ConfigProperty(name = "disclosure.report-import.max-body-bytes", defaultValue = "10485760")
            long reportImportMaxBytes,
            @ConfigProperty(name = "disclosure.ledger-import.max-size", defaultValue = "256M") MemorySize ledgerImportMax) {
        this.languages = languages;
        this.maxBytes = maxBytes;
        this.reportImportMaxBytes = reportImportMaxBytes;
        this.ledgerImportMaxBytes = ledgerImportMax.asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            request.setProperty(UNANNOUNCED_LIMIT, limitFor(request));
            return null;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Problems.response(languages.choose(request.getAcceptableLanguages()), ProblemTypes.BAD_REQUEST,
                    Message.of("title.bad-request"), 400, Message.of("detail.content-length"));
        }
        long limit = limitFor(request);
        if (bytes > limit) {
            return Problems.response(languages.choose(request.getAcceptableLanguages()),
                    ProblemTypes.PAYLOAD_TOO_LARGE, Message.of("title.payload-too-large"), 413,
                    Message.of("detail.too-large", bytes, limit));
        }
        return null;
    }

    /** Counts a body of unannounced size as the endpoint's reader takes it in. */
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getProperty(UNANNOUNCED_LIMIT) instanceof Long limit) {
            context.setInputStream(new LimitedInputStream(context.getInputStream(), limit));
        }
        return context.proceed();
    }

    /**
     * A body found too large while it was read. The rest of it is not read: the HTTP layer closes the connection after
     * an answer sent before the request ended.
     */
    static Response tooLarge(long limit, Locale locale) {
        return Problems.response(locale, ProblemTypes.PAYLOAD_TOO_LARGE, Message.of("title.payload-too-large"), 413,
                Message.of("detail.too-large.unannounced", limit));
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
