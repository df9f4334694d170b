package cn.govdisclosure.federation;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The part of another instance's API a pull reads (REST client, built per source with its base URL). Every call
 * answers the raw response: the pull reads its status, entity tag and body itself, so that a 304, a 5xx or a body that
 * is not the expected JSON each become a reason of their own.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface RemoteApi {

    @GET
    @Path("/agencies/{code}")
    Response agency(@PathParam("code") String code, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    @GET
    @Path("/agencies")
    Response children(@QueryParam("parent") String parent, @QueryParam("page") int page, @QueryParam("size") int size,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    @GET
    @Path("/agencies/{code}/reports")
    Response reports(@PathParam("code") String code, @QueryParam("page") int page, @QueryParam("size") int size,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    @GET
    @Path("/reports/{id}/revisions/{revision}")
    Response revision(@PathParam("id") long id, @PathParam("revision") int revision,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    @GET
    @Path("/statistics/{year}")
    Response statistics(@PathParam("year") int year, @QueryParam("under") String under,
            @QueryParam("updatedSince") String updatedSince,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);
}
