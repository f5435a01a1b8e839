package org.stockpile.weapon;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/** Registering and correcting weapons: identity and national serial unique, never deleted, edits not lost. */
@QuarkusTest
class WeaponRegistryTest {

    @Test
    void aClerkRegistersAWeaponIntoTheirArmouryInStore() {
        Map<String, Object> weapon = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", "reg-1"));
        weapon.put("storageLocationCode", "R02");
        int id = as(CLERK_GAO).body(weapon).post("/api/weapons").then().statusCode(201)
                .body("state", equalTo("IN_STORE")).body("condition", equalTo("SERVICEABLE"))
                .body("siteCode", equalTo("ARM-GAO-01")).body("storageLocationCode", equalTo("R02"))
                .body("version", equalTo(0)).extract().path("id");
        as(CLERK_GAO).get("/api/weapons/" + id).then().statusCode(200).body("manufacturerSerial", equalTo("T-reg-1"));
    }

    @Test
    void listsCountWeaponsWithoutAStorageLocationToo() {
        as(CLERK_GAO).body(Fixtures.newWeapon("ARM-GAO-01", "no-rack")).post("/api/weapons").then().statusCode(201);
        as(CLERK_GAO).get("/api/weapons?q=T-no-rack").then().statusCode(200).body("totalItems", equalTo(1))
                .body("items.size()", equalTo(1));
    }

    @Test
    void aStorageLocationMustBelongToTheSite() {
        Map<String, Object> weapon = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", "reg-2"));
        weapon.put("storageLocationCode", "R99");
        as(CLERK_GAO).body(weapon).post("/api/weapons").then().statusCode(422)
                .body("field", equalTo("storageLocationCode"));
    }

    @Test
    void theSameSerialOfTheSameModelIsADuplicateWhateverTheLetterCase() {
        as(CLERK_GAO).body(Fixtures.newWeapon("ARM-GAO-01", "dup-a")).post("/api/weapons").then().statusCode(201);
        Map<String, Object> again = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", "dup-b"));
        again.put("manufacturerSerial", "t-DUP-A");
        again.put("manufacturer", "IZHMASH");
        as(CLERK_GAO).body(again).post("/api/weapons").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:stockpile:problem:duplicate")).body("field", equalTo("manufacturerSerial"));
    }

    @Test
    void theSameSerialOfAnotherModelIsAnotherWeapon() {
        as(CLERK_GAO).body(Fixtures.newWeapon("ARM-GAO-01", "model-a")).post("/api/weapons").then().statusCode(201);
        Map<String, Object> other = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", "model-b"));
        other.put("manufacturerSerial", "T-model-a");
        other.put("model", "AK-74");
        as(CLERK_GAO).body(other).post("/api/weapons").then().statusCode(201);
    }

    @Test
    void aNationalSerialIsUniqueAcrossTheCountry() {
        as(ADMIN).body(Fixtures.newWeapon("ARM-KAY-01", "nat-a")).post("/api/weapons").then().statusCode(201);
        Map<String, Object> other = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", "nat-b"));
        other.put("nationalSerial", "ML-T-nat-a");
        as(CLERK_GAO).body(other).post("/api/weapons").then().statusCode(409).body("field",
                equalTo("nationalSerial"));
    }

