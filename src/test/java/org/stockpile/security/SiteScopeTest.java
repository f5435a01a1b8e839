package org.stockpile.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.CLERK_KAYES;
import static org.stockpile.support.Api.INSPECTOR_MOPTI;
import static org.stockpile.support.Api.NO_SCOPE;
import static org.stockpile.support.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/**
 * People see only their sites: lists hold only records in scope, and a record outside it answers 404 exactly as
 * one that does not exist, for reads and for writes.
 */
@QuarkusTest
class SiteScopeTest {

    @Test
    void aClerkListsOnlyTheWeaponsOfTheirArmoury() {
        as(CLERK_GAO).get("/api/weapons?size=500").then().statusCode(200)
                .body("totalItems", greaterThan(0))
                .body("items.siteCode", everyItem(equalTo("ARM-GAO-01")));
    }

    @Test
    void aClerkAskingForAnotherArmouryByFilterGetsNothing() {
        as(CLERK_GAO).get("/api/weapons?siteCode=ARM-KAY-01").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aWeaponOfAnotherArmouryAnswers404LikeOneThatDoesNotExist() {
        long kayesWeapon = Fixtures.weaponAt("ARM-KAY-01");
        String other = as(CLERK_GAO).get("/api/weapons/" + kayesWeapon).then().statusCode(404)
                .contentType("application/problem+json").extract().path("type");
        String missing = as(CLERK_GAO).get("/api/weapons/999999999").then().statusCode(404).extract().path("type");
        org.junit.jupiter.api.Assertions.assertEquals(missing, other);
        as(CLERK_KAYES).get("/api/weapons/" + kayesWeapon).then().statusCode(200)
                .body("siteCode", equalTo("ARM-KAY-01"));
    }

    @Test
    void aClerkCannotChangeOrRetireAWeaponOfAnotherArmoury() {
        long kayesWeapon = Fixtures.weaponAt("ARM-KAY-01");
        Map<String, Object> body = as(ADMIN).get("/api/weapons/" + kayesWeapon).then().extract().jsonPath()
                .getMap("");
        Map<String, Object> update = new HashMap<>(Fixtures.newWeapon("ARM-KAY-01", "unused"));
        update.put("version", body.get("version"));
        as(CLERK_GAO).body(update).put("/api/weapons/" + kayesWeapon).then().statusCode(404);
        as(ADMIN).get("/api/weapons/" + kayesWeapon).then().body("version", equalTo(body.get("version")));
    }

    @Test
    void registeringIntoAnotherArmouryIsRefusedAsAnUnknownSite() {
        as(CLERK_GAO).body(Fixtures.newWeapon("ARM-KAY-01", "scope-1")).post("/api/weapons").then().statusCode(422)
                .body("type", equalTo("urn:stockpile:problem:unknown-reference")).body("field", equalTo("siteCode"));
        as(CLERK_GAO).body(Fixtures.newWeapon("ARM-NOWHERE-01", "scope-2")).post("/api/weapons").then()
                .statusCode(422).body("type", equalTo("urn:stockpile:problem:unknown-reference"));
        as(ADMIN).get("/api/weapons?q=T-scope-").then().body("totalItems", equalTo(0));
    }

    @Test
    void aRegionalInspectorSeesEverySiteOfTheirRegionAndNoOther() {
        // Other tests add sites of their own in Mopti: every site of the region counts, whatever their number.
        List<String> mopti = as(INSPECTOR_MOPTI).get("/api/sites?size=500").then().statusCode(200)
                .body("items.regionCode", everyItem(equalTo("MPT")))
                .body("items.code", hasItems("ARM-MPT-01", "ARM-MPT-02", "EXS-MPT-01")).extract().path("items.code");
        as(ADMIN).get("/api/sites?regionCode=MPT&size=500").then().body("totalItems", equalTo(mopti.size()));
        as(INSPECTOR_MOPTI).get("/api/weapons?size=500").then().body("items.siteCode",
                everyItem(in(mopti))).body("items.siteCode", hasItem("ARM-MPT-02"));
        as(INSPECTOR_MOPTI).get("/api/sites/" + Fixtures.siteId("ARM-GAO-01")).then().statusCode(404);
        as(INSPECTOR_MOPTI).get("/api/persons/" + Fixtures.personAt("ARM-GAO-01")).then().statusCode(404);
    }

    @Test
    void storageLocationsOfAnotherSiteAreNotReachableThroughIt() {
        long gao = Fixtures.siteId("ARM-GAO-01");
        long kayesLocation = Fixtures.locationAt("ARM-KAY-01");
        as(CLERK_GAO).get("/api/sites/" + gao + "/storage-locations/" + kayesLocation).then().statusCode(404);
        as(CLERK_GAO).get("/api/sites/" + Fixtures.siteId("ARM-KAY-01") + "/storage-locations").then()
                .statusCode(404);
    }

    @Test
    void aTokenWithoutScopeSeesNothing() {
        as(NO_SCOPE).get("/api/weapons").then().statusCode(200).body("totalItems", equalTo(0));
        as(NO_SCOPE).get("/api/sites").then().statusCode(200).body("totalItems", equalTo(0));
        as(NO_SCOPE).get("/api/persons").then().statusCode(200).body("totalItems", equalTo(0));
        as(NO_SCOPE).get("/api/weapons/" + Fixtures.weaponAt("ARM-GAO-01")).then().statusCode(404);
    }

    @Test
    void personsAreScopedByTheSiteTheyArePostedAt() {
        as(CLERK_GAO).get("/api/persons?size=500").then().statusCode(200).body("totalItems", greaterThan(0))
                .body("items.siteCode", everyItem(equalTo("ARM-GAO-01")));
        as(CLERK_GAO).get("/api/persons/" + Fixtures.personAt("ARM-KAY-01")).then().statusCode(404);
        as(CLERK_GAO).get("/api/persons?siteCode=ARM-KAY-01").then().statusCode(200).body("totalItems", equalTo(0));
    }
}
