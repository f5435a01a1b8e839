package org.stockpile.site;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/** Sites, their explosives licence and storage locations; forces and regions as national code lists. */
@QuarkusTest
class SiteRegistryTest {

    private static Map<String, Object> storehouse(String code, List<Map<String, Object>> licence) {
        Map<String, Object> site = new HashMap<>(Map.of("code", code, "name", "Dépôt test", "kind",
                "EXPLOSIVE_STOREHOUSE", "forceCode", "FAMA", "regionCode", "SEG", "latitude", 13.43, "longitude",
                -6.21));
        site.put("licence", licence);
        return site;
    }

    @Test
    void anAdministratorCreatesAStorehouseWithItsLicence() {
        as(ADMIN).body(storehouse("EXS-SEG-09", List.of(Map.of("hazardDivision", "1.1", "maxNeqKg", 5000),
                Map.of("hazardDivision", "1.4", "maxNeqKg", 20000)))).post("/api/sites").then().statusCode(201)
                .body("licence", hasSize(2)).body("licence[0].hazardDivision", equalTo("1.1"))
                .body("licence[0].maxNeqKg", equalTo(5000));
    }

    @Test
    void aStorehouseWithoutLicenceAndAnArmouryWithOneAreRefused() {
        as(ADMIN).body(storehouse("EXS-SEG-08", List.of())).post("/api/sites").then().statusCode(422)
                .body("field", equalTo("licence"));
        Map<String, Object> armoury = storehouse("ARM-SEG-08", List.of(Map.of("hazardDivision", "1.4",
                "maxNeqKg", 10)));
        armoury.put("kind", "ARMOURY");
        as(ADMIN).body(armoury).post("/api/sites").then().statusCode(422).body("field", equalTo("licence"));
    }

    @Test
    void aLicenceLimitMustBePositiveAndEachDivisionAppearsOnce() {
        as(ADMIN).body(storehouse("EXS-SEG-07", List.of(Map.of("hazardDivision", "1.1", "maxNeqKg", 0))))
                .post("/api/sites").then().statusCode(422)
                .body("type", equalTo("urn:stockpile:problem:validation-failed"));
        as(ADMIN).body(storehouse("EXS-SEG-07", List.of(Map.of("hazardDivision", "1.1", "maxNeqKg", 1),
                Map.of("hazardDivision", "1.1", "maxNeqKg", 2)))).post("/api/sites").then().statusCode(422)
                .body("field", equalTo("licence"));
        as(ADMIN).body(storehouse("EXS-SEG-07", List.of(Map.of("hazardDivision", "2.1", "maxNeqKg", 1))))
                .post("/api/sites").then().statusCode(400);
    }

    @Test
    void coordinatesMustBeOnEarth() {
        Map<String, Object> site = storehouse("EXS-SEG-06", List.of(Map.of("hazardDivision", "1.4",
                "maxNeqKg", 10)));
        site.put("latitude", 95);
        as(ADMIN).header("Accept-Language", "en").body(site).post("/api/sites").then().statusCode(422)
                .body("errors[0].field", equalTo("latitude"));
    }

    @Test
    void siteCodesAreUniqueAndNeverChange() {
        Map<String, Object> site = storehouse("EXS-SEG-05", List.of(Map.of("hazardDivision", "1.4",
                "maxNeqKg", 10)));
        int id = as(ADMIN).body(site).post("/api/sites").then().statusCode(201).extract().path("id");
        as(ADMIN).body(site).post("/api/sites").then().statusCode(409).body("field", equalTo("code"));
        site.put("code", "EXS-SEG-04");
        site.put("version", 0);
        as(ADMIN).body(site).put("/api/sites/" + id).then().statusCode(422).body("field", equalTo("code"));
        site.put("code", "EXS-SEG-05");
        site.put("name", "Dépôt de Ségou");
        as(ADMIN).body(site).put("/api/sites/" + id).then().statusCode(200).body("name", equalTo("Dépôt de Ségou"))
                .body("version", equalTo(1));
    }

    @Test
    void aRetiredForceCannotOwnNewRecords() {
        int id = as(ADMIN).body(Map.of("code", "TMP", "name", "Force temporaire")).post("/api/forces").then()
                .statusCode(201).extract().path("id");
        as(ADMIN).body(Map.of("code", "TMP", "name", "Encore")).post("/api/forces").then().statusCode(409);
        as(ADMIN).body(Map.of("reason", "Dissoute")).post("/api/forces/" + id + "/retire").then().statusCode(200);
        Map<String, Object> weapon = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", "tmp-force"));
        weapon.put("owningForceCode", "TMP");
        as(CLERK_GAO).body(weapon).post("/api/weapons").then().statusCode(422).body("field",
                equalTo("owningForceCode"));
    }

    @Test
    void aClerkManagesTheStorageLocationsOfTheirArmoury() {
        long gao = Fixtures.siteId("ARM-GAO-01");
        String locations = "/api/sites/" + gao + "/storage-locations";
        int id = as(CLERK_GAO).body(Map.of("code", "R40", "kind", "RACK", "description", "Râtelier 40"))
                .post(locations).then().statusCode(201).body("siteCode", equalTo("ARM-GAO-01")).extract().path("id");
        as(CLERK_GAO).body(Map.of("code", "R40", "kind", "RACK")).post(locations).then().statusCode(409);
        as(CLERK_GAO).body(Map.of("code", "R40", "kind", "CABINET", "version", 0)).put(locations + "/" + id).then()
                .statusCode(200).body("kind", equalTo("CABINET"));
        as(CLERK_GAO).body(Map.of("reason", "Démonté")).post(locations + "/" + id + "/retire").then()
                .statusCode(200).body("status", equalTo("RETIRED"));
        Map<String, Object> weapon = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", "retired-rack"));
        weapon.put("storageLocationCode", "R40");
        as(CLERK_GAO).body(weapon).post("/api/weapons").then().statusCode(422);
    }
}
