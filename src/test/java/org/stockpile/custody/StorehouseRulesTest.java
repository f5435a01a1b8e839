package org.stockpile.custody;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.as;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.stockpile.ammo.AmmunitionItem;
import org.stockpile.ammo.AmmunitionLot;
import org.stockpile.ammo.CompatibilityGroup;
import org.stockpile.ammo.StorehouseRules;
import org.stockpile.support.Custody;
import org.stockpile.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** What a storehouse may hold: its licence, compatible groups only, weapons and ammunition apart. */
@QuarkusTest
class StorehouseRulesTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Inject
    StorehouseRules rules;

    @Test
    void exactlyAtTheLimitIsAcceptedAndOneUnitOverIsRefusedWithTheNumbers() {
        String site = storehouse(Map.of("1.1", 100, "1.4", 50));
        String oneKilo = lot("1.1", "D", "1.0");
        receipt(site, oneKilo, 60).then().statusCode(200);
        receipt(site, oneKilo, 40).then().statusCode(200);
        receipt(site, oneKilo, 1).then().statusCode(422).body("type", equalTo("urn:stockpile:problem:rule-violation"))
                .body("detail", allOf(containsString("1.1"), containsString("100 kg NEQ"), containsString("1 kg"),
                        containsString("limite 100 kg")));
    }

    @Test
    void anyDivision11CountsTheWholeStoreAs11() {
        String site = storehouse(Map.of("1.1", 100, "1.4", 1000));
        receipt(site, lot("1.4", "S", "1.0"), 800).then().statusCode(200);
        receipt(site, lot("1.1", "D", "1.0"), 10).then().statusCode(422).body("detail", containsString("1.1"));
    }

    @Test
    void division12HeldWith13CountsAs12() {
        String site = storehouse(Map.of("1.2", 50, "1.3", 1000));
        receipt(site, lot("1.3", "C", "1.0"), 60).then().statusCode(200);
        receipt(site, lot("1.2", "C", "1.0"), 10).then().statusCode(422).body("detail", containsString("1.2"));
    }

    @Test
    void aDivisionTheLicenceDoesNotCoverIsRefused() {
        String site = storehouse(Map.of("1.4", 1000));
        receipt(site, lot("1.3", "G", "0.5"), 1).then().statusCode(422);
    }

    @Test
    void anIncompatibleGroupIsRefusedNamingBothGroups() {
        String site = storehouse(Map.of("1.1", 1000, "1.4", 1000));
        receipt(site, lot("1.1", "D", "1.0"), 5).then().statusCode(200);
        receipt(site, lot("1.1", "A", "0.1"), 1).then().statusCode(422)
                .body("items[0].message", allOf(containsString("A"), containsString("D")));
        receipt(site, lot("1.4", "S", "0.001"), 100).then().statusCode(200);
    }

    @Test
    void everyPairOfTheMixingTable() {
        // docs/domain.md: A, L only with themselves (L, K: only the same type); B with B, S; C, D, E with each other,
        // N and S; G with C, D, E, G, S; F with F, S; H with H, S; J with J, S; N with C, D, E, N, S;
        // S with everything except A and L.
        Map<CompatibilityGroup, Set<String>> expected = Map.ofEntries(Map.entry(CompatibilityGroup.A, Set.of("A")),
                Map.entry(CompatibilityGroup.B, Set.of("B", "S")),
                Map.entry(CompatibilityGroup.C, Set.of("C", "D", "E", "G", "N", "S")),
                Map.entry(CompatibilityGroup.D, Set.of("C", "D", "E", "G", "N", "S")),
                Map.entry(CompatibilityGroup.E, Set.of("C", "D", "E", "G", "N", "S")),
                Map.entry(CompatibilityGroup.F, Set.of("F", "S")),
                Map.entry(CompatibilityGroup.G, Set.of("C", "D", "E", "G", "S")),
                Map.entry(CompatibilityGroup.H, Set.of("H", "S")), Map.entry(CompatibilityGroup.J, Set.of("J", "S")),
                Map.entry(CompatibilityGroup.K, Set.of("K")), Map.entry(CompatibilityGroup.L, Set.of("L")),
                Map.entry(CompatibilityGroup.N, Set.of("C", "D", "E", "N", "S")),
                Map.entry(CompatibilityGroup.S, Set.of("B", "C", "D", "E", "F", "G", "H", "J", "N", "S")));
        int pairs = 0;
        for (CompatibilityGroup g : CompatibilityGroup.values()) {
            for (CompatibilityGroup h : CompatibilityGroup.values()) {
                // the two lots are of different items, so K and L do not mix even with themselves
                boolean sameTypeOnly = g == CompatibilityGroup.K || g == CompatibilityGroup.L;
                boolean allowed = expected.get(g).contains(h.name()) && !sameTypeOnly;
                assertEquals(allowed, rules.compatible(inMemoryLot(g, 1), inMemoryLot(h, 2)), g + " with " + h);
                pairs++;
            }
        }
        assertEquals(169, pairs);
        for (CompatibilityGroup sameTypeOnly : List.of(CompatibilityGroup.K, CompatibilityGroup.L)) {
            assertEquals(true, rules.compatible(inMemoryLot(sameTypeOnly, 7), inMemoryLot(sameTypeOnly, 7)));
        }
    }

    @Test
    void weaponsAndAmmunitionAreKeptApart() {
        String rifle = Custody.freshWeapons("ARM-GAO-01", "apart", 1).get(0);
        String rack = Custody.locationTag("ARM-GAO-01", "R07");
        Custody.perform(ADMIN, "move", Custody.scan(List.of(rifle), "locationTag", rack)).then().statusCode(200);
        String lot = lot("1.4", "S", "0.001");
        Map<String, Object> body = receiptBody("ARM-GAO-01", lot, 100);
        body.put("lines", List.of(Map.of("lotTag", lot, "quantity", 100, "locationTag", rack)));
        ammo(body).then().statusCode(422).body("items[0].message", containsString("R07"));

        String bay = Custody.locationTag("ARM-GAO-01", "B01");
        body.put("lines", List.of(Map.of("lotTag", lot, "quantity", 100, "locationTag", bay)));
        ammo(body).then().statusCode(200);
        String other = Custody.freshWeapons("ARM-GAO-01", "apart-2", 1).get(0);
        Custody.perform(ADMIN, "move", Custody.scan(List.of(other), "locationTag", bay)).then().statusCode(422)
                .body("field", equalTo("locationTag"));
        Map<String, Object> weapon = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", "apart-3"));
        weapon.put("storageLocationCode", "B01");
        as(ADMIN).body(weapon).post("/api/weapons").then().statusCode(422);
    }

    private static AmmunitionLot inMemoryLot(CompatibilityGroup group, long itemId) {
        AmmunitionItem item = new AmmunitionItem();
        item.id = itemId;
        item.compatibilityGroup = group;
        AmmunitionLot lot = new AmmunitionLot();
        lot.item = item;
        return lot;
    }

    /** A new storehouse in Ségou with the given licence (kg NEQ per division). */
    private static String storehouse(Map<String, Integer> licence) {
        String code = "EXS-T" + SERIAL.incrementAndGet();
        Map<String, Object> site = new HashMap<>(Map.of("code", code, "name", "Dépôt d'essai", "kind",
                "EXPLOSIVE_STOREHOUSE", "forceCode", "FAMA", "regionCode", "SEG"));
        site.put("licence", licence.entrySet().stream()
                .map(l -> Map.of("hazardDivision", l.getKey(), "maxNeqKg", l.getValue())).toList());
        as(ADMIN).body(site).post("/api/sites").then().statusCode(201);
        Fixtures.siteId(code);
        return code;
    }

    /** A lot of a new item of the given classification. */
    private static String lot(String division, String group, String neqPerUnit) {
        String itemCode = "T-" + group + division.replace(".", "") + "-" + SERIAL.incrementAndGet();
        as(ADMIN).body(Map.of("itemCode", itemCode, "nomenclature", "Essai " + group, "calibre", "essai",
                "unNumber", "0000", "hazardDivision", division, "compatibilityGroup", group, "neqPerUnitKg",
                new BigDecimal(neqPerUnit))).post("/api/ammunition-items").then().statusCode(201);
        return as(ADMIN).body(Map.of("itemCode", itemCode, "lotNumber", "L-" + UUID.randomUUID()))
                .post("/api/ammunition-lots").then().statusCode(201).extract().path("tagCode");
    }

    private static Map<String, Object> receiptBody(String site, String lot, long quantity) {
        Map<String, Object> body = new HashMap<>();
        body.put("siteCode", site);
        body.put("reference", "BR-T");
        body.put("lines", List.of(Map.of("lotTag", lot, "quantity", quantity)));
        return body;
    }

    private static Response receipt(String site, String lot, long quantity) {
        return ammo(receiptBody(site, lot, quantity));
    }

    private static Response ammo(Map<String, Object> body) {
        return as(ADMIN).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/ammunition/receipt");
    }
}
