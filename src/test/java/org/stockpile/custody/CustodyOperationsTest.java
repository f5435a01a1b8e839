package org.stockpile.custody;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.CLERK_KAYES;
import static org.stockpile.support.Api.COMMANDER;
import static org.stockpile.support.Api.as;
import static org.stockpile.support.Custody.approve;
import static org.stockpile.support.Custody.freshWeapons;
import static org.stockpile.support.Custody.locationTag;
import static org.stockpile.support.Custody.perform;
import static org.stockpile.support.Custody.personTagAt;
import static org.stockpile.support.Custody.scan;
import static org.stockpile.support.Custody.weaponId;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Fixtures;
import org.stockpile.system.TagCode;

import io.quarkus.test.junit.QuarkusTest;

/** How a clerk moves weapons with a scanner, and what the ledger says afterwards. */
@QuarkusTest
class CustodyOperationsTest {

    @Test
    void aClerkIssuesWeaponsByScanningBadgeAndTagsAndTakesThemBack() {
        List<String> tags = freshWeapons("ARM-GAO-01", "issue", 3);
        String badge = personTagAt("ARM-GAO-01");
        long personId = TagCode.parse(badge).number();
        perform(CLERK_GAO, "issue", scan(tags, "personTag", badge.toLowerCase(), "deviceId", "scanner-07",
                "deviceTime", "2026-11-22T10:15:00Z")).then().statusCode(200)
                .body("status", equalTo("DONE")).body("events", hasSize(3))
                .body("events.toState", everyItem(equalTo("ISSUED")))
                .body("events.personTag", everyItem(equalTo(badge)));
        as(CLERK_GAO).get("/api/custody/persons/" + personId + "/holdings").then().statusCode(200)
                .body("tagCode", hasItems(tags.toArray(String[]::new)));
        as(CLERK_GAO).get("/api/weapons/" + weaponId(tags.get(0))).then().body("state", equalTo("ISSUED"))
                .body("holderTag", equalTo(badge));

        perform(CLERK_GAO, "return", scan(tags, "locationTag", locationTag("ARM-GAO-01", "R05"))).then()
                .statusCode(200).body("events", hasSize(tags.size()))
                .body("events.toState", everyItem(equalTo("IN_STORE")));
        as(CLERK_GAO).get("/api/custody/persons/" + personId + "/holdings").then()
                .body("tagCode", not(hasItems(tags.get(0))));
        as(CLERK_GAO).get("/api/custody/weapons/" + weaponId(tags.get(0)) + "/history").then().statusCode(200)
                .body("type", contains("RECEIPT", "ISSUE", "RETURN"))
                .body("[1].deviceId", equalTo("scanner-07")).body("[1].deviceTime", notNullValue())
                .body("[1].requestedBy", equalTo(CLERK_GAO)).body("[1].personTag", equalTo(badge))
                .body("[2].storageLocationCode", equalTo("R05"));
    }

    /** A weapon returned with no location scanned goes back to the rack it was issued from, not nowhere. */
    @Test
    void aReturnWithoutALocationPutsTheWeaponBackWhereItWasIssuedFrom() {
        Map<String, Object> racked = new java.util.HashMap<>(Fixtures.newWeapon("ARM-GAO-01", "racked"));
        racked.put("storageLocationCode", "R03");
        String tag = as(ADMIN).body(racked).post("/api/weapons").then().statusCode(201).extract().path("tagCode");
        perform(CLERK_GAO, "issue", scan(List.of(tag), "personTag", personTagAt("ARM-GAO-01"))).then()
                .statusCode(200).body("events[0].storageLocationCode", equalTo("R03"));
        as(CLERK_GAO).get("/api/weapons/" + weaponId(tag)).then().body("storageLocationCode", equalTo(null));
        perform(CLERK_GAO, "return", scan(List.of(tag))).then().statusCode(200)
                .body("events[0].storageLocationCode", equalTo("R03"));
        as(CLERK_GAO).get("/api/weapons/" + weaponId(tag)).then().body("state", equalTo("IN_STORE"))
                .body("storageLocationCode", equalTo("R03"));
    }

