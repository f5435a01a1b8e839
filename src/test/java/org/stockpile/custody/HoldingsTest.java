package org.stockpile.custody;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.CLERK_KAYES;
import static org.stockpile.support.Api.CLERK_STOREHOUSE;
import static org.stockpile.support.Api.as;
import static org.stockpile.support.Custody.freshWeapons;
import static org.stockpile.support.Custody.perform;
import static org.stockpile.support.Custody.scan;
import static org.stockpile.support.Custody.weaponId;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What a person holds stays on the books of the site that issued it: the person is not posted elsewhere or retired
 * until it is returned, and the site keeps sight of who holds its weapons.
 */
@QuarkusTest
class HoldingsTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Inject
    DataSource dataSource;

    @Test
    void aPersonHoldingAWeaponIsNeitherPostedElsewhereNorRetiredUntilItIsReturned() {
        Map<String, Object> person = newPerson("ARM-GAO-01");
        String badge = (String) person.get("tagCode");
        String tag = freshWeapons("ARM-GAO-01", "held-move", 1).get(0);
        perform(CLERK_GAO, "issue", scan(List.of(tag), "personTag", badge)).then().statusCode(200);

        moveTo(person, "ARM-KAY-01").then().statusCode(409)
                .body("type", equalTo("urn:stockpile:problem:custody-conflict")).body("items.tag", contains(tag));
        as(ADMIN).body(Map.of("reason", "Départ à la retraite")).post("/api/persons/" + person.get("id") + "/retire")
                .then().statusCode(409).body("items.tag", contains(tag));
        as(ADMIN).get("/api/persons/" + person.get("id")).then().body("siteCode", equalTo("ARM-GAO-01"))
                .body("status", equalTo("ACTIVE"));

        perform(CLERK_GAO, "return", scan(List.of(tag))).then().statusCode(200);
        moveTo(person, "ARM-KAY-01").then().statusCode(200).body("siteCode", equalTo("ARM-KAY-01"));
    }

    @Test
    void aPersonHoldingAmmunitionIsNotPostedElsewhereEither() {
        Map<String, Object> person = newPerson("EXS-BKO-01");
        String lot = as(ADMIN).body(Map.of("itemCode", "9X19-BALL", "lotNumber", "HELD-" + UUID.randomUUID()
                .toString().substring(0, 8))).post("/api/ammunition-lots").then().statusCode(201).extract()
                .path("tagCode");
        ammo("receipt", lot, 100, "reference", "BR-HELD");
        ammo("issue", lot, 30, "personTag", person.get("tagCode"));
        moveTo(person, "EXS-MPT-01").then().statusCode(409).body("items.tag", contains(lot));
        ammo("return", lot, 30, "personTag", person.get("tagCode"));
        moveTo(person, "EXS-MPT-01").then().statusCode(200);
    }

    /**
     * A person moved while holding a Gao weapon (as the service once allowed): Gao still sees who holds its weapon,
     * and Kayes, where the person is now, does not see Gao's weapon among their holdings.
     */
    @Test
    void aSiteKeepsSightOfWhoHoldsItsWeaponsAndNoOtherSiteSeesThem() throws SQLException {
        Map<String, Object> person = newPerson("ARM-GAO-01");
        String tag = freshWeapons("ARM-GAO-01", "held-elsewhere", 1).get(0);
        perform(CLERK_GAO, "issue", scan(List.of(tag), "personTag", person.get("tagCode"))).then().statusCode(200);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update person set site_id = (select id from site where code = 'ARM-KAY-01') "
                    + "where id = " + person.get("id"));
        }
        as(CLERK_GAO).get("/api/custody/persons/" + person.get("id") + "/holdings").then().statusCode(200)
                .body("tagCode", contains(tag));
        as(CLERK_GAO).get("/api/weapons/" + weaponId(tag)).then().body("holderTag", equalTo(person.get("tagCode")));
        as(CLERK_KAYES).get("/api/custody/persons/" + person.get("id") + "/holdings").then().statusCode(200)
                .body("", empty());
        as(CLERK_KAYES).get("/api/weapons?q=" + as(ADMIN).get("/api/weapons/" + weaponId(tag)).then().extract()
                .path("manufacturerSerial")).then().body("totalItems", equalTo(0));
    }

    /** An issue to a person and their move, at the same moment: one of the two wins, never both. */
    @Test
    void anIssueAndAMoveRacingNeverBothSucceed() throws Exception {
        int issued = 0;
        int moved = 0;
        for (int round = 0; round < 12; round++) {
            Map<String, Object> person = newPerson("ARM-GAO-01");
            String tag = freshWeapons("ARM-GAO-01", "race-move-" + round, 1).get(0);
            Map<String, Object> posting = moved(person, "ARM-KAY-01");
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Response> issue = CompletableFuture.supplyAsync(() -> {
                await(start);
                return perform(CLERK_GAO, "issue", scan(List.of(tag), "personTag", person.get("tagCode")));
            });
            CompletableFuture<Response> move = CompletableFuture.supplyAsync(() -> {
                await(start);
                return as(ADMIN).body(posting).put("/api/persons/" + person.get("id"));
            });
            start.countDown();
            boolean issueDone = issue.get().statusCode() == 200;
            boolean moveDone = move.get().statusCode() == 200;
            assertFalse(issueDone && moveDone, "round " + round + ": the person left with the weapon");
            assertTrue(issueDone || moveDone, "round " + round + ": one of the two goes through");
            String state = as(ADMIN).get("/api/weapons/" + weaponId(tag)).then().extract().path("state");
            String site = as(ADMIN).get("/api/persons/" + person.get("id")).then().extract().path("siteCode");
            assertTrue(state.equals("IN_STORE") || site.equals("ARM-GAO-01"), state + " " + site);
            issued += issueDone ? 1 : 0;
            moved += moveDone ? 1 : 0;
        }
        System.out.printf("Issue and move racing: %d issues won, %d moves won, never both%n", issued, moved);
    }

    private static Map<String, Object> newPerson(String siteCode) {
        int n = PEOPLE.incrementAndGet();
        String serviceNumber = "GN-HOLD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + n;
        return as(ADMIN).body(Map.of("serviceNumber", serviceNumber, "givenNames", "Seydou", "familyName", "Keïta",
                "forceCode", "GN", "siteCode", siteCode)).post("/api/persons").then().statusCode(201).extract()
                .jsonPath().getMap("");
    }

    private static Response moveTo(Map<String, Object> person, String siteCode) {
        return as(ADMIN).body(moved(person, siteCode)).put("/api/persons/" + person.get("id"));
    }

    /** The person's record as it is now, posted at {@code siteCode}. */
    private static Map<String, Object> moved(Map<String, Object> person, String siteCode) {
        Map<String, Object> moved = new HashMap<>(as(ADMIN).get("/api/persons/" + person.get("id")).then()
                .extract().jsonPath().getMap(""));
        moved.put("siteCode", siteCode);
        return moved;
    }

    private static void ammo(String operation, String lot, long quantity, Object... details) {
        Map<String, Object> body = new HashMap<>(Map.of("siteCode", "EXS-BKO-01", "lines",
                List.of(Map.of("lotTag", lot, "quantity", quantity))));
        for (int i = 0; i < details.length; i += 2) {
            body.put((String) details[i], details[i + 1]);
        }
        as(CLERK_STOREHOUSE).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/ammunition/" + operation).then().statusCode(200);
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
