package cn.govdisclosure.platform;

import java.util.List;

/** The request's content breaks the rules: each rejected field with what is wrong with it. */
public final class InvalidInput extends DomainException {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(ProblemTypes.VALIDATION, "The request is not valid", detail(errors));
        this.errors = List.copyOf(errors);
    }

    /** One field is wrong. */
    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String detail(List<FieldError> errors) {
        return errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are not valid";
    }
}
