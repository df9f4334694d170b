package cn.govdisclosure.platform;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers 406 (as problem+json) when the request's {@code Accept} names none of the media types the
 * matched operation produces. Where several methods share a path and differ in what they produce, the
 * framework falls back to the first of them for an unmatched {@code Accept}; this check keeps that
 * fallback from answering in a type the client did not ask for.
 */
public class AcceptCheck {

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        String accept = request.getHeaderString("Accept");
        if (method == null || accept == null || accept.isBlank()) {
            return;
        }
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = resource.getResourceClass().getAnnotation(Produces.class);
        }
        if (produces == null) {
            return;
        }
        List<MediaType> offered = Arrays.stream(produces.value()).flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).map(MediaType::valueOf).toList();
        for (MediaType accepted : request.getAcceptableMediaTypes()) {
            if (offered.stream().anyMatch(accepted::isCompatible)) {
                return;
            }
        }
        throw new NotAcceptableException();
    }
}