    @Test
    void aReasonLongerThanTheLedgerKeepsIsRefusedAndNothingIsHeldForApproval() {
        String tag = freshWeapons("ARM-GAO-01", "long-reason", 1).get(0);
        int pending = as(ADMIN).get("/api/custody/pending").then().extract().path("totalItems");
        perform(CLERK_GAO, "loss", scan(List.of(tag), "reason", "r".repeat(501))).then().statusCode(422)
                .body("errors.field", contains("reason"));
        perform(CLERK_GAO, "loss", scan(List.of(tag), "reason", "perdu", "reference", "P".repeat(101),
                "deviceId", "d".repeat(101))).then().statusCode(422)
                .body("errors.field", contains("deviceId", "reference"));
        as(ADMIN).get("/api/custody/pending").then().body("totalItems", equalTo(pending));
        as(CLERK_GAO).get("/api/weapons/" + weaponId(tag)).then().body("state", equalTo("IN_STORE"));
    }

    @Test
    void aMisreadTagFailsItsCheckCharacterBeforeAnyLookup() {
        String tag = freshWeapons("ARM-GAO-01", "misread", 1).get(0);
        char wrong = tag.charAt(4) == '7' ? '1' : '7';
        String misread = tag.substring(0, 4) + wrong + tag.substring(5);
        perform(CLERK_GAO, "issue", scan(List.of(misread), "personTag", personTagAt("ARM-GAO-01"))).then()
                .statusCode(422).body("type", equalTo("urn:stockpile:problem:invalid-tag"))
                .body("items[0].tag", equalTo(misread))
                .body("items[0].message", containsString("caractère de contrôle"));
        perform(CLERK_GAO, "issue", scan(List.of("AK-47"), "personTag", personTagAt("ARM-GAO-01"))).then()
                .statusCode(422).body("items[0].tag", equalTo("AK-47"));
        as(CLERK_GAO).get("/api/weapons/" + weaponId(tag)).then().body("state", equalTo("IN_STORE"));
    }

    @Test
    void aBatchIsAllOrNothingAndNamesEachRefusedItem() {
        List<String> tags = freshWeapons("ARM-GAO-01", "batch", 3);
        String badge = personTagAt("ARM-GAO-01");
        perform(CLERK_GAO, "issue", scan(List.of(tags.get(1)), "personTag", badge)).then().statusCode(200);
        perform(CLERK_GAO, "issue", scan(tags, "personTag", badge)).then().statusCode(409)
                .body("type", equalTo("urn:stockpile:problem:custody-conflict"))
                .body("items", hasSize(1)).body("items[0].tag", equalTo(tags.get(1)))
                .body("items[0].state", equalTo("ISSUED")).body("items[0].holder", equalTo(badge));
        for (String untouched : List.of(tags.get(0), tags.get(2))) {
            as(CLERK_GAO).get("/api/weapons/" + weaponId(untouched)).then().body("state", equalTo("IN_STORE"));
            as(CLERK_GAO).get("/api/custody/weapons/" + weaponId(untouched) + "/history").then()
                    .body("type", contains("RECEIPT"));
        }
    }

    @Test
    void aWeaponOfAnotherArmouryIsAnUnknownTag() {
        String kayes = freshWeapons("ARM-KAY-01", "foreign", 1).get(0);
        perform(CLERK_GAO, "issue", scan(List.of(kayes), "personTag", personTagAt("ARM-GAO-01"))).then()
                .statusCode(422).body("type", equalTo("urn:stockpile:problem:custody-refused"))
                .body("items[0].tag", equalTo(kayes)).body("items[0].state", equalTo(null));
        perform(CLERK_GAO, "issue", scan(freshWeapons("ARM-GAO-01", "foreign-person", 1), "personTag",
                personTagAt("ARM-KAY-01"))).then().statusCode(422).body("field", equalTo("personTag"));
    }

