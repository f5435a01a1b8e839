package org.stockpile.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.INSPECTOR_NATIONAL;
import static org.stockpile.support.Api.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stockpile.system.TagCode;

import io.quarkus.test.junit.QuarkusTest;

/** The ammunition reports a storehouse manager and an inspector read, in JSON and in CSV. */
@QuarkusTest
class AmmunitionReportsTest {

    @Test
    void neqPerStorehouseAgainstItsLicenceWithHeadroom() {
        String lot = lot("1.4", LocalDate.now().plusYears(10), LocalDate.now().plusYears(1));
        receipt("EXS-GAO-01", lot, 1000);
        as(INSPECTOR_NATIONAL).get("/api/reports/ammunition/neq").then().statusCode(200)
                .body("find { it.siteCode == 'EXS-GAO-01' && it.hazardDivision == '1.4' }.limitKg", equalTo(50000f))
                .body("find { it.siteCode == 'EXS-GAO-01' && it.hazardDivision == '1.4' }.headroomKg",
                        lessThan(50000f));
        String csv = as(INSPECTOR_NATIONAL).accept("text/csv").get("/api/reports/ammunition/neq").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith(
                "siteCode,hazardDivision,heldKg,countedKg,limitKg,headroomKg\r\n"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("\r\nEXS-GAO-01,1.4,"), csv);
    }

    @Test
    void lotsExpiringAndSurveillanceDueAreListedWhereTheyAre() {
        String soon = lot("1.4", LocalDate.now().plusDays(20), LocalDate.now().minusDays(3));
        receipt("EXS-MPT-01", soon, 50);
        as(INSPECTOR_NATIONAL).get("/api/reports/ammunition/expiring?days=30").then().statusCode(200)
                .body("find { it.lotTag == '" + soon + "' }.siteCode", equalTo("EXS-MPT-01"))
                .body("find { it.lotTag == '" + soon + "' }.daysLeft", equalTo(20));
        as(INSPECTOR_NATIONAL).get("/api/reports/ammunition/surveillance?days=30").then()
                .body("find { it.lotTag == '" + soon + "' }.daysLeft", equalTo(-3));
        as(INSPECTOR_NATIONAL).get("/api/reports/ammunition/expiring?days=45").then().statusCode(422)
                .body("field", equalTo("days"));
    }

    @Test
    void restrictedLotsAndBalancesShowWhereTheyAre() {
        String lot = lot("1.4", LocalDate.now().plusYears(10), LocalDate.now().plusYears(1));
        receipt("EXS-BKO-01", lot, 70);
        as(INSPECTOR_NATIONAL).body(Map.of("reason", "Rapport de surveillance 2026-12"))
                .post("/api/ammunition-lots/" + TagCode.parse(lot).number() + "/restrict").then().statusCode(200);
        as(INSPECTOR_NATIONAL).get("/api/reports/ammunition/restricted").then()
                .body("find { it.lotTag == '" + lot + "' }.quantity", equalTo(70));
        as(INSPECTOR_NATIONAL).get("/api/reports/ammunition/balances").then()
                .body("find { it.lotTag == '" + lot + "' }.onHand", equalTo(70));
        String atGao = lot("1.4", LocalDate.now().plusYears(10), LocalDate.now().plusYears(1));
        receipt("ARM-GAO-01", atGao, 30);
        as(CLERK_GAO).get("/api/reports/ammunition/balances").then().statusCode(200)
                .body("lotTag", hasItem(atGao)).body("siteCode", not(hasItem("EXS-BKO-01")));
    }

    /** Lot numbers typed to run as formulas in the inspector's spreadsheet arrive there as plain text. */
    @Test
    void aCsvCellThatLooksLikeAFormulaStaysText() {
        List<String> formulas = List.of("=1+2", "+SUM(A1)", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd");
        for (String formula : formulas) {
            String lot = as(ADMIN).body(Map.of("itemCode", "9X18-BALL", "lotNumber", formula + "-"
                    + UUID.randomUUID().toString().substring(0, 4))).post("/api/ammunition-lots").then()
                    .statusCode(201).extract().path("tagCode");
            receipt("EXS-GAO-01", lot, 5);
        }
        String csv = as(INSPECTOR_NATIONAL).accept("text/csv").get("/api/reports/ammunition/balances").then()
                .statusCode(200).extract().asString();
        for (String start : formulas) {
            org.junit.jupiter.api.Assertions.assertTrue(csv.contains("'" + start), start + " in " + csv);
            org.junit.jupiter.api.Assertions.assertFalse(csv.contains("," + start) || csv.contains(",\"" + start),
                    start + " reaches a cell unneutralised");
        }
    }

    private static String lot(String division, LocalDate expiry, LocalDate surveillance) {
        String item = "762X39-BALL";
        Map<String, Object> lot = new HashMap<>(Map.of("itemCode", item, "lotNumber", "R-" + UUID.randomUUID(),
                "expiryDate", expiry.toString(), "manufactureDate", expiry.minusYears(25).toString(),
                "nextSurveillanceDate", surveillance.toString()));
        return as(ADMIN).body(lot).post("/api/ammunition-lots").then().statusCode(201).extract().path("tagCode");
    }

    private static void receipt(String site, String lot, long quantity) {
        as(ADMIN).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("siteCode", site, "reference", "BR-R", "lines",
                        List.of(Map.of("lotTag", lot, "quantity", quantity))))
                .post("/api/ammunition/receipt").then().statusCode(200);
    }
}
