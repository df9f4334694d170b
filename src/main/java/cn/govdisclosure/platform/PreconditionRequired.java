package cn.govdisclosure.platform;

/** A change of an existing record that does not say which version of it the caller read. */
public final class PreconditionRequired extends DomainException {

    public PreconditionRequired() {
        super(ProblemTypes.PRECONDITION_REQUIRED, "Precondition required",
                "This write needs an If-Match header carrying the ETag of the resource as last read");
    }
}
