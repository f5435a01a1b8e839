package org.stockpile.system.problem;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Says in the OpenAPI document, once for every API operation, what every refusal looks like: each answer 4xx listed
 * is problem details (RFC 9457), every operation may refuse an anonymous caller (401) and a role it does not serve
 * (403), and any other refusal or failure (404 for a record out of scope, 413, 503…) is problem details too. The
 * resources describe only the answers particular to them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DocumentedRefusals implements OASFilter {

    private static final Map<String, String> EVERY_OPERATION = Map.of(
            "401", "Not signed in, or the token is not valid",
            "403", "The caller's roles do not allow this operation");

    @Override
    public void filterOpenAPI(OpenAPI document) {
        document.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(DocumentedRefusals::describeRefusals);
            }
        });
    }

    private static void describeRefusals(Operation operation) {
        APIResponses responses = operation.getResponses();
        EVERY_OPERATION.forEach((status, description) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
        });
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") && response.getContent() == null) {
                response.content(problem());
            }
        });
        APIResponse other = OASFactory.createAPIResponse()
                .description("Any other refusal or failure, such as a record that does not exist or is out of the "
                        + "caller's scope (404)")
                .content(problem());
        responses.defaultValue(other);
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }
}
