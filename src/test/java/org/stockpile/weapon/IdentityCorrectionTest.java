package org.stockpile.weapon;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.COMMANDER;
import static org.stockpile.support.Api.INSPECTOR_NATIONAL;
import static org.stockpile.support.Api.as;
import static org.stockpile.support.Custody.approve;
import static org.stockpile.support.Custody.freshWeapons;
import static org.stockpile.support.Custody.perform;
import static org.stockpile.support.Custody.personTagAt;
import static org.stockpile.support.Custody.scan;
import static org.stockpile.support.Custody.weaponId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A weapon's identity (serials, maker, model, calibre, marks) is never rewritten by one person: a correction waits
 * for a second, is refused if the weapon changed meanwhile, and stays in the weapon's history, old and new values.
 */
@QuarkusTest
class IdentityCorrectionTest {

    @Test
    void aChangedSerialWaitsForASecondPersonThenStaysInTheHistory() {
        String tag = freshWeapons("ARM-GAO-01", "identity", 1).get(0);
        long id = weaponId(tag);
        Map<String, Object> fix = corrected("identity", 0);
        fix.put("nationalSerial", "ML-CORRIGE-1");
        fix.put("manufacturer", "Kalashnikov");
        String pending = as(CLERK_GAO).body(fix).put("/api/weapons/" + id).then().statusCode(202)
                .body("status", equalTo("PENDING")).extract().path("pendingOperationId");
        as(CLERK_GAO).get("/api/weapons/" + id).then().body("nationalSerial", equalTo("ML-T-identity-0"))
                .body("manufacturer", equalTo("Izhmash")).body("version", equalTo(0));

        Map<String, Object> another = corrected("identity", 0);
        another.put("model", "AK-47");
        as(CLERK_GAO).body(another).put("/api/weapons/" + id).then().statusCode(409)
                .body("detail", containsString(tag));
        approve(CLERK_GAO, pending).then().statusCode(403);
        approve(COMMANDER, pending).then().statusCode(200).body("type", equalTo("CORRECTION"));

        as(CLERK_GAO).get("/api/weapons/" + id).then().body("nationalSerial", equalTo("ML-CORRIGE-1"))
                .body("manufacturer", equalTo("Kalashnikov"));
        as(CLERK_GAO).get("/api/custody/weapons/" + id + "/history").then().statusCode(200)
                .body("findAll { it.type == 'CORRECTION' }", hasSize(1))
                .body("find { it.type == 'CORRECTION' }.details",
                        equalTo("manufacturer: Izhmash → Kalashnikov\nnationalSerial: ML-T-identity-0 → ML-CORRIGE-1"))
                .body("find { it.type == 'CORRECTION' }.requestedBy", equalTo(CLERK_GAO))
                .body("find { it.type == 'CORRECTION' }.approvedBy", equalTo(COMMANDER));
        as(INSPECTOR_NATIONAL).get("/api/custody/ledger/verification").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    void anApprovalFindingTheWeaponChangedIsRefusedAndChangesNothing() {
        String tag = freshWeapons("ARM-GAO-01", "identity-stale", 1).get(0);
        long id = weaponId(tag);
        Map<String, Object> fix = corrected("identity-stale", 0);
        fix.put("manufacturerSerial", "T-identity-stale-renamed");
        String pending = as(CLERK_GAO).body(fix).put("/api/weapons/" + id).then().statusCode(202).extract()
                .path("pendingOperationId");
        perform(CLERK_GAO, "issue", scan(List.of(tag), "personTag", personTagAt("ARM-GAO-01"))).then()
                .statusCode(200);
        approve(COMMANDER, pending).then().statusCode(409)
                .body("type", equalTo("urn:stockpile:problem:custody-conflict"));
        as(CLERK_GAO).get("/api/weapons/" + id).then().body("manufacturerSerial", equalTo("T-identity-stale-0"));
        as(CLERK_GAO).get("/api/custody/pending/" + pending).then().body("status", equalTo("PENDING"));
    }

    @Test
    void aCorrectionIsCheckedInFullBeforeItWaitsAndOtherChangesAreMadeAtOnce() {
        String taken = as(ADMIN).get("/api/weapons/" + weaponId(freshWeapons("ARM-GAO-01", "identity-taken", 1)
                .get(0))).then().extract().path("nationalSerial");
        long id = weaponId(freshWeapons("ARM-GAO-01", "identity-check", 1).get(0));
        Map<String, Object> duplicate = corrected("identity-check", 0);
        duplicate.put("nationalSerial", taken);
        as(CLERK_GAO).body(duplicate).put("/api/weapons/" + id).then().statusCode(409)
                .body("field", equalTo("nationalSerial"));
        as(CLERK_GAO).get("/api/custody/pending?siteCode=ARM-GAO-01&sort=requestedAt,desc").then()
                .body("items.findAll { it.type == 'CORRECTION' && it.request.weaponId == " + id + " }", hasSize(0));

        Map<String, Object> marks = corrected("identity-check", 0);
        marks.put("markingLocations", "receiver right side");
        as(CLERK_GAO).body(marks).put("/api/weapons/" + id).then().statusCode(200)
                .body("markingLocations", equalTo("receiver right side")).body("id", notNullValue());
    }

    private static Map<String, Object> corrected(String tag, int version) {
        Map<String, Object> weapon = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", tag + "-0"));
        weapon.put("version", version);
        return weapon;
    }
}