    @Test
    void racingRegistrationsOfTheSameWeaponMakeExactlyOneRecord() throws Exception {
        int clients = 16;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return as(CLERK_GAO).body(Fixtures.newWeapon("ARM-GAO-01", "race")).post("/api/weapons")
                        .then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(clients - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        as(ADMIN).get("/api/weapons?q=T-race&size=500").then()
                .body("items.findAll { it.manufacturerSerial == 'T-race' }.size()", equalTo(1));
    }

    @Test
    void aCorrectionNeedsTheVersionReadAndLosesNoConcurrentEdit() {
        int id = as(CLERK_GAO).body(Fixtures.newWeapon("ARM-GAO-01", "edit")).post("/api/weapons").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> fix = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", "edit"));
        fix.put("markingLocations", "receiver left side");
        as(CLERK_GAO).body(fix).put("/api/weapons/" + id).then().statusCode(422).body("field", equalTo("version"));
        fix.put("version", 0);
        as(CLERK_GAO).body(fix).put("/api/weapons/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("markingLocations", equalTo("receiver left side"));
        fix.put("markingLocations", "someone else's edit");
        as(CLERK_GAO).body(fix).put("/api/weapons/" + id).then().statusCode(409)
                .body("type", equalTo("urn:stockpile:problem:stale-version"));
        as(CLERK_GAO).get("/api/weapons/" + id).then().body("markingLocations", equalTo("receiver left side"));
    }

    @Test
    void aRecordReadCanBeSentBackWhole() {
        int id = as(CLERK_GAO).body(Fixtures.newWeapon("ARM-GAO-01", "round-trip")).post("/api/weapons").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> read = as(CLERK_GAO).get("/api/weapons/" + id).then().extract().jsonPath().getMap("");
        read.put("markingLocations", "slide");
        as(CLERK_GAO).body(read).put("/api/weapons/" + id).then().statusCode(200)
                .body("markingLocations", equalTo("slide")).body("version", equalTo(1));
    }

    @Test
    void aMissingReferenceIsNamedAsTheRequestNamesIt() {
        Map<String, Object> weapon = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", "no-force"));
        weapon.remove("owningForceCode");
        as(CLERK_GAO).body(weapon).post("/api/weapons").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.contains("owningForceCode"));
    }

    @Test
    void aCorrectionCannotMoveAWeapon() {
        int id = as(CLERK_GAO).body(Fixtures.newWeapon("ARM-GAO-01", "move")).post("/api/weapons").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> moved = new HashMap<>(Fixtures.newWeapon("ARM-GAO-02", "move"));
        moved.put("version", 0);
        as(ADMIN).body(moved).put("/api/weapons/" + id).then().statusCode(422).body("field", equalTo("siteCode"));
    }

    @Test
    void yearsMustBePlausible() {
        Map<String, Object> weapon = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", "years"));
        weapon.put("yearOfManufacture", 3000);
        as(CLERK_GAO).body(weapon).post("/api/weapons").then().statusCode(422)
                .body("field", equalTo("yearOfManufacture"));
        weapon.put("yearOfManufacture", 2000);
        weapon.put("yearOfImport", 1999);
        as(CLERK_GAO).body(weapon).post("/api/weapons").then().statusCode(422).body("field", equalTo("yearOfImport"));
    }

    @Test
    void aRetiredRecordStaysReadableAndCannotBeChanged() {
        int id = as(CLERK_GAO).body(Fixtures.newWeapon("ARM-GAO-01", "retire")).post("/api/weapons").then()
                .statusCode(201).extract().path("id");
        as(ADMIN).body(Map.of("reason", "")).post("/api/weapons/" + id + "/retire").then().statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        as(ADMIN).body(Map.of("reason", "Registered twice by mistake")).post("/api/weapons/" + id + "/retire").then()
                .statusCode(200).body("status", equalTo("RETIRED"))
                .body("retiredReason", equalTo("Registered twice by mistake"));
        as(CLERK_GAO).get("/api/weapons/" + id).then().statusCode(200).body("status", equalTo("RETIRED"));
        Map<String, Object> fix = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", "retire"));
        fix.put("version", 1);
        as(CLERK_GAO).body(fix).put("/api/weapons/" + id).then().statusCode(409)
                .body("type", equalTo("urn:stockpile:problem:retired"));
        as(ADMIN).body(Map.of("reason", "again")).post("/api/weapons/" + id + "/retire").then().statusCode(409);
        as(CLERK_GAO).body(Fixtures.newWeapon("ARM-GAO-01", "retire")).post("/api/weapons").then().statusCode(409);
    }
}
