package cn.govdisclosure.platform;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Gives every documented error response of every operation the problem+json body, and documents the
 * 500 and 503 problems each operation can answer, so resources only name their error statuses. Also documents, once
 * for all, what conditional writes share: every operation taking {@code If-Match} answers 412 and 428 and returns the
 * new {@code ETag}; and the headers clients read: {@code Location} on every 201 and 202, {@code Retry-After} on
 * every 503. A resource method declares the {@code ETag} of a read with {@code @Header(name = "ETag", ref = "ETag")}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
    private static final String IF_MATCH = "If-Match";
    private static final String ETAG = "ETag";
    private static final String LOCATION = "Location";
    private static final String RETRY_AFTER = "Retry-After";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        addHeaders(openAPI);
        openAPI.getComponents().addResponse(SERVICE_UNAVAILABLE, OASFactory.createAPIResponse()
                .description("The database is unreachable; retry after the seconds given in Retry-After")
                .addHeader(RETRY_AFTER, headerRef(RETRY_AFTER))
                .content(OASFactory.createContent().addMediaType(ApiProblem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() == null) {
                continue;
            }
            item.getOperations().values().forEach(operation -> {
                if (operation.getResponses() == null) {
                    return;
                }
                if (takesIfMatch(operation)) {
                    conditionalWrite(operation);
                }
                declareHeaders(operation.getResponses().getAPIResponses());
                if (operation.getResponses().getAPIResponse("500") == null) {
                    operation.getResponses().addAPIResponse("500",
                            OASFactory.createAPIResponse().description("Unexpected failure (no details are disclosed)"));
                }
                if (operation.getResponses().getAPIResponse("503") == null) {
                    operation.getResponses().addAPIResponse("503",
                            OASFactory.createAPIResponse().ref(SERVICE_UNAVAILABLE));
                }
                for (Map.Entry<String, APIResponse> entry : operation.getResponses().getAPIResponses().entrySet()) {
                    if (entry.getValue().getRef() != null || declaresProblem(entry.getValue())) {
                        continue;
                    }
                    if (entry.getKey().startsWith("4") || entry.getKey().startsWith("5")) {
                        entry.getValue().setContent(OASFactory.createContent().addMediaType(ApiProblem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(
                                        OASFactory.createSchema().ref("#/components/schemas/Problem"))));
                    }
                }
            });
        }
    }

    private static void addHeaders(OpenAPI openAPI) {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        openAPI.getComponents()
                .addHeader(ETAG, OASFactory.createHeader().description("The strong entity tag of this version of "
                        + "the resource: send it in If-Match to change it, or in If-None-Match to revalidate it")
                        .schema(text))
                .addHeader(LOCATION, OASFactory.createHeader().description("The address of the resource created "
                        + "(or, for 202, of the job that reports on it)").schema(OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING).format("uri-reference")))
                .addHeader(RETRY_AFTER, OASFactory.createHeader().description("Seconds to wait before retrying")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref(name);
    }

    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.HEADER
                        && IF_MATCH.equalsIgnoreCase(parameter.getName()));
    }

    /**
     * A write under optimistic concurrency: the If-Match parameter explained, 412 and 428 unless the operation says more,
     * and the new ETag on its success.
     */
    private static void conditionalWrite(Operation operation) {
        operation.getParameters().stream().filter(parameter -> IF_MATCH.equalsIgnoreCase(parameter.getName()))
                .filter(parameter -> parameter.getDescription() == null)
                .forEach(parameter -> parameter.description("The ETag of the resource as last read (`\"3\"`)"));
        APIResponses responses = operation.getResponses();
        if (responses.getAPIResponse("412") == null) {
            responses.addAPIResponse("412", OASFactory.createAPIResponse().description("The resource changed since "
                    + "the version If-Match names: read it again"));
        }
        if (responses.getAPIResponse("428") == null) {
            responses.addAPIResponse("428", OASFactory.createAPIResponse().description("If-Match is missing"));
        }
        for (String success : new String[] {"200", "201"}) {
            APIResponse response = responses.getAPIResponse(success);
            if (response != null && (response.getHeaders() == null || !response.getHeaders().containsKey(ETAG))) {
                response.addHeader(ETAG, headerRef(ETAG));
            }
        }
    }

    /** Location on every 201 and 202, Retry-After on every 503 that does not refer to the shared one. */
    private static void declareHeaders(Map<String, APIResponse> responses) {
        responses.forEach((status, response) -> {
            String header = switch (status) {
                case "201", "202" -> LOCATION;
                case "503" -> RETRY_AFTER;
                default -> null;
            };
            if (header != null && response.getRef() == null
                    && (response.getHeaders() == null || !response.getHeaders().containsKey(header))) {
                response.addHeader(header, headerRef(header));
            }
        });
    }

    /** Whether a response names a problem document of its own (an extension of Problem, such as WorkflowProblem). */
    private static boolean declaresProblem(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaType(ApiProblem.MEDIA_TYPE) == null) {
            return false;
        }
        var schema = response.getContent().getMediaType(ApiProblem.MEDIA_TYPE).getSchema();
        return schema != null && schema.getRef() != null && schema.getRef().endsWith("Problem");
    }
}
