package cn.govdisclosure.platform;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/** Builds the responses of single resources: the body with its strong ETag, and 201/200 for creates. */
public final class Responses {

    private Responses() {
    }

    public static Response withTag(Versioned<?> resource) {
        return Response.ok(resource.view()).tag(EntityTags.of(resource.version())).build();
    }

    /** 201 with {@code Location} for a new resource; 200 with the stored one when the create was a repeat. */
    public static Response created(Creation<?> creation, URI location) {
        Response.ResponseBuilder builder = creation.created() ? Response.created(location) : Response.ok().location(location);
        return builder.entity(creation.stored().view()).tag(EntityTags.of(creation.stored().version())).build();
    }
}
