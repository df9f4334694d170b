package cn.govdisclosure.platform;

import java.util.List;

/**
 * A request that cannot be carried out, with everything needed to describe it as problem+json.
 * Services throw it; {@link ProblemMappers} turns it into the response.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<ApiProblem.FieldError> errors;

    public ApiException(int status, String type, String title, String detail, List<ApiProblem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, ProblemTypes.NOT_FOUND, "Resource not found", detail, List.of());
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(401, ProblemTypes.UNAUTHORIZED, "Authentication required", detail, List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, ProblemTypes.CONFLICT, "Conflict with the current state", detail, List.of());
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new ApiProblem.FieldError(field, message)));
    }

    public static ApiException invalid(List<ApiProblem.FieldError> errors) {
        return new ApiException(400, ProblemTypes.VALIDATION, "The request is not valid",
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are not valid",
                errors);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, ProblemTypes.BAD_REQUEST, "Bad request", detail, List.of());
    }

    public int status() {
        return status;
    }

    public ApiProblem toProblem() {
        return new ApiProblem(type, title, status, getMessage(), errors);
    }
}
