package org.stockpile.system;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.as;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Every refusal is an RFC 9457 problem in the caller's language (French by default), that names the field at
 * fault, and never shows a stack trace, a class name or SQL.
 */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void missingAndInvalidFieldsAreListedInFrenchByDefault() {
        Map<String, Object> weapon = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", "v-fr"));
        weapon.remove("manufacturerSerial");
        weapon.put("countryOfManufacture", "Russia");
        clean(as(CLERK_GAO).body(weapon).post("/api/weapons").then().statusCode(422))
                .body("type", equalTo("urn:stockpile:problem:validation-failed"))
                .body("title", equalTo("Données invalides"))
                .body("status", equalTo(422))
                .body("instance", equalTo("/api/weapons"))
                .body("errors.field", hasItems("manufacturerSerial", "countryOfManufacture"))
                .body("errors.find { it.field == 'manufacturerSerial' }.message", equalTo("Ce champ est obligatoire."))
                .body("errors.find { it.field == 'countryOfManufacture' }.message",
                        containsString("ISO 3166"));
    }

    @Test
    void theSameFailureInEnglishWhenAskedFor() {
        Map<String, Object> weapon = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", "v-en"));
        weapon.remove("manufacturerSerial");
        clean(as(CLERK_GAO).header("Accept-Language", "en-GB,en;q=0.9,fr;q=0.5").body(weapon).post("/api/weapons")
                .then().statusCode(422))
                .body("title", equalTo("Invalid data"))
                .body("errors.find { it.field == 'manufacturerSerial' }.message", equalTo("This field is required."));
    }

    @Test
    void anUnsupportedLanguageFallsBackToFrench() {
        clean(as(CLERK_GAO).header("Accept-Language", "de-DE").body("{}").post("/api/weapons").then()
                .statusCode(422)).body("title", equalTo("Données invalides"));
    }

    @Test
    void malformedJsonIs400() {
        clean(as(CLERK_GAO).body("{\"type\": \"RIFLE\",").post("/api/weapons").then().statusCode(400))
                .body("type", equalTo("urn:stockpile:problem:malformed-request"));
    }

    @Test
    void aValidBodyFollowedByAnythingIsMalformedAndNothingIsStored() throws Exception {
        String weapon = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                Fixtures.newWeapon("ARM-GAO-01", "v-trailing"));
        clean(as(CLERK_GAO).body(weapon + "}").post("/api/weapons").then().statusCode(400))
                .body("type", equalTo("urn:stockpile:problem:malformed-request"));
        clean(as(CLERK_GAO).body(weapon + " {\"a\": 1}").post("/api/weapons").then().statusCode(400));
        as(ADMIN).get("/api/weapons?q=T-v-trailing").then().body("totalItems", equalTo(0));
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingTheField() {
        Map<String, Object> weapon = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", "v-type"));
        weapon.put("yearOfManufacture", "nineteen ninety");
        clean(as(CLERK_GAO).header("Accept-Language", "en").body(weapon).post("/api/weapons").then()
                .statusCode(400)).body("field", equalTo("yearOfManufacture"))
                .body("detail", containsString("yearOfManufacture"));
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        Map<String, Object> weapon = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", "v-enum"));
        weapon.put("type", "BAZOOKA");
        clean(as(CLERK_GAO).body(weapon).post("/api/weapons").then().statusCode(400))
                .body("field", equalTo("type")).body("detail", allOf(containsString("RIFLE"), containsString("PISTOL")));
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanIgnored() {
        Map<String, Object> weapon = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", "v-extra"));
        weapon.put("serial", "AK-1");
        clean(as(CLERK_GAO).body(weapon).post("/api/weapons").then().statusCode(400))
                .body("field", equalTo("serial"));
        as(ADMIN).get("/api/weapons?q=T-v-extra").then().body("totalItems", equalTo(0));
    }

    @Test
    void aMissingBodyIsRefused() {
        clean(as(CLERK_GAO).post("/api/weapons").then().statusCode(422));
    }

    @Test
    void aNonJsonBodyIs415() {
        clean(as(CLERK_GAO).contentType("text/plain").body("AK-47").post("/api/weapons").then().statusCode(415))
                .body("type", equalTo("urn:stockpile:problem:unsupported-media-type"));
    }

    @Test
    void anUnknownAddressIs404AndAWrongMethod405() {
        clean(as(CLERK_GAO).get("/api/rockets").then().statusCode(404));
        clean(as(CLERK_GAO).delete("/api/weapons/" + Fixtures.weaponAt("ARM-GAO-01")).then().statusCode(405));
    }

    @Test
    void aBadQueryParameterIs400() {
        clean(as(CLERK_GAO).get("/api/weapons?state=MELTED").then().statusCode(400))
                .body("type", equalTo("urn:stockpile:problem:invalid-parameter"));
        clean(as(CLERK_GAO).get("/api/weapons/not-a-number").then().statusCode(400));
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String huge = "{\"manufacturer\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        clean(as(CLERK_GAO).body(huge).post("/api/weapons").then().statusCode(413))
                .body("type", equalTo("urn:stockpile:problem:body-too-large"));
    }

    @Test
    void aStringLongerThanItsColumnIsAValidationErrorNotADatabaseError() {
        Map<String, Object> weapon = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", "v-long"));
        weapon.put("model", "M".repeat(101));
        clean(as(CLERK_GAO).header("Accept-Language", "en").body(weapon).post("/api/weapons").then().statusCode(422))
                .body("errors.find { it.field == 'model' }.message", equalTo("At most 100 characters."));
    }

    /**
     * A failure outside the REST resources (once: every HTTP/2 request) is a problem with an incident number, in
     * the client's language, and nothing of the failure itself.
     */
    @Test
    void aFailureOutsideTheResourcesIsAProblemWithAnIncidentNumber() {
        clean(as(CLERK_GAO).header("Accept-Language", "en").get(FailingRoute.PATH).then().statusCode(500))
                .body("type", equalTo("urn:stockpile:problem:internal-error"))
                .body("detail", matchesPattern("Something unexpected went wrong\\. .*: [0-9a-f-]{36}\\."))
                .body(not(containsString(FailingRoute.SECRET))).body(not(containsString("stack")));
    }

    /** Nothing internal leaks: no Java class, no stack frame, no SQL. */
    static ValidatableResponse clean(ValidatableResponse response) {
        return response.contentType("application/problem+json")
                .body(not(containsString("Exception")))
                .body(not(containsString("org.")))
                .body(not(containsString("java.")))
                .body(not(containsString("SQL")))
                .body(not(containsString("select ")));
    }
}
