package cn.govdisclosure.rendering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import cn.govdisclosure.platform.DocumentUnavailable;

/**
 * The Chinese font a PDF embeds (the subset of glyphs it uses): a TrueType font ({@code .ttf}) or collection
 * ({@code .ttc}, whose first font is taken), such as Debian's {@code fonts-wqy-zenhei} or {@code fonts-arphic-uming}.
 * PDFBox embeds only TrueType outlines, so the CFF-based OpenType fonts (Noto CJK) do not serve. Its location is
 * configured ({@code DISCLOSURE_PDF_FONT}); a font missing at render time is a {@link DocumentUnavailable}, never a
 * PDF with empty boxes.
 */
public record PdfFont(Path location) {

    /** Loads the font into a document, to be embedded as a subset. */
    PDType0Font loadInto(PDDocument document) {
        if (!Files.isReadable(location)) {
            throw new DocumentUnavailable("detail.pdf-font-missing", location.toString());
        }
        try {
            return PDType0Font.load(document, trueType(), true);
        } catch (IOException e) {
            throw new DocumentUnavailable("detail.pdf-font-unreadable", location.toString(), e.getMessage());
        }
    }

    private TrueTypeFont trueType() throws IOException {
        String name = location.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(location.toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            if (first[0] == null) {
                throw new IOException("the collection holds no font");
            }
            return first[0];
        }
        return new TTFParser().parse(new RandomAccessReadBufferedFile(location.toFile()));
    }
}
