package org.stockpile.key;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.CLERK_KAYES;
import static org.stockpile.support.Api.COMMANDER;
import static org.stockpile.support.Api.INSPECTOR_MOPTI;
import static org.stockpile.support.Api.INSPECTOR_NATIONAL;
import static org.stockpile.support.Api.TRAINER;
import static org.stockpile.support.Api.as;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Custody;
import org.stockpile.support.Depots;
import org.stockpile.support.Fixtures;
import org.stockpile.system.TagCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The key register through the API: keys and copies registered by a site's commander, handed over at the counter by
 * scanning the key and the receiving badge, each handover kept and opening the count national policy calls for,
 * and the register seen only within scope.
 */
@QuarkusTest
class KeyRegisterTest {

    @Inject
    DataSource dataSource;

    private static List<Map<String, Object>> register(String user, String siteCode, String opens, Object copies) {
        Map<String, Object> body = copies == null ? Map.of("siteCode", siteCode, "opens", opens)
                : Map.of("siteCode", siteCode, "opens", opens, "copies", copies);
        return as(user).body(body).post("/api/keys").then().statusCode(201).extract().path("");
    }

    private static Response handOver(String user, String keyTag, String personTag, String idempotencyKey) {
        return as(user).header("Idempotency-Key", idempotencyKey).body(Map.of("keyTag", keyTag, "personTag",
                personTag)).post("/api/keys/handovers");
    }

    private static Response handOver(String user, String keyTag, String personTag) {
        return handOver(user, keyTag, personTag, UUID.randomUUID().toString());
    }

    private static List<Map<String, Object>> handovers(long key) {
        return as(ADMIN).get("/api/keys/" + key + "/handovers").then().statusCode(200).extract().path("items");
    }

    private static long id(Map<String, Object> key) {
        return ((Number) key.get("id")).longValue();
    }

    @Test
    void aKeyHandedOverAtTheCounterPassesToTheScannedBadgeAndOpensTheCountPolicyCallsFor() {
        Depots.Depot depot = Depots.armoury("MPT", "R-01");
        depot.weapon("R-01");
        String first = depot.person();
        String second = depot.person();

        List<Map<String, Object>> keys = register(COMMANDER, depot.code(), "  Porte de l’armurerie ", 2);
        assertEquals(2, keys.size(), "one key for each copy");
        assertEquals(List.of(1, 2), keys.stream().map(k -> k.get("copyNumber")).toList());
        assertEquals("Porte de l’armurerie", keys.get(0).get("opens"));
        assertEquals(null, keys.get(0).get("holderTag"), "a key is held by no one until first handed over");
        assertEquals(TagCode.Kind.KEY, TagCode.parse((String) keys.get(0).get("tag")).kind());
        assertEquals(3, register(ADMIN, depot.code(), "Porte de l’armurerie", null).get(0).get("copyNumber"),
                "a copy labelled later is numbered after those registered");
        String key = (String) keys.get(0).get("tag");
        long keyId = id(keys.get(0));
        as(CLERK_GAO).get("/api/tags/" + key).then().statusCode(404);
        as(COMMANDER).get("/api/tags/" + key).then().statusCode(200).body("kind", equalTo("KEY"))
                .body("title", equalTo("Porte de l’armurerie")).body("siteCode", equalTo(depot.code()));

        String replayed = UUID.randomUUID().toString();
        Response handedOut = handOver(COMMANDER, key, first, replayed);
        handedOut.then().statusCode(201).body("keyTag", equalTo(key)).body("fromTag", nullValue())
                .body("toTag", equalTo(first)).body("toName", equalTo("Awa Traoré"))
                .body("recordedBy", equalTo(COMMANDER)).body("stocktakeId", notNullValue());
        long count = ((Number) handedOut.path("stocktakeId")).longValue();
        as(COMMANDER).get("/api/stocktakes/" + count).then().statusCode(200).body("siteCode", equalTo(depot.code()))
                .body("scope", equalTo("FULL")).body("status", equalTo("OPEN")).body("openedBy", equalTo(COMMANDER));
        handOver(COMMANDER, key, first, replayed).then().statusCode(201).body("id", equalTo(handedOut.path("id")));
        assertEquals(1, handovers(keyId).size(), "a handover sent twice is recorded once");

        handOver(COMMANDER, key, second).then().statusCode(201).body("fromTag", equalTo(first))
                .body("toTag", equalTo(second)).body("stocktakeId", equalTo((int) count));
        as(INSPECTOR_NATIONAL).get("/api/keys/" + keyId).then().statusCode(200).body("holderTag", equalTo(second))
                .body("heldSince", notNullValue());
        List<Map<String, Object>> history = handovers(keyId);
        assertEquals(List.of(first, second), history.stream().map(h -> h.get("toTag")).toList());
        assertEquals(1, as(ADMIN).get("/api/stocktakes?status=OPEN&siteCode=" + depot.code()).then()
                .statusCode(200).extract().<List<Object>>path("items").size(), "the second handover joins the count");

        handOver(COMMANDER, key, second).then().statusCode(409)
                .body("type", equalTo("urn:stockpile:problem:state-conflict")).body("field", equalTo("personTag"));
        handOver(COMMANDER, key, Custody.personTagAt("ARM-GAO-01")).then().statusCode(422)
                .body("type", equalTo("urn:stockpile:problem:rule-violation")).body("field", equalTo("personTag"));
        handOver(COMMANDER, depot.location("R-01"), second).then().statusCode(422)
                .body("type", equalTo("urn:stockpile:problem:unknown-reference")).body("field", equalTo("keyTag"));
        handOver(COMMANDER, "K12345", second).then().statusCode(422)
                .body("type", equalTo("urn:stockpile:problem:invalid-tag"));
        handOver(COMMANDER, key, key).then().statusCode(422).body("field", equalTo("personTag"));
        as(COMMANDER).body(Map.of("keyTag", key, "personTag", first)).post("/api/keys/handovers").then()
                .statusCode(400);
        as(COMMANDER).body(Map.of("siteCode", depot.code(), "opens", "Porte", "copies", 100)).post("/api/keys")
                .then().statusCode(422).body("errors[0].field", equalTo("copies"));
        as(COMMANDER).body(Map.of("siteCode", depot.code(), "opens", "Porte de l’armurerie", "copies", 97))
                .post("/api/keys").then().statusCode(422).body("field", equalTo("copies"));
        assertEquals(2, handovers(keyId).size(), "no refused handover is kept");
        as(ADMIN).get("/api/keys/" + keyId).then().body("holderTag", equalTo(second));

        long third = id(register(COMMANDER, depot.code(), "Porte de l’armurerie", null).get(0));
        as(COMMANDER).body(Map.of("reason", "Perdue lors de la relève")).post("/api/keys/" + third + "/retire")
                .then().statusCode(200).body("status", equalTo("RETIRED"));
        handOver(COMMANDER, TagCode.of(TagCode.Kind.KEY, third).value(), first).then().statusCode(409)
                .body("type", equalTo("urn:stockpile:problem:retired"));
        List<String> listed = as(COMMANDER).get("/api/keys?status=ACTIVE&siteCode=" + depot.code()).then()
                .statusCode(200).extract().path("items.tag");
        assertEquals(3, listed.size(), "two copies registered first, one later; the fourth is retired");
        assertFalse(listed.contains(TagCode.of(TagCode.Kind.KEY, third).value()));
    }

