package cn.govdisclosure.platform;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Writes problem answers in the reader's language: every text of the document comes from the message bundle. */
public final class Problems {

    private Problems() {
    }

    /** A problem without field errors. */
    public static Response response(Locale locale, String type, Message title, int status, Message detail) {
        return response(locale, type, title, status, detail, List.of(), 0);
    }

    /** A problem with the first field errors and the count of all. */
    public static Response response(Locale locale, String type, Message title, int status, Message detail,
            List<Violation> errors, int errorCount) {
        return respond(document(locale, type, title, status, detail, errors, errorCount), locale);
    }

    static ApiProblem document(Locale locale, String type, Message title, int status, Message detail,
            List<Violation> errors, int errorCount) {
        List<FieldError> fields = errors.stream()
                .map(error -> new FieldError(error.field(), error.code(), Messages.text(error.message(), locale)))
                .toList();
        return new ApiProblem(type, Messages.text(title, locale), status, Messages.text(detail, locale), fields,
                errors.isEmpty() ? null : errorCount);
    }

    static Response respond(ApiProblem problem, Locale locale) {
        return Response.status(problem.status()).type(ApiProblem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag()).entity(problem).build();
    }
}
