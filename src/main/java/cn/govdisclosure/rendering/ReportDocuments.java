package cn.govdisclosure.rendering;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import cn.govdisclosure.platform.NotFound;
import cn.govdisclosure.report.ReportView;

/** Renders a stored report in a publishable format; who may read it is checked by the caller. */
@ApplicationScoped
public class ReportDocuments {

    /** Renders a report as given (for instance its published revision). */
    public RenderedDocument render(ReportView report, DocumentFormat format) {
        byte[] body = switch (format) {
            case HTML -> new HtmlReportRenderer().render(report).getBytes(StandardCharsets.UTF_8);
            case MARKDOWN -> new MarkdownReportRenderer().render(report).getBytes(StandardCharsets.UTF_8);
            case TEXT -> new TextReportRenderer().render(report).getBytes(StandardCharsets.UTF_8);
            case SPREADSHEET -> new SpreadsheetReportRenderer().render(report);
        };
        return new RenderedDocument(body, format, report.title() + "." + format.extension());
    }

    /**
     * The format the request's {@code Accept} header prefers among the published ones (by quality, then in
     * the order HTML, Markdown, text, workbook), or a 406.
     */
    public static DocumentFormat negotiate(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (DocumentFormat format : DocumentFormat.values()) {
                if (accepted.isCompatible(MediaType.valueOf(format.mediaType()))) {
                    return format;
                }
            }
        }
        throw new NotAcceptableException();
    }

    /** The format named by a file extension ({@code html}, {@code md}, {@code txt}, {@code xlsx}), or a 404. */
    public static DocumentFormat byExtension(String extension) {
        return DocumentFormat.ofExtension(extension).orElseThrow(() -> new NotFound(
                "A report is published as .html, .md, .txt or .xlsx; there is no ." + extension));
    }
}
