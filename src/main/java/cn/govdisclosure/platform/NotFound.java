package cn.govdisclosure.platform;

/** The record asked for does not exist. */
public final class NotFound extends DomainException {

    public NotFound(String detail) {
        super(ProblemTypes.NOT_FOUND, "Resource not found", detail);
    }
}
