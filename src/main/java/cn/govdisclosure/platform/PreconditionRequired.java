package cn.govdisclosure.platform;

/** A change of an existing record that does not say which version of it the caller read. */
public final class PreconditionRequired extends DomainException {

    public PreconditionRequired() {
        this(Message.of("detail.precondition-required"));
    }

    /** Said in the terms of the write: which record exists, and whose ETag to send. */
    public PreconditionRequired(Message detail) {
        super(ProblemTypes.PRECONDITION_REQUIRED, Message.of("title.precondition-required"), detail);
    }
}
