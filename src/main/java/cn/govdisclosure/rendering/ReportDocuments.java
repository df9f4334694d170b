package cn.govdisclosure.rendering;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import cn.govdisclosure.report.DocumentFormat;
import cn.govdisclosure.report.DocumentRenderer;
import cn.govdisclosure.report.RenderedDocument;
import cn.govdisclosure.report.ReportView;

/** Renders a report in a publishable format, each with its renderer; who may read it is checked by the caller. */
@ApplicationScoped
public class ReportDocuments implements DocumentRenderer {

    /** Renders a report as given (for instance its published revision). */
    @Override
    public RenderedDocument render(ReportView report, DocumentFormat format) {
        byte[] body = switch (format) {
            case HTML -> new HtmlReportRenderer().render(report).getBytes(StandardCharsets.UTF_8);
            case MARKDOWN -> new MarkdownReportRenderer().render(report).getBytes(StandardCharsets.UTF_8);
            case TEXT -> new TextReportRenderer().render(report).getBytes(StandardCharsets.UTF_8);
            case SPREADSHEET -> new SpreadsheetReportRenderer().render(report);
        };
        return new RenderedDocument(body, format, report.title() + "." + format.extension());
    }
}
