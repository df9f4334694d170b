package cn.govdisclosure.platform;

/**
 * A body of a media type the endpoint reads, which cannot be read as what it should be: a damaged or encrypted
 * document, one without text, or not the kind of document asked for.
 */
public final class UnreadableContent extends DomainException {

    public UnreadableContent(Message title, Message detail) {
        super(ProblemTypes.UNREADABLE_DOCUMENT, title, detail);
    }
}
