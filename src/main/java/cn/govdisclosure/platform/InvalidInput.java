package cn.govdisclosure.platform;

import java.util.List;

/**
 * The request's content breaks the rules: each rejected field with what is wrong with it. Only the first
 * {@link #MAX_ERRORS} are kept (with the count of all): a body with ten thousand bad keys must not get an answer
 * ten times its size.
 */
public final class InvalidInput extends DomainException {

    /** The most field errors one answer lists. */
    public static final int MAX_ERRORS = 100;

    private final List<Violation> errors;
    private final int errorCount;

    public InvalidInput(List<Violation> errors) {
        super(ProblemTypes.VALIDATION, Message.of("title.validation"), detail(errors));
        this.errors = List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
        this.errorCount = errors.size();
    }

    /** One field is wrong. */
    public InvalidInput(String field, String code, String key, Object... args) {
        this(List.of(Violation.of(field, code, key, args)));
    }

    /** The first {@link #MAX_ERRORS} rejected fields. */
    public List<Violation> errors() {
        return errors;
    }

    /** How many fields were rejected in all. */
    public int errorCount() {
        return errorCount;
    }

    private static Message detail(List<Violation> errors) {
        return errors.size() == 1 ? Message.of("detail.invalid.one", errors.get(0).field(), errors.get(0).message())
                : Message.of("detail.invalid.many", errors.size());
    }
}