    @Test
    void aSiteInventoryListsEachWeaponOutWithWhoHoldsItAndWhereItGoes() {
        List<String> tags = freshWeapons("ARM-GAO-01", "inventory", 3);
        String badge = personTagAt("ARM-GAO-01");
        perform(CLERK_GAO, "issue", scan(tags.subList(0, 1), "personTag", badge)).then().statusCode(200);
        String pending = perform(CLERK_GAO, "dispatch", scan(tags.subList(1, 2), "destinationSiteCode",
                "ARM-KAY-01")).then().statusCode(202).extract().path("pendingOperationId");
        approve(COMMANDER, pending).then().statusCode(200);

        String issued = "issuedOut.find { it.tagCode == '" + tags.get(0) + "' }";
        String leaving = "inTransitOut.find { it.tagCode == '" + tags.get(1) + "' }";
        as(CLERK_GAO).get("/api/custody/sites/" + Fixtures.siteId("ARM-GAO-01") + "/inventory").then()
                .statusCode(200).body("siteCode", equalTo("ARM-GAO-01"))
                .body(issued + ".id", equalTo((int) weaponId(tags.get(0))))
                .body(issued + ".state", equalTo("ISSUED")).body(issued + ".holderTag", equalTo(badge))
                .body(issued + ".siteCode", equalTo("ARM-GAO-01")).body(issued + ".model", notNullValue())
                .body(issued + ".manufacturerSerial", notNullValue())
                .body(issued + ".destinationSiteCode", equalTo(null))
                .body(leaving + ".state", equalTo("IN_TRANSIT")).body(leaving + ".holderTag", equalTo(null))
                .body(leaving + ".destinationSiteCode", equalTo("ARM-KAY-01"))
                .body("issuedOut.tagCode", not(hasItems(tags.get(1))))
                .body("inTransitOut.tagCode", not(hasItems(tags.get(0))))
                .body("issuedOut.tagCode", not(hasItems(tags.get(2))))
                .body("inTransitOut.tagCode", not(hasItems(tags.get(2))));
        as(CLERK_KAYES).get("/api/custody/sites/" + Fixtures.siteId("ARM-KAY-01") + "/inventory").then()
                .statusCode(200).body("inTransitIn.find { it.tagCode == '" + tags.get(1) + "' }.siteCode",
                        equalTo("ARM-GAO-01"));
    }

    @Test
    void aDispatchWaitsForASecondPersonAndIsThenReceivedAtTheDestination() {
        List<String> tags = freshWeapons("ARM-GAO-01", "transfer", 2);
        String pending = perform(CLERK_GAO, "dispatch", scan(tags, "destinationSiteCode", "ARM-KAY-01",
                "reference", "BT-2026-118")).then().statusCode(202).body("status", equalTo("PENDING"))
                .extract().path("pendingOperationId");
        as(CLERK_GAO).get("/api/weapons/" + weaponId(tags.get(0))).then().body("state", equalTo("IN_STORE"));
        as(CLERK_GAO).get("/api/custody/pending?siteCode=ARM-GAO-01&sort=requestedAt,desc").then()
                .body("items.id", hasItems(pending));

        approve(CLERK_GAO, pending).then().statusCode(403);
        approve(CLERK_KAYES, pending).then().statusCode(404);
        approve(COMMANDER, pending).then().statusCode(200).body("status", equalTo("DONE"))
                .body("events", hasSize(tags.size())).body("events.toState", everyItem(equalTo("IN_TRANSIT")))
                .body("events.requestedBy", everyItem(equalTo(CLERK_GAO)))
                .body("events.approvedBy", everyItem(equalTo(COMMANDER)));
        approve(ADMIN, pending).then().statusCode(409);

        long kayes = Fixtures.siteId("ARM-KAY-01");
        as(CLERK_KAYES).get("/api/custody/sites/" + kayes + "/inventory").then().statusCode(200)
                .body("inTransitIn.tagCode", hasItems(tags.toArray(String[]::new)));
        perform(CLERK_KAYES, "receive", scan(tags, "locationTag", locationTag("ARM-KAY-01", "R01"))).then()
                .statusCode(200).body("events", hasSize(tags.size()))
                .body("events.siteCode", everyItem(equalTo("ARM-KAY-01")));
        as(CLERK_KAYES).get("/api/weapons/" + weaponId(tags.get(0))).then().body("siteCode", equalTo("ARM-KAY-01"))
                .body("state", equalTo("IN_STORE")).body("storageLocationCode", equalTo("R01"));
        as(CLERK_GAO).get("/api/weapons/" + weaponId(tags.get(0))).then().statusCode(404);
        as(CLERK_KAYES).get("/api/custody/weapons/" + weaponId(tags.get(0)) + "/history").then()
                .body("type", contains("RECEIPT", "DISPATCH", "RECEIVE"))
                .body("siteCode", contains("ARM-GAO-01", "ARM-GAO-01", "ARM-KAY-01"))
                .body("counterpartSiteCode", contains(null, "ARM-KAY-01", "ARM-GAO-01"))
                .body("[1].approvedBy", equalTo(COMMANDER)).body("[1].reference", equalTo("BT-2026-118"));
    }

