package org.stockpile.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;

/**
 * Bad input gets a clear answer and changes nothing. Every mutating operation of the OpenAPI document is sent a
 * corpus of bad requests — malformed JSON, wrong types, missing and extra fields, huge strings and arrays, deep
 * nesting, invalid Unicode, negative quantities, SQL and HTML injection strings, oversize bodies, wrong content
 * types — as a national administrator, so that nothing stops them before parsing and validation. Every answer must
 * be a 4xx problem+json, and the database must be as it was.
 */
@QuarkusTest
class HostileInputTest {

    private static final String INJECTION_SQL = "'; drop table weapon; --";
    private static final String INJECTION_HTML = "<script>alert('x')</script>";

    @Inject
    DataSource dataSource;

    private record Case(String name, String contentType, byte[] body) {
        static Case json(String name, String body) {
            return new Case(name, "application/json", body.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyMutatingOperationAnswersBadInputWith4xxProblemAndChangesNothing() throws SQLException {
        Map<String, String> before = contents();
        Map<String, Object> openApi = RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) openApi.get("paths");
        int tried = 0;
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (String method : List.of("post", "put")) {
                if (!path.getValue().containsKey(method) || !path.getKey().startsWith("/api/")) {
                    continue;
                }
                String url = url(path.getKey());
                for (Case hostile : corpus(schemaProperties(openApi, path.getValue().get(method)))) {
                    Response answer = RestAssured.given()
                            .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                                    .encodeContentTypeAs(hostile.contentType(), io.restassured.http.ContentType.BINARY)))
                            .auth().oauth2(Api.token(Api.ADMIN)).header("Idempotency-Key", UUID.randomUUID().toString())
                            .contentType(hostile.contentType()).accept("application/json").body(hostile.body())
                            .request(method.toUpperCase(), url);
                    tried++;
                    int status = answer.statusCode();
                    String type = String.valueOf(answer.contentType());
                    if (status < 400 || status >= 500 || !type.startsWith("application/problem+json")) {
                        failures.add(method.toUpperCase() + " " + url + " [" + hostile.name() + "] → " + status + " "
                                + type + " " + answer.asString().substring(0, Math.min(200, answer.asString().length())));
                    }
                }
            }
        }
        System.out.printf("Hostile input: %d requests to %d operations, %d answers that were not 4xx problem+json%n",
                tried, tried / corpusSize(), failures.size());
        assertTrue(tried > 0, "the OpenAPI document lists mutating operations");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(before, contents(), "the database changed");
        Api.as(Api.ADMIN).get("/api/custody/ledger/verification").then().statusCode(200)
                .body("intact", org.hamcrest.Matchers.equalTo(true))
                .body("eventsChecked", org.hamcrest.Matchers.greaterThan(0));
    }

    /**
     * A text field holding a character that cannot be stored (NUL, which PostgreSQL refuses; another control
     * character; half of a surrogate pair) is refused as malformed, naming the field, whatever the operation and
     * whatever else the request carries: it never reaches the database.
     */
    @Test
    void everyTextFieldRefusesCharactersThatCannotBeStoredNamingTheField() throws SQLException {
        Map<String, String> before = contents();
        Map<String, Object> openApi = RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) openApi.get("paths");
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (String method : List.of("post", "put")) {
                if (!path.getValue().containsKey(method) || !path.getKey().startsWith("/api/")) {
                    continue;
                }
                String url = url(path.getKey());
                Map<String, String> properties = schemaProperties(openApi, path.getValue().get(method));
                for (Map.Entry<String, String> property : properties.entrySet()) {
                    if (!Set.of("string", "array").contains(property.getValue())) {
                        continue;
                    }
                    for (String bad : List.of("ok\\u0000", "ok\\u0007", "ok\\ud800")) {
                        String value = "\"" + bad + "\"";
                        String body = "{\"" + property.getKey() + "\": "
                                + ("array".equals(property.getValue()) ? "[" + value + "]" : value) + "}";
                        Response answer = RestAssured.given().auth().oauth2(Api.token(Api.ADMIN))
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .contentType("application/json").accept("*/*").body(body)
                                .request(method.toUpperCase(), url);
                        tried++;
                        String field = answer.contentType().startsWith("application/problem+json")
                                ? answer.path("field") : null;
                        if (answer.statusCode() != 400 || field == null || !field.startsWith(property.getKey())) {
                            failures.add(method.toUpperCase() + " " + url + " " + body + " → " + answer.statusCode()
                                    + " field " + field);
                        }
                    }
                }
            }
        }
        System.out.printf("Unstorable characters: %d requests, %d not refused as malformed naming the field%n", tried,
                failures.size());
        failures.forEach(System.out::println);
        assertTrue(tried > 100, "text fields were found in the OpenAPI document: " + tried);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(before, contents(), "the database changed");
    }

    @Test
    void injectionTextInAValidRequestIsStoredAsTextAndRunsNothing() throws SQLException {
        String name = INJECTION_SQL + " " + INJECTION_HTML;
        int id = Api.as(Api.ADMIN).body(Map.of("code", "INJ", "name", name)).post("/api/regions").then()
                .statusCode(201).extract().path("id");
        Api.as(Api.ADMIN).get("/api/regions/" + id).then().body("name", org.hamcrest.Matchers.equalTo(name));
        assertTrue(contents().get("weapon").matches("[1-9]\\d* rows, .*"), "the weapon table is still there");
    }

    private static String url(String template) {
        return template.replace("{operation}", "issue").replaceAll("\\{[^}]*[iI]d}", "1")
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private static int corpusSize() {
        return corpus(Map.of()).size();
    }

    /** The bad requests sent to an operation whose body has the given properties (name → JSON type). */
    private static List<Case> corpus(Map<String, String> properties) {
        List<Case> cases = new ArrayList<>();
        cases.add(Case.json("truncated object", "{\"name\": "));
        cases.add(Case.json("bare word", "nul"));
        cases.add(Case.json("trailing garbage", "{}}"));
        cases.add(Case.json("empty body", ""));
        cases.add(Case.json("array instead of object", "[]"));
        cases.add(Case.json("string instead of object", "\"a string\""));
        cases.add(Case.json("number instead of object", "42"));
        cases.add(Case.json("null body", "null"));
        cases.add(Case.json("unknown field only", "{\"unexpected\": 1}"));
        cases.add(Case.json("NaN", "{\"quantity\": NaN}"));
        cases.add(Case.json("deep nesting", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000)));
        cases.add(Case.json("huge string", "{\"name\": \"" + "x".repeat(900_000) + "\"}"));
        cases.add(Case.json("huge array", "{\"weaponTags\": [" + "\"W0000000\",".repeat(90_000) + "\"W0000000\"]}"));
        cases.add(Case.json("lone surrogate", "{\"name\": \"\\ud800\"}"));
        cases.add(new Case("invalid UTF-8", "application/json", new byte[] { '{', '"', 'n', '"', ':', '"', (byte) 0xC3,
                (byte) 0x28, '"', '}' }));
        cases.add(Case.json("oversize", "{\"name\": \"" + "y".repeat(2 * 1024 * 1024) + "\"}"));
        cases.add(new Case("plain text", "text/plain", "name=x".getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("xml", "application/xml", "<weapon/>".getBytes(StandardCharsets.UTF_8)));
        for (String injection : List.of(INJECTION_SQL, INJECTION_HTML)) {
            cases.add(Case.json("injection " + injection, body(properties, injection)));
        }
        cases.add(Case.json("wrong types everywhere", wrongTypes(properties)));
        cases.add(Case.json("values out of every range", "{\"yearOfManufacture\": 2147483648, \"yearOfImport\": "
                + "99999999999, \"manufactureDate\": \"+999999999-12-31\", \"expiryDate\": \"-999999999-01-01\", "
                + "\"deviceTime\": \"+300000-01-01T00:00:00Z\", \"quantity\": 1e400, \"maxNeqKg\": 1e400, "
                + "\"latitude\": 1e400, \"version\": 1e400}"));
        cases.add(Case.json("numbers as strings and fractions", "{\"yearOfManufacture\": \"1990\", "
                + "\"quantity\": 1.99, \"version\": \"0\", \"deviceTime\": 1e400}"));
        cases.add(Case.json("negative quantities", "{\"siteCode\": \"EXS-BKO-01\", \"reference\": \"R\", "
                + "\"lines\": [{\"lotTag\": \"A0000010\", \"quantity\": -5}], \"quantity\": -5, \"maxNeqKg\": -1}"));
        return cases;
    }

    /**
     * Every property set to {@code text} (arrays of it), and last a {@code version} holding it too, which is not a
     * number: the request is bad whatever else it carries, so nothing it holds may be written.
     */
    private static String body(Map<String, String> properties, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        properties.forEach((name, type) -> body.put(name, "array".equals(type) ? List.of(text) : text));
        body.put("version", text);
        return json(body);
    }

    private static String wrongTypes(Map<String, String> properties) {
        Map<String, Object> body = new LinkedHashMap<>();
        properties.forEach((name, type) -> body.put(name, "string".equals(type) ? List.of(1, 2) : "not a " + type));
        return json(body);
    }

    private static String json(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The top-level properties of an operation's JSON request body, from the OpenAPI schema. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> schemaProperties(Map<String, Object> openApi, Object operation) {
        Map<String, String> properties = new LinkedHashMap<>();
        Object content = ((Map<String, Object>) operation).get("requestBody");
        if (content == null) {
            return properties;
        }
        Map<String, Object> media = (Map<String, Object>) ((Map<String, Object>) content).get("content");
        Map<String, Object> jsonMedia = media == null ? null : (Map<String, Object>) media.get("application/json");
        Map<String, Object> schema = jsonMedia == null ? null : (Map<String, Object>) jsonMedia.get("schema");
        if (schema == null) {
            return properties;
        }
        if (schema.containsKey("$ref")) {
            String name = ((String) schema.get("$ref")).substring("#/components/schemas/".length());
            schema = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) openApi.get("components"))
                    .get("schemas")).get(name);
        }
        Map<String, Map<String, Object>> props = (Map<String, Map<String, Object>>) schema.get("properties");
        if (props != null) {
            props.forEach((name, property) -> properties.put(name, String.valueOf(property.getOrDefault("type",
                    "object"))));
        }
        return properties;
    }

    /**
     * The content of every table of the schema (Flyway's own history aside): its row count and a digest of every
     * row, so that an update is seen as well as an insert or a delete.
     */
    private Map<String, String> contents() throws SQLException {
        Map<String, String> contents = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet row = statement.executeQuery("select table_name from information_schema.tables where "
                    + "table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> "
                    + "'flyway_schema_history' order by table_name")) {
                while (row.next()) {
                    tables.add(row.getString(1));
                }
            }
            assertTrue(tables.size() > 10, "the schema's tables were listed");
            for (String table : tables) {
                try (ResultSet row = statement.executeQuery("select count(*) || ' rows, ' || coalesce(md5("
                        + "string_agg(md5(t::text), '' order by md5(t::text))), 'empty') from " + table + " t")) {
                    row.next();
                    contents.put(table, row.getString(1));
                }
            }
        }
        return contents;
    }
}
