package cn.govdisclosure.platform;

/** The caller is known but may not do this: a role it lacks, or an agency it does not act for. */
public final class Forbidden extends DomainException {

    public Forbidden(Message detail) {
        super(ProblemTypes.FORBIDDEN, Message.of("title.forbidden"), detail);
    }
}
