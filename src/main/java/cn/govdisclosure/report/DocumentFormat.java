package cn.govdisclosure.report;

import java.util.Arrays;
import java.util.Optional;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import cn.govdisclosure.platform.Message;
import cn.govdisclosure.platform.NotFound;

/** The forms in which a report is published, each with its media type and file extension. */
public enum DocumentFormat {
    HTML(DocumentFormat.HTML_TYPE, "html"),
    MARKDOWN(DocumentFormat.MARKDOWN_TYPE, "md"),
    TEXT(DocumentFormat.TEXT_TYPE, "txt"),
    SPREADSHEET(DocumentFormat.SPREADSHEET_TYPE, "xlsx"),
    DOCX(DocumentFormat.DOCX_TYPE, "docx"),
    PDF(DocumentFormat.PDF_TYPE, "pdf");

    public static final String HTML_TYPE = "text/html;charset=UTF-8";
    public static final String MARKDOWN_TYPE = "text/markdown;charset=UTF-8";
    public static final String TEXT_TYPE = "text/plain;charset=UTF-8";
    public static final String SPREADSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF_TYPE = "application/pdf";

    /*
     * The same types as offered by a resource method that shares its path with a JSON method: the lower
     * quality-of-source makes JSON the answer to "Accept: *\/*" or no Accept, as before documents existed.
     */
    public static final String HTML_OFFER = HTML_TYPE + ";qs=0.5";
    public static final String MARKDOWN_OFFER = MARKDOWN_TYPE + ";qs=0.5";
    public static final String TEXT_OFFER = TEXT_TYPE + ";qs=0.5";
    public static final String SPREADSHEET_OFFER = SPREADSHEET_TYPE + ";qs=0.5";
    public static final String DOCX_OFFER = DOCX_TYPE + ";qs=0.5";
    public static final String PDF_OFFER = PDF_TYPE + ";qs=0.5";

    private final String mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<DocumentFormat> ofExtension(String extension) {
        return Arrays.stream(values()).filter(format -> format.extension.equalsIgnoreCase(extension)).findFirst();
    }

    /**
     * The format the request's {@code Accept} header prefers among the published ones (by quality, then in
     * the order HTML, Markdown, text, workbook, Word document, PDF), or a 406.
     */
    public static DocumentFormat negotiate(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (DocumentFormat format : values()) {
                if (accepted.isCompatible(MediaType.valueOf(format.mediaType()))) {
                    return format;
                }
            }
        }
        throw new NotAcceptableException();
    }

    /**
     * The format named by a file extension ({@code html}, {@code md}, {@code txt}, {@code xlsx}, {@code docx},
     * {@code pdf}), or a not-found.
     */
    public static DocumentFormat byExtension(String extension) {
        return ofExtension(extension).orElseThrow(() -> new NotFound(
                Message.of("detail.no-document-format", extension)));
    }
}
