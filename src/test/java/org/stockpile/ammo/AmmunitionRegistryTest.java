package org.stockpile.ammo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_STOREHOUSE;
import static org.stockpile.support.Api.INSPECTOR_NATIONAL;
import static org.stockpile.support.Api.as;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The ammunition catalogue and its lots. */
@QuarkusTest
class AmmunitionRegistryTest {

    @Test
    void anItemCarriesItsHazardClassification() {
        Map<String, Object> item = new HashMap<>(Map.of("itemCode", "40MM-HE-T", "nomenclature",
                "Grenade 40mm HE", "calibre", "40mm", "unNumber", "0167", "hazardDivision", "1.1",
                "compatibilityGroup", "F", "neqPerUnitKg", 0.032));
        as(ADMIN).body(item).post("/api/ammunition-items").then().statusCode(201)
                .body("hazardDivision", equalTo("1.1")).body("compatibilityGroup", equalTo("F"));
        as(ADMIN).body(item).post("/api/ammunition-items").then().statusCode(409).body("field", equalTo("itemCode"));
        item.put("itemCode", "40MM-HE-U");
        item.put("compatibilityGroup", "I");
        as(ADMIN).body(item).post("/api/ammunition-items").then().statusCode(400)
                .body("field", equalTo("compatibilityGroup"));
        item.put("compatibilityGroup", "F");
        item.put("unNumber", "167");
        item.put("neqPerUnitKg", -1);
        as(ADMIN).body(item).post("/api/ammunition-items").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItems("unNumber", "neqPerUnitKg"));
    }

    @Test
    void lotNumbersAreUniquePerItemAndDatesConsistent() {
        Map<String, Object> lot = new HashMap<>(Map.of("itemCode", "762X39-BALL", "lotNumber", "LOT-T-1",
                "manufactureDate", "2015-03-01", "expiryDate", "2035-03-01", "nextSurveillanceDate", "2027-01-15"));
        as(CLERK_STOREHOUSE).body(lot).post("/api/ammunition-lots").then().statusCode(201)
                .body("condition", equalTo("SERVICEABLE"));
        as(CLERK_STOREHOUSE).body(lot).post("/api/ammunition-lots").then().statusCode(409)
                .body("field", equalTo("lotNumber"));
        lot.put("itemCode", "9X19-BALL");
        as(CLERK_STOREHOUSE).body(lot).post("/api/ammunition-lots").then().statusCode(201);
        lot.put("lotNumber", "LOT-T-2");
        lot.put("expiryDate", "2014-01-01");
        as(CLERK_STOREHOUSE).body(lot).post("/api/ammunition-lots").then().statusCode(422)
                .body("field", equalTo("expiryDate"));
        lot.put("expiryDate", "2035-02-30");
        as(CLERK_STOREHOUSE).body(lot).post("/api/ammunition-lots").then().statusCode(400)
                .body("field", equalTo("expiryDate"));
    }

    @Test
    void anInspectorRecordsALotAsUnserviceable() {
        int id = as(CLERK_STOREHOUSE).body(Map.of("itemCode", "PG-7V", "lotNumber", "LOT-T-3")).post(
                "/api/ammunition-lots").then().statusCode(201).extract().path("id");
        as(INSPECTOR_NATIONAL).body(Map.of("condition", "UNSERVICEABLE", "version", 0))
                .put("/api/ammunition-lots/" + id).then().statusCode(200).body("condition", equalTo("UNSERVICEABLE"));
        as(INSPECTOR_NATIONAL).get("/api/ammunition-lots?condition=UNSERVICEABLE&itemCode=PG-7V").then()
                .body("items.lotNumber", hasItem("LOT-T-3"));
    }

    @Test
    void lotsExpiringBeforeADateCanBeListed() {
        for (String[] lot : new String[][] { { "LOT-EXP-2029", "2029-12-31" }, { "LOT-EXP-2030", "2030-01-01" } }) {
            as(CLERK_STOREHOUSE).body(Map.of("itemCode", "9X19-BALL", "lotNumber", lot[0], "manufactureDate",
                    "2020-01-01", "expiryDate", lot[1])).post("/api/ammunition-lots").then().statusCode(201);
        }
        as(ADMIN).get("/api/ammunition-lots?expiresBefore=2030-01-01&itemCode=9X19-BALL&size=500").then()
                .statusCode(200).body("items.lotNumber", hasItem("LOT-EXP-2029"))
                .body("items.lotNumber", not(hasItem("LOT-EXP-2030")))
                .body("items.expiryDate", everyItem(lessThan("2030-01-01")));
    }
}
