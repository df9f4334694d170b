package cn.govdisclosure.platform;

/**
 * The request contradicts the current state of the records: another record with the same key and other content,
 * a step the record's state does not allow. Features may refine it with a type and members of their own.
 */
public non-sealed class Conflict extends DomainException {

    public Conflict(Message detail) {
        this(ProblemTypes.CONFLICT, Message.of("title.conflict"), detail);
    }

    protected Conflict(String type, Message title, Message detail) {
        super(type, title, detail);
    }
}
