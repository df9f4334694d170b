package cn.govdisclosure.platform;

import java.util.Map;

/**
 * A request the service refuses, said in the domain's terms: services, workflows and pure rules throw one of the
 * kinds below and know nothing of HTTP. {@link ProblemMappers} alone turns each kind into its problem+json answer
 * (the HTTP status is chosen there) in the reader's language. Each kind names its problem type and fixed title in one
 * place, its constructor; the detail is a {@link Message} of the bundle.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, Conflict, InvalidInput, PreconditionRequired, PreconditionFailed, Forbidden,
        Unauthenticated, UnsupportedMediaType, UnreadableContent, DocumentUnavailable {

    private final String type;
    private final Message title;
    private final Message detail;

    protected DomainException(String type, Message title, Message detail) {
        super(Messages.english(detail));
        this.type = type;
        this.title = title;
        this.detail = detail;
    }

    /** The problem type URI, one of {@link ProblemTypes}. */
    public String type() {
        return type;
    }

    /** A short summary of the kind of problem, the same for every occurrence of it. */
    public Message title() {
        return title;
    }

    /** What happened in this occurrence. */
    public Message detail() {
        return detail;
    }

    /**
     * Members of the problem document beyond the standard ones (RFC 9457 extension members), in order; empty
     * unless a kind adds its own.
     */
    public Map<String, Object> extensions() {
        return Map.of();
    }
}
