package cn.govdisclosure.platform;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import org.hibernate.StaleStateException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an {@code application/problem+json} response in the reader's language (see
 * {@link Languages}); no stack trace ever leaves.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Each misconfiguration is logged once: it fails every request that meets it until the operator acts. */
    private static final Set<String> REPORTED_MISCONFIGURATIONS = ConcurrentHashMap.newKeySet();

    private final AllowedMethods allowedMethods;
    private final PoolPressure poolPressure;
    private final Languages languages;

    ProblemMappers(AllowedMethods allowedMethods, PoolPressure poolPressure, Languages languages) {
        this.allowedMethods = allowedMethods;
        this.poolPressure = poolPressure;
        this.languages = languages;
    }

    /** Every refusal of the domain, each kind with its status; the one place where domain errors become HTTP. */
    @ServerExceptionMapper
    public Response domain(DomainException e, HttpHeaders headers) {
        return domain(e, locale(headers));
    }

    private Response domain(DomainException e, Locale locale) {
        if (e instanceof Unauthenticated) {
            return challenge(e.detail(), locale);
        }
        int status = status(e);
        List<Violation> errors = e instanceof InvalidInput invalid ? invalid.errors() : List.of();
        int errorCount = e instanceof InvalidInput invalid ? invalid.errorCount() : 0;
        ApiProblem problem = Problems.document(locale, e.type(), e.title(), status, e.detail(), errors, errorCount);
        if (e.extensions().isEmpty()) {
            return Problems.respond(problem, locale);
        }
        // RFC 9457 extension members follow the standard ones; empty ones are left out like empty errors
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        e.extensions().forEach((name, value) -> {
            if (value != null && !(value instanceof Collection<?> values && values.isEmpty())) {
                body.put(name, value);
            }
        });
        return Response.status(status).type(ApiProblem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag()).entity(body).build();
    }

    /** The HTTP status of each kind of domain error. */
    static int status(DomainException e) {
        if (e instanceof NotFound) {
            return 404;
        }
        if (e instanceof Conflict) {
            return 409;
        }
        if (e instanceof InvalidInput) {
            return 400;
        }
        if (e instanceof PreconditionRequired) {
            return 428;
        }
        if (e instanceof PreconditionFailed) {
            return 412;
        }
        if (e instanceof Forbidden) {
            return 403;
        }
        if (e instanceof Unauthenticated) {
            return 401;
        }
        if (e instanceof UnsupportedMediaType) {
            return 415;
        }
        if (e instanceof UnreadableContent) {
            return 422;
        }
        if (e instanceof DocumentUnavailable) {
            return 503;
        }
        throw new IllegalStateException("no status for " + e.getClass().getName());
    }

    /** A body of unannounced size that grew over its endpoint's limit while it was read. */
    @ServerExceptionMapper
    public Response bodyTooLarge(BodyTooLarge e, HttpHeaders headers) {
        return BodySizeLimit.tooLarge(e.limit(), locale(headers));
    }

    /** A body that could not be read to its end: the client's framing or connection, so one line at DEBUG. */
    @ServerExceptionMapper
    public Response unreadableBody(UnreadableBody e, HttpHeaders headers) {
        return unreadableBody(e, locale(headers));
    }

    private Response unreadableBody(UnreadableBody e, Locale locale) {
        LOG.debugf("Request body not readable: %s", e.getMessage());
        return Problems.response(locale, ProblemTypes.BAD_REQUEST, Message.of("title.bad-request"), 400,
                Message.of("detail.unreadable-body"));
    }

    /** A failure of reading the body, which a JSON reader or the framework may have wrapped. */
    private Optional<Response> bodyFailure(Throwable e, Locale locale) {
        var tooLarge = BodyTooLarge.in(e);
        if (tooLarge.isPresent()) {
            return Optional.of(BodySizeLimit.tooLarge(tooLarge.get().limit(), locale));
        }
        return UnreadableBody.in(e).map(unreadable -> unreadableBody(unreadable, locale));
    }

    /** A missing, expired or otherwise invalid token: 401 with the bearer challenge. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, HttpHeaders headers) {
        Locale locale = locale(headers);
        if (e instanceof AuthenticationFailedException failure && TokenRefusal.of(failure).isPresent()) {
            return challenge(TokenRefusal.of(failure).get().detail(), locale);
        }
        return challenge(Message.of(e instanceof AuthenticationFailedException ? "detail.token-invalid"
                : "detail.token-required"), locale);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return Problems.response(locale(headers), ProblemTypes.FORBIDDEN, Message.of("title.forbidden"), 403,
                Message.of("detail.roles-forbid"));
    }

    private static Response challenge(Message detail, Locale locale) {
        return Response.fromResponse(Problems.response(locale, ProblemTypes.UNAUTHORIZED,
                Message.of("title.unauthorized"), 401, detail)).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers) {
        return domain(new InvalidInput(ConstraintMessages.violations(e.getConstraintViolations())), locale(headers));
    }

    /** Registered for the subtypes too, so that they do not reach the framework's own JSON error mappers. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, ValueInstantiationException.class,
            JsonParseException.class})
    public Response jsonProblem(JsonProcessingException e, HttpHeaders headers) {
        return jsonProblem(e, locale(headers));
    }

    private Response jsonProblem(JsonProcessingException e, Locale locale) {
        var body = bodyFailure(e, locale);
        if (body.isPresent()) {
            return body.get();
        }
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)) {
            return Problems.response(locale, ProblemTypes.MALFORMED_JSON, Message.of("title.malformed-json"), 400,
                    e.getLocation() == null ? Message.of("detail.malformed-json")
                            : Message.of("detail.malformed-json.at", e.getLocation().getLineNr(),
                                    e.getLocation().getColumnNr()));
        }
        if (mapping instanceof UnknownFields.Refused unknown) {
            return domain(new InvalidInput(unknown.paths().stream()
                    .map(path -> Violation.of(path, "unknown-field", "field.unknown-field")).toList()), locale);
        }
        String field = jsonPath(mapping);
        Violation violation;
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            field = field.isEmpty() ? String.valueOf(unknown.getPropertyName()) : field;
            violation = Violation.of(field, "unknown-field", "field.unknown-field");
        } else if (mapping instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            violation = Violation.of(field, "unknown-value", "field.one-of",
                    Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString).toList());
        } else if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            violation = expectation(field, mismatched.getTargetType());
        } else if (mapping instanceof ValueInstantiationException && mapping.getCause() != null) {
            violation = Violation.of(field, "invalid", "field.invalid-value");
        } else {
            violation = Violation.of(field, "wrong-type", "field.wrong-type");
        }
        if (field.isEmpty()) {
            return Problems.response(locale, ProblemTypes.MALFORMED_JSON, Message.of("title.unexpected-json"), 400,
                    Message.of("detail.unexpected-json", violation.message()));
        }
        return domain(new InvalidInput(List.of(violation)), locale);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uriInfo, Request request, HttpHeaders headers) {
        Locale locale = locale(headers);
        int status = e.getResponse().getStatus();
        String allow = status == 404 || status == 405 ? allowedMethods.forPath(uriInfo.getPath()) : "";
        if (status == 404 && !allow.isEmpty() && !List.of(allow.split(", ")).contains(request.getMethod())) {
            // the path exists, only not with this method
            status = 405;
        }
        if (status >= 500) {
            return internal(e, locale);
        }
        String type = status == 404 ? ProblemTypes.NOT_FOUND
                : status == 413 ? ProblemTypes.PAYLOAD_TOO_LARGE : ProblemTypes.HTTP;
        Throwable cause = e.getCause();
        var body = bodyFailure(cause, locale);
        if (body.isPresent()) {
            return body.get();
        }
        if (cause instanceof DomainException refusal) {
            // a query parameter that QueryParameterConverters could not convert
            return domain(refusal, locale);
        }
        if (cause instanceof JsonProcessingException json) {
            return jsonProblem(json, locale);
        }
        Message detail = switch (status) {
            case 404 -> Message.of("detail.http.404");
            case 405 -> Message.of("detail.http.405");
            case 406 -> Message.of("detail.http.406");
            case 415 -> Message.of("detail.http.415");
            default -> Message.of("detail.http.other", status);
        };
        Response response = Problems.response(locale, type, Message.of("title.http." + knownStatus(status)), status,
                detail);
        if (status == 405 && !allow.isEmpty()) {
            // RFC 9110: a 405 names the methods the resource does support
            return Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
        }
        return response;
    }

    /**
     * A write that lost an optimistic-locking race. With {@code If-Match} the caller stated a precondition that
     * no longer holds: 412. Without one there was no precondition to fail, so it is a conflict: 409.
     */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(RuntimeException e, HttpHeaders headers) {
        if (headers.getHeaderString(HttpHeaders.IF_MATCH) != null) {
            return Problems.response(locale(headers), ProblemTypes.PRECONDITION_FAILED,
                    Message.of("title.modified-concurrently"), 412, Message.of("detail.modified-concurrently"));
        }
        return domain(ConcurrentWrites.conflict(), locale(headers));
    }

    /** Two requests raced to create the same record; the loser learns that it now exists. */
    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e, HttpHeaders headers) {
        return Problems.response(locale(headers), ProblemTypes.CONFLICT, Message.of("title.conflict"), 409,
                Message.of("detail.created-concurrently"));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, HttpHeaders headers) {
        Locale locale = locale(headers);
        var body = bodyFailure(e, locale);
        if (body.isPresent()) {
            return body.get();
        }
        var misconfiguration = misconfiguration(e);
        if (misconfiguration.isPresent()) {
            if (REPORTED_MISCONFIGURATIONS.add(misconfiguration.get().getMessage())) {
                LOG.errorf("The service is misconfigured, answering 503: %s", misconfiguration.get().getMessage());
            }
            return Problems.response(locale, ProblemTypes.MISCONFIGURED, Message.of("title.misconfigured"), 503,
                    Message.of("detail.misconfigured"));
        }
        if (DatabaseOutage.overloadCause(e).isPresent()) {
            poolPressure.exhausted();
            return DatabaseOutage.overloadedResponse(locale);
        }
        var outage = DatabaseOutage.cause(e);
        if (outage.isPresent()) {
            LOG.warnf("Database unreachable, answering 503: %s", outage.get());
            return DatabaseOutage.response(locale);
        }
        return internal(e, locale);
    }

    /** A misconfiguration found anywhere in the cause chain (a converter's failure arrives wrapped). */
    private static Optional<MisconfiguredService> misconfiguration(Throwable failure) {
        return Causes.of(failure).stream().filter(MisconfiguredService.class::isInstance)
                .map(MisconfiguredService.class::cast).findFirst();
    }

    private Response internal(Throwable e, Locale locale) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return Problems.response(locale, ProblemTypes.INTERNAL, Message.of("title.internal"), 500,
                Message.of("detail.internal", incident));
    }

    private Locale locale(HttpHeaders headers) {
        return languages.choose(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /** The statuses with a title of their own in the bundle; any other 4xx is titled as a bad request. */
    private static int knownStatus(int status) {
        return List.of(400, 401, 403, 404, 405, 406, 409, 411, 412, 413, 414, 415, 428, 431).contains(status)
                ? status : 400;
    }

    static String fieldName(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder name = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null && name.length() > 0) {
                    name.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    name.append(name.length() > 0 ? "." : "").append(node.getName());
                }
            }
        }
        // a violation on a bean property is named by its JSON path; one on a query parameter by the parameter
        if (name.length() > 0) {
            return name.toString();
        }
        return parameter == null ? "request" : parameter;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Violation expectation(String field, Class<?> target) {
        if (target == LocalDate.class) {
            return Violation.of(field, "invalid-format", "field.date-only");
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return Violation.of(field, "wrong-type", "field.whole-number");
        }
        if (target == java.math.BigDecimal.class) {
            return Violation.of(field, "wrong-type", "field.money");
        }
        if (target == String.class) {
            return Violation.of(field, "wrong-type", "field.string");
        }
        if (target == Boolean.class || target == boolean.class) {
            return Violation.of(field, "wrong-type", "field.boolean");
        }
        if (List.class.isAssignableFrom(target)) {
            return Violation.of(field, "wrong-type", "field.array");
        }
        return Violation.of(field, "wrong-type", "field.object");
    }
}
