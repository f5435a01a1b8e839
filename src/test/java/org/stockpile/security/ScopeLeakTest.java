package org.stockpile.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.CLERK_KAYES;
import static org.stockpile.support.Api.CLERK_STOREHOUSE;
import static org.stockpile.support.Api.COMMANDER;
import static org.stockpile.support.Api.INSPECTOR_MOPTI;
import static org.stockpile.support.Api.INSPECTOR_NATIONAL;
import static org.stockpile.support.Api.as;
import static org.stockpile.support.Custody.approve;
import static org.stockpile.support.Custody.freshWeapons;
import static org.stockpile.support.Custody.perform;
import static org.stockpile.support.Custody.personTagAt;
import static org.stockpile.support.Custody.scan;
import static org.stockpile.support.Custody.weaponId;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.stockpile.support.Fixtures;
import org.stockpile.support.Inspecting;
import org.stockpile.system.TagCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Every read endpoint of the OpenAPI document, asked by a clerk of another armoury and by an inspector of another
 * region, while the Gao armoury and the Bamako storehouse hold records of every kind they must not see: a weapon
 * issued, one lost pending approval, one in transit, stock on hand, issued out, in transit, expiring, restricted.
 * No answer may carry any of those records. Asked by a national inspector, the same addresses show every one of
 * them, so that the check is known to see them when they are there.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeLeakTest {

    /** What must never reach a user outside Gao and Bamako: codes, serials and ids of the records made below. */
    private final Set<String> secrets = new TreeSet<>();
    /** Path templates of the read endpoints → the addresses tried for each, aimed at the out-of-scope records. */
    private final Map<String, List<String>> addresses = new LinkedHashMap<>();

    /** Once for the class, at the first test: RestAssured points at the application only once a test runs. */
    @BeforeEach
    void recordsOutOfScope() {
        if (!addresses.isEmpty()) {
            return;
        }
        List<String> weapons = new ArrayList<>(freshWeapons("ARM-GAO-01", "leak", 3));
        String badge = personTagAt("ARM-GAO-01");
        perform(CLERK_GAO, "issue", scan(weapons.subList(0, 1), "personTag", badge)).then().statusCode(200);
        String loss = perform(CLERK_GAO, "loss", scan(weapons.subList(1, 2), "reason", "Scope check")).then()
                .statusCode(202).extract().path("pendingOperationId");
        String dispatch = perform(CLERK_GAO, "dispatch", scan(weapons.subList(2, 3), "destinationSiteCode",
                "ARM-TBK-01")).then().statusCode(202).extract().path("pendingOperationId");
        approve(COMMANDER, dispatch).then().statusCode(200);

        String lot = newLot("7.62 scope", LocalDate.now().plusDays(20));
        ammo("receipt", lot, 1000, "reference", "BR-SCOPE");
        ammo("issue", lot, 100, "personTag", personTagAt("EXS-BKO-01"));
        String transfer = ammo("dispatch", lot, 200, "destinationSiteCode", "EXS-GAO-01").extract()
                .path("pendingOperationId");
        approve(COMMANDER, transfer).then().statusCode(200);
        String restricted = newLot("7.62 scope restricted", null);
        ammo("receipt", restricted, 500, "reference", "BR-SCOPE-R");
        as(ADMIN).body(Map.of("reason", "Scope check")).post("/api/ammunition-lots/" + TagCode.parse(restricted)
                .number() + "/restrict").then().statusCode(200);

        int session = as(ADMIN).get("/api/training/sessions?courseCode=ARM-COLL&regionCode=GAO&size=1").then()
                .statusCode(200).extract().path("items[0].id");
        String certificate = as(ADMIN).get("/api/training/sessions/" + session).then().statusCode(200).extract()
                .path("enrolments[0].certificateNumber");
        int course = as(ADMIN).get("/api/training/courses?q=ARM-COLL").then().statusCode(200).extract()
                .path("items[0].id");

        long stocktake = Fixtures.stocktakeAtGao();
        String stray = TagCode.of(TagCode.Kind.WEAPON, 96_000_000L + new java.util.Random().nextInt(900_000)).value();
        as(CLERK_GAO).body(Map.of("id", java.util.UUID.randomUUID().toString(), "weaponTag", stray))
                .post("/api/stocktakes/" + stocktake + "/scans").then().statusCode(201);

        List<String> stolen = freshWeapons("ARM-GAO-01", "leak-theft", 1);
        String policeReference = "PV-LEAK-" + UUID.randomUUID().toString().substring(0, 8);
        Response theft = as(CLERK_GAO).header("Idempotency-Key",
                UUID.randomUUID().toString()).body(Map.of("kind", "THEFT", "weaponTags", stolen,
                        "discoveredOn", LocalDate.now().toString(), "circumstances", "Scope check",
                        "policeReference", policeReference)).post("/api/loss-reports");
        long lossReport = ((Number) theft.then().statusCode(201).extract().path("id")).longValue();
        approve(COMMANDER, theft.path("pendingOperationId")).then().statusCode(200);
        weapons.addAll(stolen);

        String opens = "Coffre " + UUID.randomUUID().toString().substring(0, 8);
        Response registered = as(ADMIN).body(Map.of("siteCode", "ARM-GAO-01", "opens", opens)).post("/api/keys");
        String key = registered.then().statusCode(201).extract().path("[0].tag");
        as(CLERK_GAO).header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("keyTag", key,
                "personTag", badge)).post("/api/keys/handovers").then().statusCode(201);

        long inspection = Inspecting.openAnew("inspector-gao", "ARM-GAO-01");
        String action = "Cadenas " + UUID.randomUUID().toString().substring(0, 8);
        long photo = ((Number) Inspecting.upload("inspector-gao", inspection, "LOCKS", "FINDING",
                Inspecting.jpeg(64, 48), "image/jpeg").then().statusCode(201).extract().path("id")).longValue();
        Inspecting.closeWith("inspector-gao", inspection, Map.of("LOCKS", Inspecting.failure("HIGH", action, 10)));

        secrets.addAll(List.of("EXS-BKO-01", "EXS-GAO-01", "ARM-TBK-01", loss, badge, certificate, stray,
                policeReference, opens, key, action));
        weapons.forEach(tag -> secrets.add(tag));
        weapons.forEach(tag -> secrets.add(as(ADMIN).get("/api/weapons/" + weaponId(tag)).then().extract()
                .path("manufacturerSerial")));

        long gao = Fixtures.siteId("ARM-GAO-01");
        String weapon = String.valueOf(weaponId(weapons.get(0)));
        String person = String.valueOf(TagCode.parse(badge).number());
        Map<String, String> ids = Map.ofEntries(Map.entry("{site}", String.valueOf(gao)),
                Map.entry("{location}", String.valueOf(Fixtures.locationAt("ARM-GAO-01"))),
                Map.entry("{person}", person), Map.entry("{weapon}", weapon), Map.entry("{pending}", loss),
                Map.entry("{code}", weapons.get(0)),
                Map.entry("{region}", String.valueOf(Fixtures.regionId("GAO"))),
                Map.entry("{force}", String.valueOf(Fixtures.forceId("FAMA"))),
                Map.entry("{unit}", String.valueOf(Fixtures.unitId("GTIA-2"))),
                Map.entry("{item}", String.valueOf(Fixtures.ammunitionItem("762X39-BALL"))),
                Map.entry("{lot}", String.valueOf(TagCode.parse(lot).number())),
                Map.entry("{session}", String.valueOf(session)), Map.entry("{certificate}", certificate),
                Map.entry("{course}", String.valueOf(course)), Map.entry("{stocktake}", String.valueOf(stocktake)),
                Map.entry("{lossReport}", String.valueOf(lossReport)),
                Map.entry("{key}", String.valueOf(TagCode.parse(key).number())),
                Map.entry("{inspection}", String.valueOf(inspection)),
                Map.entry("{photoId}", String.valueOf(photo)));
        Map<String, String> templates = Map.ofEntries(Map.entry("/api/regions/{id}", "/api/regions/{region}"),
                Map.entry("/api/forces/{id}", "/api/forces/{force}"), Map.entry("/api/units/{id}", "/api/units/{unit}"),
                Map.entry("/api/sites/{id}", "/api/sites/{site}"),
                Map.entry("/api/sites/{siteId}/storage-locations", "/api/sites/{site}/storage-locations"),
                Map.entry("/api/sites/{siteId}/storage-locations/{id}",
                        "/api/sites/{site}/storage-locations/{location}"),
                Map.entry("/api/persons/{id}", "/api/persons/{person}"),
                Map.entry("/api/weapons/{id}", "/api/weapons/{weapon}"),
                Map.entry("/api/ammunition-items/{id}", "/api/ammunition-items/{item}"),
                Map.entry("/api/ammunition-lots/{id}", "/api/ammunition-lots/{lot}"),
                Map.entry("/api/custody/pending/{id}", "/api/custody/pending/{pending}"),
                Map.entry("/api/custody/weapons/{id}/history", "/api/custody/weapons/{weapon}/history"),
                Map.entry("/api/custody/persons/{id}/holdings", "/api/custody/persons/{person}/holdings"),
                Map.entry("/api/custody/sites/{id}/inventory", "/api/custody/sites/{site}/inventory"),
                Map.entry("/api/training/courses/{id}", "/api/training/courses/{course}"),
                Map.entry("/api/training/sessions/{id}", "/api/training/sessions/{session}"),
                Map.entry("/api/stocktakes/{id}", "/api/stocktakes/{stocktake}"),
                Map.entry("/api/loss-reports/{id}", "/api/loss-reports/{lossReport}"),
                Map.entry("/api/keys/{id}", "/api/keys/{key}"),
                Map.entry("/api/inspections/{id}", "/api/inspections/{inspection}"),
                Map.entry("/api/inspections/{id}/photos/{photoId}", "/api/inspections/{inspection}/photos/{photoId}"),
                Map.entry("/api/inspections/{id}/report", "/api/inspections/{inspection}/report"),
                Map.entry("/api/keys/{id}/handovers", "/api/keys/{key}/handovers"),
                Map.entry("/api/stocktakes/{id}/findings", "/api/stocktakes/{stocktake}/findings"),
                Map.entry("/api/stocktakes/{id}/report", "/api/stocktakes/{stocktake}/report"),
                Map.entry("/api/stocktakes/{id}/progress", "/api/stocktakes/{stocktake}/progress"),
                Map.entry("/api/training/sessions/{id}/attendance-sheet",
                        "/api/training/sessions/{session}/attendance-sheet"),
                Map.entry("/api/training/persons/{id}", "/api/training/persons/{person}"),
                Map.entry("/api/training/certificates/{number}", "/api/training/certificates/{certificate}"),
                Map.entry("/api/training/certificates/{number}/pdf",
                        "/api/training/certificates/{certificate}/pdf"));

        Map<String, Map<String, Object>> paths = RestAssured.given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().path("paths");
        List<String> unmapped = new ArrayList<>();
        paths.forEach((template, operations) -> {
            if (!template.startsWith("/api/") || !operations.containsKey("get")) {
                return;
            }
            String address = templates.getOrDefault(template, template);
            for (Map.Entry<String, String> id : ids.entrySet()) {
                address = address.replace(id.getKey(), id.getValue());
            }
            if (address.contains("{")) {
                unmapped.add(template);
                return;
            }
            List<String> tried = new ArrayList<>(List.of(address + query(operations, null)));
            if (parameters(operations).contains("siteCode")) {
                tried.add(address + query(operations, "ARM-GAO-01"));
                tried.add(address + query(operations, "EXS-BKO-01"));
            }
            addresses.put(template, tried);
        });
        assertTrue(unmapped.isEmpty(), "read endpoints this test does not know how to aim: " + unmapped);
        assertTrue(addresses.size() > 25, "the OpenAPI document lists the read endpoints: " + addresses.keySet());
    }

    @Test
    void aClerkOfAnotherArmourySeesNoneOfIt() {
        assertNothingLeaksTo(CLERK_KAYES);
    }

    @Test
    void anInspectorOfAnotherRegionSeesNoneOfIt() {
        assertNothingLeaksTo(INSPECTOR_MOPTI);
    }

    @Test
    void aNationalInspectorSeesAllOfIt() {
        Set<String> seen = new TreeSet<>();
        addresses.values().forEach(urls -> urls.forEach(url -> {
            String body = get(INSPECTOR_NATIONAL, url).asString();
            secrets.stream().filter(secret -> shown(secret, url, body)).forEach(seen::add);
        }));
        assertEquals(secrets, seen, "the addresses tried do reach every record made out of scope");
    }

    private void assertNothingLeaksTo(String user) {
        List<String> leaks = new ArrayList<>();
        int answered = 0;
        for (List<String> urls : addresses.values()) {
            for (String url : urls) {
                Response answer = get(user, url);
                String body = new String(answer.asByteArray(), StandardCharsets.UTF_8);
                answered += answer.statusCode() == 200 && body.length() > 2 ? 1 : 0;
                secrets.stream().filter(secret -> shown(secret, url, body))
                        .forEach(secret -> leaks.add(url + " → " + secret));
            }
        }
        System.out.printf("Scope leaks as %s: %d addresses, %d answered with content, %d leaks%n", user,
                addresses.values().stream().mapToInt(List::size).sum(), answered, leaks.size());
        assertTrue(answered > 10, "the user's own records were shown: " + answered);
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
    }

    /** Whether an answer shows {@code secret}; repeating what the caller wrote in the address reveals nothing. */
    private static boolean shown(String secret, String url, String body) {
        return body.contains(secret) && !url.contains(secret);
    }

    private static Response get(String user, String url) {
        return as(user).accept("*/*").get(url);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> parameters(Map<String, Object> operations) {
        Set<String> names = new TreeSet<>();
        Object parameters = ((Map<String, Object>) operations.get("get")).get("parameters");
        if (parameters instanceof List<?> list) {
            list.forEach(p -> names.add(String.valueOf(((Map<String, Object>) p).get("name"))));
        }
        return names;
    }

    /** The largest page where there are pages, and the site asked for where one may be. */
    private static String query(Map<String, Object> operations, String siteCode) {
        List<String> query = new ArrayList<>();
        if (parameters(operations).contains("size")) {
            query.add("size=200");
        }
        if (siteCode != null) {
            query.add("siteCode=" + siteCode);
        }
        return query.isEmpty() ? "" : "?" + String.join("&", query);
    }

    private static String newLot(String name, LocalDate expiry) {
        Map<String, Object> lot = new HashMap<>(Map.of("itemCode", "762X39-BALL", "lotNumber",
                name.replace(' ', '-').toUpperCase() + "-" + UUID.randomUUID().toString().substring(0, 6)));
        if (expiry != null) {
            lot.put("manufactureDate", expiry.minusYears(15).toString());
            lot.put("expiryDate", expiry.toString());
            lot.put("nextSurveillanceDate", expiry.minusDays(10).toString());
        }
        return as(ADMIN).body(lot).post("/api/ammunition-lots").then().statusCode(201).extract().path("tagCode");
    }

    private static io.restassured.response.ValidatableResponse ammo(String operation, String lot, long quantity,
            Object... details) {
        Map<String, Object> body = new HashMap<>(Map.of("siteCode", "EXS-BKO-01", "lines",
                List.of(Map.of("lotTag", lot, "quantity", quantity))));
        for (int i = 0; i < details.length; i += 2) {
            body.put((String) details[i], details[i + 1]);
        }
        return as(CLERK_STOREHOUSE).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/ammunition/" + operation).then().statusCode(org.hamcrest.Matchers.oneOf(200, 202));
    }
}