    @Test
    void theGaoClerkHandsOverGaoKeysOnlyAndAHandoverJoinsTheCountAlreadyOpen() {
        long open = Fixtures.stocktakeAtGao();
        Map<String, Object> key = register(ADMIN, "ARM-GAO-01", "Armoire à clés " + UUID.randomUUID(), null).get(0);
        String tag = (String) key.get("tag");
        String badge = Custody.personTagAt("ARM-GAO-01");

        handOver(CLERK_GAO, tag, badge).then().statusCode(201).body("stocktakeId", equalTo((int) open))
                .body("recordedBy", equalTo(CLERK_GAO));
        as(CLERK_GAO).get("/api/keys?size=500").then().statusCode(200).body("items", not(hasSize(0)))
                .body("items.siteCode", everyItem(equalTo("ARM-GAO-01"))).body("items.tag", hasItem(tag));

        as(CLERK_KAYES).get("/api/keys/" + id(key)).then().statusCode(404);
        as(INSPECTOR_MOPTI).get("/api/keys/" + id(key) + "/handovers").then().statusCode(404);
        as(CLERK_KAYES).get("/api/keys?size=500").then().statusCode(200).body("items.tag", not(hasItem(tag)));
        handOver(CLERK_KAYES, tag, badge).then().statusCode(422).body("field", equalTo("keyTag"));
        as(CLERK_GAO).body(Map.of("siteCode", "ARM-GAO-01", "opens", "Porte")).post("/api/keys").then()
                .statusCode(403);
        as(TRAINER).get("/api/keys").then().statusCode(403);
        as(INSPECTOR_NATIONAL).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("keyTag", tag, "personTag", badge)).post("/api/keys/handovers").then().statusCode(403);
        assertEquals(1, handovers(id(key)).size());
    }

    @Test
    void twoHandoversOfOneKeyAtOnceAreRecordedOneAfterTheOther() {
        Depots.Depot depot = Depots.armoury("MPT");
        String key = (String) register(COMMANDER, depot.code(), "Porte", null).get(0).get("tag");
        List<String> people = List.of(depot.person(), depot.person());
        List<CompletableFuture<Integer>> sent = people.stream()
                .map(person -> CompletableFuture.supplyAsync(() -> handOver(COMMANDER, key, person).statusCode()))
                .toList();
        assertEquals(List.of(201, 201), sent.stream().map(CompletableFuture::join).toList());

        List<Map<String, Object>> history = handovers(TagCode.parse(key).number());
        assertEquals(2, history.size());
        assertEquals(null, history.get(0).get("fromTag"));
        assertEquals(history.get(0).get("toTag"), history.get(1).get("fromTag"),
                "the second handover takes the key from the first one's holder");
        assertEquals(new HashSet<>(people), Set.of(history.get(0).get("toTag"), history.get(1).get("toTag")));
    }

    @Test
    void theDatabaseKeepsEveryHandoverAsRecorded() throws SQLException {
        Depots.Depot depot = Depots.armoury("MPT");
        String key = (String) register(COMMANDER, depot.code(), "Porte", null).get(0).get("tag");
        handOver(COMMANDER, key, depot.person()).then().statusCode(201);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            long id = TagCode.parse(key).number();
            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("update key_handover set recorded_by = 'x' where key_id = " + id));
            assertTrue(update.getMessage().contains("kept as they were recorded"), update.getMessage());
            assertThrows(SQLException.class, () -> sql.executeUpdate("delete from key_handover where key_id = " + id));
        }
        assertEquals(1, handovers(TagCode.parse(key).number()).size());
    }
}