    @Test
    void aRejectedOperationChangesNothingAndCannotBeApprovedAfterwards() {
        List<String> tags = freshWeapons("ARM-GAO-01", "reject", 1);
        String pending = perform(CLERK_GAO, "loss", scan(tags, "reason", "Not found at the evening count"))
                .then().statusCode(202).extract().path("pendingOperationId");
        as(COMMANDER).header("Idempotency-Key", "reject-" + pending).body(Map.of("reason", ""))
                .post("/api/custody/pending/" + pending + "/reject").then().statusCode(422);
        as(COMMANDER).header("Idempotency-Key", "reject-" + pending + "-2")
                .body(Map.of("reason", "Found in the repair room")).post("/api/custody/pending/" + pending + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("decidedBy", equalTo(COMMANDER));
        approve(ADMIN, pending).then().statusCode(409);
        as(CLERK_GAO).get("/api/weapons/" + weaponId(tags.get(0))).then().body("state", equalTo("IN_STORE"));
    }

    @Test
    void destructionNeedsMethodWitnessesAndCertificate() {
        List<String> tags = freshWeapons("ARM-GAO-01", "destroy", 1);
        perform(CLERK_GAO, "destruction", scan(tags, "method", "cutting")).then().statusCode(422)
                .body("field", equalTo("witnesses"));
        String pending = perform(CLERK_GAO, "destruction", scan(tags, "method", "cutting", "witnesses",
                "Lt A. Touré (MINUSMA), S. Diarra (CNLPAL)", "reference", "DEST-2026-004")).then().statusCode(202)
                .extract().path("pendingOperationId");
        approve(COMMANDER, pending).then().statusCode(200).body("events[0].toState", equalTo("DESTROYED"));
        perform(CLERK_GAO, "recovery", scan(tags)).then().statusCode(409).body("items[0].state",
                equalTo("DESTROYED"));
    }

    @Test
    void aRepeatedRequestReturnsTheFirstAnswerAndWritesNothing() {
        List<String> tags = freshWeapons("ARM-GAO-01", "replay", 1);
        Map<String, Object> issue = scan(tags, "personTag", personTagAt("ARM-GAO-01"));
        String first = perform(CLERK_GAO, "issue", issue, "key-replay-1").then().statusCode(200).extract().asString();
        String again = perform(CLERK_GAO, "issue", issue, "key-replay-1").then().statusCode(200).extract().asString();
        assertEquals(first, again);
        as(CLERK_GAO).get("/api/custody/weapons/" + weaponId(tags.get(0)) + "/history").then()
                .body("type", contains("RECEIPT", "ISSUE"));
        perform(CLERK_GAO, "issue", scan(freshWeapons("ARM-GAO-01", "replay-other", 1), "personTag",
                personTagAt("ARM-GAO-01")), "key-replay-1").then().statusCode(422)
                .body("type", equalTo("urn:stockpile:problem:idempotency-key-reused"));
        as(CLERK_GAO).body(issue).post("/api/custody/issue").then().statusCode(400)
                .body("field", equalTo("Idempotency-Key"));
    }

    @Test
    void aDemoWeaponsHistoryStartsWithItsReceipt() {
        long weapon = Fixtures.weaponAt("ARM-GAO-02");
        as(ADMIN).get("/api/custody/weapons/" + weapon + "/history").then().statusCode(200)
                .body("[0].type", equalTo("RECEIPT")).body("[0].siteCode", equalTo("ARM-GAO-02"));
    }

    @Test
    void anUnknownOperationIs404() {
        perform(CLERK_GAO, "borrow", scan(List.of())).then().statusCode(404);
        perform(CLERK_GAO, "receipt", scan(List.of())).then().statusCode(404);
    }
}
