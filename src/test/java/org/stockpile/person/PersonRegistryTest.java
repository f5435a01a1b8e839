package org.stockpile.person;

import static org.hamcrest.Matchers.equalTo;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.TRAINER;
import static org.stockpile.support.Api.as;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** People are registered at a site; service numbers and badge codes are unique. */
@QuarkusTest
class PersonRegistryTest {

    private static Map<String, Object> person(String serviceNumber, String badge) {
        Map<String, Object> person = new HashMap<>(Map.of("serviceNumber", serviceNumber, "givenNames", "Awa",
                "familyName", "Traoré", "rank", "Sergent", "forceCode", "GDN", "unit", "1re compagnie", "siteCode",
                "ARM-GAO-01"));
        person.put("badgeCode", badge);
        return person;
    }

    @Test
    void aClerkRegistersAPersonAtTheirArmoury() {
        as(CLERK_GAO).body(person("GDN-900001", "B9000001")).post("/api/persons").then().statusCode(201)
                .body("siteCode", equalTo("ARM-GAO-01")).body("familyName", equalTo("Traoré"));
    }

    @Test
    void serviceNumbersAndBadgesAreUnique() {
        as(CLERK_GAO).body(person("GDN-900002", "B9000002")).post("/api/persons").then().statusCode(201);
        as(TRAINER).body(person("GDN-900002", "B9000003")).post("/api/persons").then().statusCode(409)
                .body("field", equalTo("serviceNumber"));
        as(ADMIN).body(person("GDN-900004", "B9000002")).post("/api/persons").then().statusCode(409)
                .body("field", equalTo("badgeCode"));
    }

    @Test
    void aPersonCanBePostedOnlyWithinTheEditorsScope() {
        int id = as(CLERK_GAO).body(person("GDN-900005", null)).post("/api/persons").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> moved = person("GDN-900005", null);
        moved.put("siteCode", "ARM-KAY-01");
        moved.put("version", 0);
        as(CLERK_GAO).body(moved).put("/api/persons/" + id).then().statusCode(422).body("field",
                equalTo("siteCode"));
        as(ADMIN).body(moved).put("/api/persons/" + id).then().statusCode(200).body("siteCode",
                equalTo("ARM-KAY-01"));
        as(CLERK_GAO).get("/api/persons/" + id).then().statusCode(404);
    }
}
