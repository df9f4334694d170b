package cn.govdisclosure.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import cn.govdisclosure.platform.Representations;

/**
 * A rendered report: its bytes, its format, the file name it is offered under, a strong ETag made from the bytes
 * (so each format of each revision has its own), and for a published revision the instant it was published.
 */
public record RenderedDocument(byte[] body, DocumentFormat format, String fileName, EntityTag entityTag,
        Instant publishedAt) {

    public RenderedDocument(byte[] body, DocumentFormat format, String fileName, Instant publishedAt) {
        this(body, format, fileName, Representations.tagOf(body), publishedAt);
    }

    /** Whether this is a document of a published revision, which never changes. */
    public boolean published() {
        return publishedAt != null;
    }

    /**
     * The HTTP response: the document with its media type, named for saving by
     * {@code Content-Disposition} (an ASCII fallback name and the report's title in UTF-8); pages, texts and
     * the PDF are shown inline, the workbook and the Word document are downloads. It carries its ETag, and {@code Last-Modified} and the
     * given caching when it is published.
     */
    public Response toResponse(long reportId, String caching) {
        String fallback = "report-" + reportId + "." + format.extension();
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        String disposition = (format == DocumentFormat.SPREADSHEET || format == DocumentFormat.DOCX ? "attachment" : "inline") + "; filename=\""
                + fallback + "\"; filename*=UTF-8''" + encoded;
        Response.ResponseBuilder response = Response.ok(body, format.mediaType())
                .header("Content-Disposition", disposition).header("X-Content-Type-Options", "nosniff")
                .tag(entityTag).header(HttpHeaders.CACHE_CONTROL, caching);
        if (publishedAt != null) {
            response.lastModified(Date.from(publishedAt));
        }
        if (format == DocumentFormat.HTML) {
            // the page needs nothing but its own style sheet: no script, no request elsewhere
            response.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        }
        return response.build();
    }
}
