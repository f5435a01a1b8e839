package org.stockpile.support;

import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.as;

import java.util.List;
import java.util.Map;

/** Ids of records of the demo dataset, found through the API as the national administrator. */
public final class Fixtures {

    private Fixtures() {
    }

    public static long siteId(String code) {
        return firstId("/api/sites?q=" + code);
    }

    public static long regionId(String code) {
        return firstId("/api/regions?q=" + code);
    }

    public static long forceId(String code) {
        return firstId("/api/forces?q=" + code);
    }

    public static long unitId(String code) {
        return firstId("/api/units?q=" + code);
    }

    public static long weaponAt(String siteCode) {
        return firstId("/api/weapons?size=1&siteCode=" + siteCode);
    }

    public static long personAt(String siteCode) {
        return firstId("/api/persons?size=1&siteCode=" + siteCode);
    }

    public static long locationAt(String siteCode) {
        return firstId("/api/sites/" + siteId(siteCode) + "/storage-locations?size=1");
    }

    public static long ammunitionItem(String itemCode) {
        return firstId("/api/ammunition-items?q=" + itemCode);
    }

    public static long ammunitionLot() {
        return firstId("/api/ammunition-lots?size=1");
    }

    /**
     * The open stocktake of the Gao armoury that the guard tests address, opened (once) by an inspector posted there,
     * so that every other user with the site in scope may count, reconcile or try to close it.
     */
    public static long stocktakeAtGao() {
        List<Number> open = as(ADMIN).get("/api/stocktakes?siteCode=ARM-GAO-01&status=OPEN").then().statusCode(200)
                .extract().path("items.id");
        if (!open.isEmpty()) {
            return open.get(0).longValue();
        }
        return ((Number) as("inspector-gao").body(Map.of("siteCode", "ARM-GAO-01", "scope", "FULL"))
                .post("/api/stocktakes").then().statusCode(201).extract().path("id")).longValue();
    }

    /** A loss report at the Gao armoury, filed by its clerk for a weapon of its own (held for a second person). */
    public static long lossReportAtGao() {
        List<Number> filed = as(ADMIN).get("/api/loss-reports?siteCode=ARM-GAO-01&size=1").then().statusCode(200)
                .extract().path("items.id");
        if (!filed.isEmpty()) {
            return filed.get(0).longValue();
        }
        String weapon = Custody.freshWeapons("ARM-GAO-01", "LOSS-FIXTURE", 1).get(0);
        return ((Number) as("clerk-gao").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("kind", "LOSS", "weaponTags", List.of(weapon), "discoveredOn",
                        java.time.LocalDate.now().toString(), "circumstances", "Absente au comptage du soir"))
                .post("/api/loss-reports").then().statusCode(201).extract().path("id")).longValue();
    }

    /** A key of the Gao armoury, registered (once) by an administrator. */
    public static long keyAtGao() {
        List<Number> registered = as(ADMIN).get("/api/keys?siteCode=ARM-GAO-01&size=1").then().statusCode(200)
                .extract().path("items.id");
        if (!registered.isEmpty()) {
            return registered.get(0).longValue();
        }
        return ((Number) as(ADMIN).body(Map.of("siteCode", "ARM-GAO-01", "opens", "Porte de l’armurerie"))
                .post("/api/keys").then().statusCode(201).extract().path("[0].id")).longValue();
    }

    /** An open inspection of the Gao armoury, opened (once) by an inspector posted there, with a photo of its locks. */
    public static long inspectionAtGao() {
        List<Number> open = as(ADMIN).get("/api/inspections?siteCode=ARM-GAO-01&status=OPEN&size=1").then()
                .statusCode(200).extract().path("items.id");
        if (!open.isEmpty()) {
            return open.get(0).longValue();
        }
        long id = Inspecting.open("inspector-gao", "ARM-GAO-01");
        Inspecting.upload("inspector-gao", id, "LOCKS", "FINDING", Inspecting.jpeg(320, 240), "image/jpeg").then()
                .statusCode(201);
        return id;
    }

    /** The photo of the Gao inspection's locks. */
    public static long inspectionPhotoAtGao() {
        return ((Number) as(ADMIN).get("/api/inspections/" + inspectionAtGao()).then().statusCode(200).extract()
                .path("items.find { it.code == 'LOCKS' }.photos[0].id")).longValue();
    }

    /** A weapon registration that passes every rule, at {@code siteCode}, with serials unique to {@code tag}. */
    public static Map<String, Object> newWeapon(String siteCode, String tag) {
        return Map.ofEntries(Map.entry("type", "RIFLE"), Map.entry("manufacturer", "Izhmash"),
                Map.entry("model", "AKM"), Map.entry("calibre", "7.62x39mm"),
                Map.entry("manufacturerSerial", "T-" + tag), Map.entry("nationalSerial", "ML-T-" + tag),
                Map.entry("countryOfManufacture", "RU"), Map.entry("yearOfManufacture", 1990),
                Map.entry("countryOfImport", "ML"), Map.entry("yearOfImport", 1995),
                Map.entry("owningForceCode", "FAMA"), Map.entry("siteCode", siteCode));
    }

    private static long firstId(String path) {
        List<Number> ids = as(ADMIN).get(path).then().statusCode(200).extract().path("items.id");
        if (ids.isEmpty()) {
            throw new IllegalStateException("No record at " + path);
        }
        return ids.get(0).longValue();
    }
}
