package cn.govdisclosure.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;

import cn.govdisclosure.report.ReportView;

/**
 * A report as a PDF: the HTML page laid out on A4 by openhtmltopdf (on PDFBox) with the margins of GB/T 9704,
 * every text in the one embedded Chinese font, the page number as {@code - 1 -} at the foot of each page, table
 * headers repeated on each page a table runs over, and the 草稿 marker of a draft across every page.
 */
public final class PdfReportRenderer {

    /** The family name the embedded font is known by in the PDF's style sheet. */
    static final String FAMILY = "report-cjk";

    private static final String PRINT_CSS = HtmlReportRenderer.resource("rendering/report-pdf.css");

    static {
        // openhtmltopdf's own console logging off: its loggers report to the service's log, and only failures
        XRLog.setLoggerImpl(new JDKXRLogger(true, Level.SEVERE, new Silent(), new SimpleFormatter()));
    }

    /** A handler that prints nothing: the records go on to the service's log through the parent handlers. */
    private static final class Silent extends Handler {
        @Override
        public void publish(LogRecord record) {
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private final PdfFont font;

    public PdfReportRenderer(PdfFont font) {
        this.font = font;
    }

    public byte[] render(ReportView report) {
        Document page = new HtmlReportRenderer().document(report);
        page.head().appendElement("style").appendChild(new DataNode(PRINT_CSS.replace("$FAMILY", FAMILY)));
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.getDocumentInformation().setTitle(report.title());
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(pdf);
            builder.useFont(new PDFontSupplier(font.loadInto(pdf)), FAMILY);
            builder.withW3cDocument(new W3CDom().fromJsoup(page), "");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
