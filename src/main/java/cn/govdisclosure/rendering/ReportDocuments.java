package cn.govdisclosure.rendering;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;

import cn.govdisclosure.platform.ApiException;
import cn.govdisclosure.report.ReportService;
import cn.govdisclosure.report.ReportStatus;
import cn.govdisclosure.report.ReportView;

/**
 * Renders a stored report in a publishable format; who may read it is checked by the caller. A published
 * revision never changes, so each of its documents is rendered once and kept in a bounded in-memory cache
 * ({@code DISCLOSURE_DOCUMENT_CACHE_SIZE} documents), keyed by report, revision and format: whatever formats
 * {@link DocumentFormat} offers are cached alike. Working copies are rendered on every request.
 */
@ApplicationScoped
public class ReportDocuments {

    /** The rendered documents of published revisions (application.properties sizes it). */
    static final String CACHE = "published-documents";

    private final ReportService reports;
    private final Cache published;

    ReportDocuments(ReportService reports, @CacheName(CACHE) Cache published) {
        this.reports = reports;
        this.published = published;
    }

    public RenderedDocument render(long id, DocumentFormat format) {
        return render(reports.get(id).view(), format);
    }

    /** What identifies a document of a published revision: its bytes never change. */
    record Key(long reportId, int revision, DocumentFormat format) {
    }

    /** Renders a report as given: a published revision from the cache, a working copy afresh. */
    public RenderedDocument render(ReportView report, DocumentFormat format) {
        if (report.status() != ReportStatus.PUBLISHED) {
            return renderNow(report, format, null);
        }
        // rendered once per key, also when many requests ask at once (the others wait for that rendering); the
        // frozen view's last change is its publication
        return published.get(new Key(report.id(), report.revision(), format),
                key -> renderNow(report, format, report.updatedAt())).await().indefinitely();
    }

    private static RenderedDocument renderNow(ReportView report, DocumentFormat format, java.time.Instant publishedAt) {
        byte[] body = switch (format) {
            case HTML -> new HtmlReportRenderer().render(report).getBytes(StandardCharsets.UTF_8);
            case MARKDOWN -> new MarkdownReportRenderer().render(report).getBytes(StandardCharsets.UTF_8);
            case TEXT -> new TextReportRenderer().render(report).getBytes(StandardCharsets.UTF_8);
            case SPREADSHEET -> new SpreadsheetReportRenderer().render(report);
        };
        return new RenderedDocument(body, format, report.title() + "." + format.extension(), publishedAt);
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
        return DocumentFormat.ofExtension(extension).orElseThrow(() -> ApiException.notFound(
                "A report is published as .html, .md, .txt or .xlsx; there is no ." + extension));
    }
}
