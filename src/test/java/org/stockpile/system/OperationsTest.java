package org.stockpile.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.as;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What operators and client developers rely on: health, API description, metrics. */
@QuarkusTest
class OperationsTest {

    @Test
    void livenessAndReadinessIncludingTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void theOpenApiDocumentDescribesTheApiAndItsSecurity() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Stockpile API"))
                .body("paths.'/api/weapons'.get", org.hamcrest.Matchers.notNullValue())
                .body("components.securitySchemes", org.hamcrest.Matchers.notNullValue());
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /** The API's requests are counted by address (the service's own /q endpoints are not). */
    @Test
    void metricsAreExposedForPrometheus() {
        as(CLERK_GAO).get("/api/sites").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/api/sites\""));
    }
}
