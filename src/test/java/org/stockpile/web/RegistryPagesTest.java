package org.stockpile.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Custody;
import org.stockpile.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookies;

/** A person's page with their holdings and a site's page with who holds what, within the reader's scope. */
@QuarkusTest
class RegistryPagesTest {

    @Test
    void aPersonsPageListsWhatTheyHoldAndTheSitesPageWhoHoldsWhat() {
        String weapon = Custody.freshWeapons("ARM-GAO-01", "registry-held", 1).get(0);
        String badge = Custody.personTagAt("ARM-GAO-01");
        Custody.perform("clerk-gao", "issue", Custody.scan(List.of(weapon), "personTag", badge)).then()
                .statusCode(200);
        Cookies clerk = SignInTest.signIn("clerk-gao");
        given().cookies(clerk).get("/app/persons/" + badge).then().statusCode(200)
                .body(containsString(badge), containsString(weapon), containsString("Armes détenues"));
        given().cookies(clerk).get("/app/sites/" + Fixtures.siteId("ARM-GAO-01")).then().statusCode(200)
                .body(containsString("ARM-GAO-01"), containsString(weapon), containsString(badge));
    }

    @Test
    void anotherSitesPersonOrSiteIsNotFound() {
        Cookies kayes = SignInTest.signIn("clerk-kayes");
        String gaoBadge = Custody.personTagAt("ARM-GAO-01");
        given().cookies(kayes).get("/app/persons/" + gaoBadge).then().statusCode(404)
                .body(containsString("Introuvable"));
        given().cookies(kayes).get("/app/sites/" + Fixtures.siteId("ARM-GAO-01")).then().statusCode(404);
        given().cookies(kayes).get("/app/persons/not-a-tag").then().statusCode(422);
    }
}
