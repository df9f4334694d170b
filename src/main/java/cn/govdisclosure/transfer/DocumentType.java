package cn.govdisclosure.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of published document a report import reads, by the media type they are sent with. */
enum DocumentType {
    TEXT("text/plain"),
    HTML("text/html"),
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    /** The type sent as this media type (without parameters), ignoring case; {@code application/xhtml+xml} is HTML. */
    static Optional<DocumentType> of(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (bare.equals("application/xhtml+xml")) {
            return Optional.of(HTML);
        }
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(bare)).findFirst();
    }

    static List<String> mediaTypes() {
        return Arrays.stream(values()).map(DocumentType::mediaType).toList();
    }
}
