package cn.govdisclosure.transfer;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import cn.govdisclosure.platform.Message;

/**
 * Reads the text layer of a PDF, page by page, lines in the order they stand on the page (a table row's cells on
 * one line, separated by spaces). A scanned report without a text layer cannot be read.
 */
final class PdfReader {

    /** More pages than any annual report has; a longer document is refused rather than read for minutes. */
    static final int MAX_PAGES = 300;
    /** The most memory the reading of one document may buffer. */
    private static final long MAX_BUFFERED_BYTES = 64L * 1024 * 1024;

    DocumentText read(byte[] body) {
        try (PDDocument document = Loader.loadPDF(body, null, null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_BUFFERED_BYTES).streamCache)) {
            if (document.getNumberOfPages() > MAX_PAGES) {
                throw new UnreadableDocumentException(Message.of("detail.document.too-many-pages",
                        document.getNumberOfPages(), MAX_PAGES));
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n\f\n");
            String text = stripper.getText(document);
            if (text.strip().isEmpty()) {
                throw new UnreadableDocumentException(Message.of("detail.document.no-text"));
            }
            return new DocumentText(List.of(text.split("\r\n|\r|\n", -1)));
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(Message.of("detail.document.encrypted"), e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(Message.of("detail.document.damaged-pdf"), e);
        }
    }
}
