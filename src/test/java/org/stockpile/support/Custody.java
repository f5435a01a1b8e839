package org.stockpile.support;

import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;

/** Custody requests as a scanner would send them, each with a fresh idempotency key unless one is given. */
public final class Custody {

    private Custody() {
    }

    public static Response perform(String user, String operation, Map<String, Object> body) {
        return perform(user, operation, body, UUID.randomUUID().toString());
    }

    public static Response perform(String user, String operation, Map<String, Object> body, String key) {
        return as(user).header("Idempotency-Key", key).body(body).post("/api/custody/" + operation);
    }

    /** The same operation, lacking certification, held for a commander's override. */
    public static Response requestOverride(String user, String operation, Map<String, Object> body, String key) {
        return as(user).header("Idempotency-Key", key).body(body)
                .post("/api/custody/" + operation + "/certification-override");
    }

    public static Response approve(String user, String pendingId) {
        return approve(user, pendingId, Map.of());
    }

    /** Approves with a body, e.g. the reason a commander gives to override certification. */
    public static Response approve(String user, String pendingId, Map<String, Object> decision) {
        return as(user).header("Idempotency-Key", UUID.randomUUID().toString()).body(decision)
                .post("/api/custody/pending/" + pendingId + "/approve");
    }

    public static Map<String, Object> scan(List<String> weaponTags, Object... details) {
        Map<String, Object> body = new HashMap<>();
        body.put("weaponTags", weaponTags);
        for (int i = 0; i < details.length; i += 2) {
            body.put((String) details[i], details[i + 1]);
        }
        return body;
    }

    /** Tags of weapons in store at a site, registered for the test so that no other test touches them. */
    public static List<String> freshWeapons(String siteCode, String tag, int count) {
        List<String> tags = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> weapon = new HashMap<>(Fixtures.newWeapon(siteCode, tag + "-" + i));
            tags.add(as(ADMIN).body(weapon).post("/api/weapons").then().statusCode(201).extract().path("tagCode"));
        }
        return tags;
    }

    /** An operation waiting for a second person: its id, and the weapon it concerns. */
    public record Waiting(String pendingId, String weapon) {
    }

    /** A dispatch of one fresh Gao weapon to Kayes, requested by clerk-gao and waiting for approval. */
    public static Waiting dispatchWaiting(String tag) {
        String weapon = freshWeapons("ARM-GAO-01", tag, 1).get(0);
        String id = perform("clerk-gao", "dispatch", scan(List.of(weapon), "destinationSiteCode", "ARM-KAY-01"))
                .then().statusCode(202).extract().path("pendingOperationId");
        return new Waiting(id, weapon);
    }

    public static String personTagAt(String siteCode) {
        return as(ADMIN).get("/api/persons?size=1&siteCode=" + siteCode).then().statusCode(200).extract()
                .path("items[0].tagCode");
    }

    public static String locationTag(String siteCode, String code) {
        return as(ADMIN).get("/api/sites/" + Fixtures.siteId(siteCode) + "/storage-locations?q=" + code).then()
                .statusCode(200).extract().path("items[0].tagCode");
    }

    public static long weaponId(String tag) {
        return org.stockpile.system.TagCode.parse(tag).number();
    }
}
