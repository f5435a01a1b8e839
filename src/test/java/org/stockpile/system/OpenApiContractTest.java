package org.stockpile.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.junit.jupiter.api.Test;
import org.openapitools.openapistylevalidator.OpenApiSpecStyleValidator;
import org.openapitools.openapistylevalidator.ValidatorParameters;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The OpenAPI document holds what a client generator and a linter's recommended rules need: it is valid OpenAPI, says
 * where the API is, requires a well-formed bearer security scheme on every API operation, gives each a unique
 * operationId, an answer 2xx with its schema and the refusals it may answer, and passes a standard style linter.
 * That the answers themselves match it is checked on every answer of every test ({@code AnswersMatchTheDocument}).
 */
@QuarkusTest
class OpenApiContractTest {

    private static String json() {
        return RestAssured.given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
    }

    private static Map<String, Object> document() {
        return JsonPath.from(json()).getMap("");
    }

    @Test
    void theDocumentIsValidOpenApi() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json(), null, options);
        assertNotNull(parsed.getOpenAPI(), () -> "not read as OpenAPI: " + parsed.getMessages());
        assertEquals(List.of(), parsed.getMessages());
    }

    /**
     * OpenAPITools' style validator, with its rules on except those that ask for prose on every operation and
     * property (descriptions, examples: the guides and the README's examples carry them), and for a contact and a
     * licence (a deployment's own, set in configuration). Headers follow HTTP's own style (Idempotency-Key), and a
     * file name's extension (label.png) is not a word of the path.
     */
    @Test
    void theStyleLinterFindsNothing() {
        byte[] document = json().getBytes(StandardCharsets.UTF_8);
        OpenAPI model = SmallRyeOpenAPI.builder().withCustomStaticFile(() -> new ByteArrayInputStream(document))
                .enableModelReader(false).enableStandardFilter(false).enableAnnotationScan(false)
                .enableStandardStaticFiles(false).build().model();
        assertFalse(model.getPaths().getPathItems().isEmpty(), "the document's paths were read");
        ValidatorParameters rules = new ValidatorParameters().setValidateInfoContact(false)
                .setValidateInfoLicense(false).setValidateOperationDescription(false)
                .setValidateModelPropertiesDescription(false).setValidateModelPropertiesExample(false)
                .setHeaderNamingConvention(ValidatorParameters.NamingConvention.HyphenUpperCase);
        List<String> errors = new OpenApiSpecStyleValidator(model).validate(rules).stream().map(Object::toString)
                .filter(error -> !error.matches("(?s).*in path \\S+\\.(png|svg) .*should be in hyphen-case.*"))
                .toList();
        assertEquals(List.of(), errors, errors.size() + " errors");
    }

    @Test
    void theServerTheSecuritySchemeAndEveryTagAreDescribed() {
        Map<String, Object> document = document();
        assertFalse(((List<?>) document.getOrDefault("servers", List.of())).isEmpty(), "servers");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> schemes = (Map<String, Map<String, Object>>) ((Map<String, Object>) document
                .get("components")).get("securitySchemes");
        assertEquals(1, schemes.size(), schemes::toString);
        Map<String, Object> scheme = schemes.values().iterator().next();
        assertEquals("http", scheme.get("type"), scheme::toString);
        assertEquals("bearer", scheme.get("scheme"), scheme::toString);
        List<?> tags = (List<?>) document.get("tags");
        assertFalse(tags.isEmpty(), "tags");
        tags.forEach(tag -> assertNotNull(((Map<?, ?>) tag).get("description"), () -> "no description: " + tag));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyApiOperationHasAnIdASecurityRequirementAndItsRefusals() {
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) document()
                .get("paths");
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                if (!Set.of("get", "post", "put", "delete", "patch").contains(operation.getKey())) {
                    continue;
                }
                operations++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> described = operation.getValue();
                Object id = described.get("operationId");
                if (id == null || !ids.add(id.toString())) {
                    problems.add(name + ": no operationId, or one already used (" + id + ")");
                }
                if (((List<?>) described.getOrDefault("security", List.of())).isEmpty()) {
                    problems.add(name + ": no security requirement");
                }
                Map<String, Object> responses = (Map<String, Object>) described.getOrDefault("responses", Map.of());
                if (responses.keySet().stream().noneMatch(status -> status.startsWith("4"))) {
                    problems.add(name + ": no 4xx answer");
                }
                if (responses.keySet().stream().noneMatch(status -> status.startsWith("2"))) {
                    problems.add(name + ": no 2xx answer");
                }
                responses.forEach((status, answer) -> {
                    Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) answer).get("content");
                    if (status.startsWith("2") && (content == null || content.values().stream().anyMatch(media ->
                            ((Map<String, Object>) ((Map<String, Object>) media).getOrDefault("schema", Map.of()))
                                    .isEmpty()))) {
                        problems.add(name + ": answer " + status + " has no schema");
                    }
                });
            }
        }
        assertTrue(operations > 50, "the API's operations were found: " + operations);
        assertEquals(List.of(), problems, problems.size() + " problems");
    }
}
