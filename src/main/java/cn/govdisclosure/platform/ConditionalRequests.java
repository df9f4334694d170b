package cn.govdisclosure.platform;

import java.util.Date;
import java.util.List;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional reads for every resource with a validator (RFC 9110 §13): a GET or HEAD answered 200 with an
 * {@code ETag} becomes 304 Not Modified without a body when {@code If-None-Match} names that tag (weak
 * comparison), or, without {@code If-None-Match}, when {@code If-Modified-Since} is not before its
 * {@code Last-Modified}. The 304 keeps the validators and the caching headers. Responses of the API that do not
 * say how they may be cached get {@code Cache-Control: private, no-store}.
 */
public class ConditionalRequests {

    private static final List<String> DROPPED_ON_304 = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH,
            "Content-Disposition", "Content-Security-Policy");

    @ServerResponseFilter
    public void apply(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (request.getUriInfo().getPath().startsWith("/api/") && !headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, CachePolicy.privateNoStore());
        }
        String method = request.getMethod();
        if (response.getStatus() != 200 || !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))) {
            return;
        }
        if (notModified(request, response)) {
            response.setStatus(304);
            response.setEntity(null);
            DROPPED_ON_304.forEach(headers::remove);
        }
    }

    static boolean notModified(ContainerRequestContext request, ContainerResponseContext response) {
        EntityTag tag = response.getEntityTag();
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && !ifNoneMatch.isBlank()) {
            return tag != null && matches(ifNoneMatch, "\"" + tag.getValue() + "\"");
        }
        Date lastModified = response.getLastModified();
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (lastModified == null || ifModifiedSince == null) {
            return false;
        }
        Date since = parseDate(ifModifiedSince);
        // HTTP dates have whole seconds
        return since != null && lastModified.getTime() / 1000 <= since.getTime() / 1000;
    }

    /** Whether an {@code If-None-Match} value names the tag, compared weakly (RFC 9110 §8.8.3.2), or is {@code *}. */
    public static boolean matches(String ifNoneMatch, String tag) {
        String opaque = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.strip();
            if (value.equals("*") || opaque(value).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        String value = tag.strip();
        return value.startsWith("W/") ? value.substring(2) : value;
    }

    private static Date parseDate(String value) {
        try {
            return Date.from(java.time.ZonedDateTime.parse(value.strip(),
                    java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (java.time.format.DateTimeParseException e) {
            return null; // an invalid date is ignored (RFC 9110 §13.1.3)
        }
    }
}
