package cn.govdisclosure.platform;

/**
 * The request contradicts the current state of the records: another record with the same key and other content,
 * a step the record's state does not allow. Features may refine it with a type and members of their own.
 */
public non-sealed class Conflict extends DomainException {

    public Conflict(String detail) {
        this(ProblemTypes.CONFLICT, "Conflict with the current state", detail);
    }

    protected Conflict(String type, String title, String detail) {
        super(type, title, detail);
    }
}
