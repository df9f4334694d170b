package cn.govdisclosure.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

/** A rendered report: its bytes, its format and the file name it is offered under. */
public record RenderedDocument(byte[] body, DocumentFormat format, String fileName) {

    /**
     * The HTTP response: the document with its media type, named for saving by
     * {@code Content-Disposition} (an ASCII fallback name and the report's title in UTF-8); pages and
     * texts are shown inline, the workbook is a download.
     */
    public Response toResponse(long reportId) {
        String fallback = "report-" + reportId + "." + format.extension();
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        String disposition = (format == DocumentFormat.SPREADSHEET ? "attachment" : "inline") + "; filename=\""
                + fallback + "\"; filename*=UTF-8''" + encoded;
        Response.ResponseBuilder response = Response.ok(body, format.mediaType())
                .header("Content-Disposition", disposition).header("X-Content-Type-Options", "nosniff");
        if (format == DocumentFormat.HTML) {
            // the page needs nothing but its own style sheet: no script, no request elsewhere
            response.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        }
        return response.build();
    }
}
