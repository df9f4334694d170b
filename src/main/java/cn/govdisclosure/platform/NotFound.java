package cn.govdisclosure.platform;

/** The record asked for does not exist. */
public final class NotFound extends DomainException {

    public NotFound(Message detail) {
        super(ProblemTypes.NOT_FOUND, Message.of("title.not-found"), detail);
    }
}
