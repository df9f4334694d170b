package cn.govdisclosure.platform;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

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

/** Turns every failure into an {@code application/problem+json} response; no stack trace ever leaves. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Each misconfiguration is logged once: it fails every request that meets it until the operator acts. */
    private static final Set<String> REPORTED_MISCONFIGURATIONS = ConcurrentHashMap.newKeySet();

    private final AllowedMethods allowedMethods;
    private final PoolPressure poolPressure;

    ProblemMappers(AllowedMethods allowedMethods, PoolPressure poolPressure) {
        this.allowedMethods = allowedMethods;
        this.poolPressure = poolPressure;
    }

    /** Every refusal of the domain, each kind with its status; the one place where domain errors become HTTP. */
    @ServerExceptionMapper
    public Response domain(DomainException e) {
        if (e instanceof Unauthenticated) {
            return challenge(e.detail());
        }
        int status = status(e);
        List<FieldError> errors = e instanceof InvalidInput invalid ? invalid.errors() : List.of();
        ApiProblem problem = new ApiProblem(e.type(), e.title(), status, e.detail(), errors);
        if (e.extensions().isEmpty()) {
            return respond(problem);
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
        return Response.status(status).type(ApiProblem.MEDIA_TYPE).entity(body).build();
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
        throw new IllegalStateException("no status for " + e.getClass().getName());
    }

    /** A missing, expired or otherwise invalid token: 401 with the bearer challenge. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return challenge(e instanceof AuthenticationFailedException
                ? "The bearer token is not valid (expired, wrongly signed or from another issuer)"
                : "This needs a bearer token");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(new ApiProblem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                "Your roles do not allow this", List.of()));
    }

    private static Response challenge(String detail) {
        return Response.status(401).type(ApiProblem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(new ApiProblem(ProblemTypes.UNAUTHORIZED, "Authentication required", 401, detail, List.of()))
                .build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return domain(new InvalidInput(errors));
    }

    /** Registered for the subtypes too, so that they do not reach the framework's own JSON error mappers. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, ValueInstantiationException.class,
            JsonParseException.class})
    public Response jsonProblem(JsonProcessingException e) {
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)) {
            return respond(new ApiProblem(ProblemTypes.MALFORMED_JSON, "Malformed JSON", 400,
                    "The request body is not well-formed JSON" + location(e), List.of()));
        }
        String field = jsonPath(mapping);
        String message;
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            field = field.isEmpty() ? String.valueOf(unknown.getPropertyName()) : field;
            message = "is not a field of this resource (it is unknown or set by the server)";
        } else if (mapping instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        } else if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            message = expectation(mismatched.getTargetType());
        } else if (mapping instanceof ValueInstantiationException && mapping.getCause() != null) {
            message = String.valueOf(mapping.getCause().getMessage());
        } else {
            message = "has a value of the wrong type";
        }
        if (field.isEmpty()) {
            return respond(new ApiProblem(ProblemTypes.MALFORMED_JSON, "Unexpected JSON", 400,
                    "The request body does not have the expected shape: " + message, List.of()));
        }
        return domain(new InvalidInput(field, message));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uriInfo, Request request) {
        int status = e.getResponse().getStatus();
        String allow = status == 404 || status == 405 ? allowedMethods.forPath(uriInfo.getPath()) : "";
        if (status == 404 && !allow.isEmpty() && !List.of(allow.split(", ")).contains(request.getMethod())) {
            // the path exists, only not with this method
            status = 405;
        }
        if (status >= 500) {
            return internal(e);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "HTTP error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String type = status == 404 ? ProblemTypes.NOT_FOUND
                : status == 413 ? ProblemTypes.PAYLOAD_TOO_LARGE : ProblemTypes.HTTP;
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return jsonProblem(json);
        }
        String detail = switch (status) {
            case 404 -> "No resource at this address";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "None of the requested media types can be produced";
            case 415 -> "The request body's media type is not supported; send application/json";
            default -> e.getMessage();
        };
        Response response = respond(new ApiProblem(type, title, status, detail, List.of()));
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
            return respond(new ApiProblem(ProblemTypes.PRECONDITION_FAILED, "Modified concurrently", 412,
                    "The resource was changed by another request; read it again and retry", List.of()));
        }
        return domain(ConcurrentWrites.conflict());
    }

    /** Two requests raced to create the same record; the loser learns that it now exists. */
    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e) {
        return respond(new ApiProblem(ProblemTypes.CONFLICT, "Conflict with the current state", 409,
                "The record was created or changed by a concurrent request; read it and retry if needed", List.of()));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        var misconfiguration = misconfiguration(e);
        if (misconfiguration.isPresent()) {
            if (REPORTED_MISCONFIGURATIONS.add(misconfiguration.get().getMessage())) {
                LOG.errorf("The service is misconfigured, answering 503: %s", misconfiguration.get().getMessage());
            }
            return respond(new ApiProblem(ProblemTypes.MISCONFIGURED, "Service misconfigured", 503,
                    "The service cannot answer this request until its operator corrects its settings", List.of()));
        }
        if (DatabaseOutage.overloadCause(e).isPresent()) {
            poolPressure.exhausted();
            return DatabaseOutage.overloadedResponse();
        }
        var outage = DatabaseOutage.cause(e);
        if (outage.isPresent()) {
            LOG.warnf("Database unreachable, answering 503: %s", outage.get());
            return DatabaseOutage.response();
        }
        return internal(e);
    }

    /** A misconfiguration found anywhere in the cause chain (a converter's failure arrives wrapped). */
    private static Optional<MisconfiguredService> misconfiguration(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof MisconfiguredService misconfigured) {
                return Optional.of(misconfigured);
            }
        }
        return Optional.empty();
    }

    private Response internal(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(new ApiProblem(ProblemTypes.INTERNAL, "Internal error", 500,
                "The request could not be completed; incident " + incident, List.of()));
    }

    static Response respond(ApiProblem problem) {
        return Response.status(problem.status()).type(ApiProblem.MEDIA_TYPE).entity(problem).build();
    }

    private static String fieldName(ConstraintViolation<?> violation) {
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

    private static String expectation(Class<?> target) {
        if (target == LocalDate.class) {
            return "must be a date in the form 2020-03-15";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "must be a whole number";
        }
        if (target == java.math.BigDecimal.class) {
            return "must be a decimal number";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (List.class.isAssignableFrom(target)) {
            return "must be an array";
        }
        return "must be an object";
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }
}
