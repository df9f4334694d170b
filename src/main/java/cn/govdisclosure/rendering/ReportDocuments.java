package cn.govdisclosure.rendering;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;

import cn.govdisclosure.report.DocumentFormat;
import cn.govdisclosure.report.DocumentRenderer;
import cn.govdisclosure.report.RenderedDocument;
import cn.govdisclosure.report.ReportStatus;
import cn.govdisclosure.report.ReportView;

/**
 * Renders a report in a publishable format, each with its renderer; who may read it is checked by the caller. A
 * published revision never changes, so each of its documents is rendered once and kept in a bounded in-memory
 * cache ({@code DISCLOSURE_DOCUMENT_CACHE_SIZE} documents), keyed by report, revision and format: whatever formats
 * {@link DocumentFormat} offers are cached alike. Working copies are rendered on every request.
 */
@ApplicationScoped
public class ReportDocuments implements DocumentRenderer {

    /** The rendered documents of published revisions (application.properties sizes it). */
    static final String CACHE = "published-documents";

    private final Cache published;
    private final PdfFont pdfFont;

    ReportDocuments(@CacheName(CACHE) Cache published, @ConfigProperty(name = "disclosure.pdf.font") String pdfFont) {
        this.published = published;
        this.pdfFont = new PdfFont(Path.of(pdfFont));
    }

    /** What identifies a document of a published revision: its bytes never change. */
    record Key(long reportId, int revision, DocumentFormat format) {
    }

    /** Renders a report as given: a published revision from the cache, a working copy afresh. */
    @Override
    public RenderedDocument render(ReportView report, DocumentFormat format) {
        if (report.status() != ReportStatus.PUBLISHED) {
            return renderNow(report, format, null);
        }
        // rendered once per key, also when many requests ask at once (the others wait for that rendering); the
        // frozen view's last change is its publication
        return published.get(new Key(report.id(), report.revision(), format),
                key -> renderNow(report, format, report.updatedAt())).await().indefinitely();
    }

    private RenderedDocument renderNow(ReportView report, DocumentFormat format, Instant publishedAt) {
        byte[] body = switch (format) {
            case HTML -> new HtmlReportRenderer().render(report).getBytes(StandardCharsets.UTF_8);
            case MARKDOWN -> new MarkdownReportRenderer().render(report).getBytes(StandardCharsets.UTF_8);
            case TEXT -> new TextReportRenderer().render(report).getBytes(StandardCharsets.UTF_8);
            case SPREADSHEET -> new SpreadsheetReportRenderer().render(report);
            case DOCX -> new DocxReportRenderer().render(report);
            case PDF -> new PdfReportRenderer(pdfFont).render(report);
        };
        return new RenderedDocument(body, format, report.title() + "." + format.extension(), publishedAt);
    }
}
