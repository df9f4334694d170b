package cn.govdisclosure.platform;

/** A change of an existing record that does not say which version of it the caller read. */
public final class PreconditionRequired extends DomainException {

    public PreconditionRequired() {
        this("This write needs an If-Match header carrying the ETag of the resource as last read");
    }

    /** Said in the terms of the write: which record exists, and whose ETag to send. */
    public PreconditionRequired(String detail) {
        super(ProblemTypes.PRECONDITION_REQUIRED, "Precondition required", detail);
    }
}
