package cn.govdisclosure.platform;

/** The request needs a caller, and none is known (no token, or no valid one). */
public final class Unauthenticated extends DomainException {

    public Unauthenticated(Message detail) {
        super(ProblemTypes.UNAUTHORIZED, Message.of("title.unauthorized"), detail);
    }
}
