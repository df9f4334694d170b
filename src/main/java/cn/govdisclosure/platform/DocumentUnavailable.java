package cn.govdisclosure.platform;

/**
 * A document the service cannot produce because something it needs on this instance is missing (the font a PDF
 * embeds): the request is sound and nothing was changed; the operators must install what is missing.
 */
public final class DocumentUnavailable extends DomainException {

    public DocumentUnavailable(String key, Object... args) {
        super(ProblemTypes.DOCUMENT_UNAVAILABLE, Message.of("title.document-unavailable"), Message.of(key, args));
    }
}
