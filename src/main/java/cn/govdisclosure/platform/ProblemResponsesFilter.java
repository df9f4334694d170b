package cn.govdisclosure.platform;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives every documented error response of every operation the problem+json body, and documents the
 * 500 and 503 problems each operation can answer, so resources only name their error statuses.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addResponse(SERVICE_UNAVAILABLE, OASFactory.createAPIResponse()
                .description("The database is unreachable; retry after the seconds given in Retry-After")
                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)))
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

    /** Whether a response names a problem document of its own (an extension of Problem, such as WorkflowProblem). */
    private static boolean declaresProblem(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaType(ApiProblem.MEDIA_TYPE) == null) {
            return false;
        }
        var schema = response.getContent().getMediaType(ApiProblem.MEDIA_TYPE).getSchema();
        return schema != null && schema.getRef() != null && schema.getRef().endsWith("Problem");
    }
}
