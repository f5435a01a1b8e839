package org.stockpile.support;

import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sites made for one test, with their storage locations and weapons, so that what the test counts, freezes or
 * closes is touched by no other test.
 */
public final class Depots {

    private static final AtomicInteger SITES = new AtomicInteger();

    private Depots() {
    }

    /** A site just created: its code, and the tags of its storage locations by code. */
    public record Depot(String code, Map<String, String> locationTags) {

        public String location(String code) {
            return locationTags.get(code);
        }

        /** A weapon registered in store at {@code locationCode} (null for none): its tag. */
        public String weapon(String locationCode) {
            Map<String, Object> weapon = new HashMap<>(Fixtures.newWeapon(code, code + "-"
                    + UUID.randomUUID().toString().substring(0, 8)));
            if (locationCode != null) {
                weapon.put("storageLocationCode", locationCode);
            }
            return as(ADMIN).body(weapon).post("/api/weapons").then().statusCode(201).extract().path("tagCode");
        }

        /** A person posted at the site: their badge's tag. */
        public String person() {
            String serviceNumber = "TST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            return as(ADMIN).body(Map.of("serviceNumber", serviceNumber, "givenNames", "Awa", "familyName", "Traoré",
                    "forceCode", "FAMA", "siteCode", code)).post("/api/persons").then().statusCode(201).extract()
                    .path("tagCode");
        }
    }

    /** An armoury in {@code regionCode} with storage locations named {@code locations}. */
    public static Depot armoury(String regionCode, String... locations) {
        return create("ARM", "ARMOURY", regionCode, null, locations);
    }

    /** An explosive storehouse in {@code regionCode}, licensed for division 1.1, with {@code locations}. */
    public static Depot storehouse(String regionCode, String... locations) {
        return create("EXS", "EXPLOSIVE_STOREHOUSE", regionCode,
                List.of(Map.of("hazardDivision", "1.1", "maxNeqKg", 5000)), locations);
    }

    private static Depot create(String prefix, String kind, String regionCode, List<Map<String, Object>> licence,
            String... locations) {
        // Neither the region's code nor its name appears in the site's, so that searches by them find only the
        // demo sites other tests expect.
        String code = "TST-" + prefix + SITES.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 4)
                .toUpperCase();
        Map<String, Object> site = new HashMap<>(Map.of("code", code, "name", "Site de test " + SITES.get(), "kind",
                kind, "forceCode", "FAMA", "regionCode", regionCode, "latitude", 14.48, "longitude", -4.18));
        if (licence != null) {
            site.put("licence", licence);
        }
        long id = ((Number) as(ADMIN).body(site).post("/api/sites").then().statusCode(201).extract().path("id"))
                .longValue();
        Map<String, String> tags = new HashMap<>();
        for (String location : locations) {
            tags.put(location, as(ADMIN).body(Map.of("code", location, "kind", "RACK", "description", "Râtelier"))
                    .post("/api/sites/" + id + "/storage-locations").then().statusCode(201).extract()
                    .path("tagCode"));
        }
        return new Depot(code, tags);
    }
}
