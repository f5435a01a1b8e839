package org.stockpile.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The OpenAPI document holds what a client generator and a linter's recommended rules need: where the API is, a
 * well-formed bearer security scheme required by every API operation, a unique operationId for each, and the
 * refusals each may answer.
 */
@QuarkusTest
class OpenApiContractTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document() {
        return RestAssured.given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().path("");
    }

    @Test
    void theServerAndTheSecuritySchemeAreDescribed() {
        Map<String, Object> document = document();
        assertFalse(((List<?>) document.getOrDefault("servers", List.of())).isEmpty(), "servers");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> schemes = (Map<String, Map<String, Object>>) ((Map<String, Object>) document
                .get("components")).get("securitySchemes");
        assertEquals(1, schemes.size(), schemes::toString);
        Map<String, Object> scheme = schemes.values().iterator().next();
        assertEquals("http", scheme.get("type"), scheme::toString);
        assertEquals("bearer", scheme.get("scheme"), scheme::toString);
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
