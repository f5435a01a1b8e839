package org.stockpile.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Custody;
import org.stockpile.support.Depots;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The loss report pages as their forms post to them: a clerk reports a theft once however often the form is sent,
 * an inspector follows the investigation to its close, a stocktake's missing weapons are reported lost from its
 * findings page, and another site's report is answered as missing.
 */
@QuarkusTest
class LossReportPagesTest {

    private static final Pattern REPORT = Pattern.compile("/app/loss-reports/(\\d+)");

    @Test
    void aClerkReportsATheftOnceAndAnInspectorFollowsItToItsClose() {
        List<String> stolen = Custody.freshWeapons("ARM-GAO-01", "PAGE-THEFT-" + UUID.randomUUID(), 2);
        PageSession clerk = PageSession.open("clerk-gao", "/app/loss-reports");
        assertTrue(clerk.page().contains("name=\"weapons\""), "the form to report");
        String key = PageSession.find(Pattern.compile("name=\"key\" value=\"([^\"]+)\""), clerk.page());
        String[] locations = new String[2];
        for (int i = 0; i < 2; i++) {
            locations[i] = clerk.post().formParam("key", key).formParam("kind", "THEFT")
                    .formParam("weapons", stolen.get(0) + "\n" + stolen.get(1) + "\n")
                    .formParam("discoveredOn", LocalDate.now().toString())
                    .formParam("circumstances", "Porte de l’armurerie forcée").formParam("policeReference", "PV-77")
                    .redirects().follow(false).post("/app/loss-reports").then().statusCode(303).extract()
                    .header("Location");
        }
        assertEquals(locations[0], locations[1], "the form sent twice files one report");
        long report = Long.parseLong(PageSession.find(REPORT, locations[0]));
        String shown = given().cookies(clerk.cookies()).get("/app/loss-reports/" + report).then().statusCode(200)
                .extract().asString();
        assertTrue(shown.contains("En attente d’une seconde personne") && shown.contains(stolen.get(1))
                && shown.contains("PV-77"), shown);
        assertFalse(shown.contains("/entries"), "a clerk does not record the investigation");
        clerk.post().formParam("key", UUID.randomUUID().toString()).formParam("status", "CLOSED")
                .formParam("note", "Clos").post("/app/loss-reports/" + report + "/entries").then().statusCode(403);

        String refused = clerk.post().formParam("key", UUID.randomUUID().toString()).formParam("kind", "LOSS")
                .formParam("weapons", stolen.get(0)).formParam("discoveredOn", LocalDate.now().plusDays(2).toString())
                .formParam("circumstances", "Demain").post("/app/loss-reports").then().statusCode(200).extract()
                .asString();
        assertTrue(refused.contains("role=\"alert\"") && refused.contains("après aujourd’hui"), refused);

        PageSession inspector = PageSession.open("inspector-national", "/app/loss-reports/" + report);
        String stepKey = PageSession.find(Pattern.compile("name=\"key\" value=\"([^\"]+)\""), inspector.page());
        String refusedClose = inspector.post().formParam("key", stepKey).formParam("status", "CLOSED")
                .post("/app/loss-reports/" + report + "/entries").then().statusCode(200).extract().asString();
        assertTrue(refusedClose.contains("Indiquez l’issue"), refusedClose);
        inspector.post().formParam("key", stepKey).formParam("status", "CLOSED")
                .formParam("note", "Auteurs identifiés, armes saisies").redirects().follow(false)
                .post("/app/loss-reports/" + report + "/entries").then().statusCode(303);
        assertEquals("CLOSED", as("admin").get("/api/loss-reports/" + report).path("investigation"));
        String closed = given().cookies(inspector.cookies()).get("/app/loss-reports/" + report).then()
                .statusCode(200).extract().asString();
        assertTrue(closed.contains("Auteurs identifiés, armes saisies"), closed);
        assertFalse(closed.contains("/entries"), "nothing more is recorded in a closed investigation");

        PageSession kayes = PageSession.open("clerk-kayes", "/app/loss-reports");
        assertFalse(kayes.page().contains("/app/loss-reports/" + report + "\""), "not listed at Kayes");
        given().cookies(kayes.cookies()).get("/app/loss-reports/" + report).then().statusCode(404);
        given().cookies(PageSession.open("trainer", "/app").cookies()).get("/app/loss-reports").then()
                .statusCode(403);
    }

    @Test
    void theFindingsPageReportsTheMissingWeaponsTickedAsLost() {
        Depots.Depot depot = Depots.armoury("MPT", "R-A");
        String found = depot.weapon("R-A");
        String missing = depot.weapon("R-A");
        long stocktake = ((Number) as("inspector-mopti").body(Map.of("siteCode", depot.code(), "scope", "FULL"))
                .post("/api/stocktakes").then().statusCode(201).extract().path("id")).longValue();
        as("inspector-mopti").body(Map.of("id", UUID.randomUUID().toString(), "weaponTag", found, "locationTag",
                depot.location("R-A"))).post("/api/stocktakes/" + stocktake + "/scans").then().statusCode(201);

        PageSession inspector = PageSession.open("inspector-mopti", "/app/stocktakes/" + stocktake + "/findings");
        assertTrue(inspector.page().contains("Déclarer perdues"), inspector.page());
        String key = PageSession.find(Pattern.compile("name=\"key\" value=\"([^\"]+)\""), inspector.page());
        inspector.post().formParam("key", key).formParam("item", missing).formParam("kind", "LOSS")
                .formParam("explanation", "Introuvable au comptage de novembre").redirects().follow(false)
                .post("/app/stocktakes/" + stocktake + "/loss-reports").then().statusCode(303);
        String findings = given().cookies(inspector.cookies()).get("/app/stocktakes/" + stocktake + "/findings")
                .then().statusCode(200).extract().asString();
        long report = Long.parseLong(PageSession.find(REPORT, findings));
        assertEquals(stocktake, ((Number) as("admin").get("/api/loss-reports/" + report).path("stocktakeId"))
                .longValue());
        assertEquals("AWAITING_SECOND_PERSON", as("admin").get("/api/loss-reports/" + report).path("approval"));
        assertTrue(findings.contains("Introuvable au comptage de novembre"), findings);
    }

    @Test
    void aClerkReportsRoundsLostByLotAndQuantityTypedALineEach() {
        String lot = as("admin").body(Map.of("itemCode", "9X19-BALL", "lotNumber", "PAGE-" + UUID.randomUUID()
                .toString().substring(0, 8), "condition", "SERVICEABLE")).post("/api/ammunition-lots").then()
                .statusCode(201).extract().path("tagCode");
        as("clerk-gao").header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("siteCode",
                "ARM-GAO-01", "reference", "BR-PAGE", "lines", List.of(Map.of("lotTag", lot, "quantity", 300))))
                .post("/api/ammunition/receipt").then().statusCode(200);
        PageSession clerk = PageSession.open("clerk-gao", "/app/loss-reports");
        assertTrue(clerk.page().contains("name=\"lots\"") && clerk.page().contains("value=\"ARM-GAO-01\""),
                "the lots and the site to report them at");

        String refused = clerk.post().formParam("key", UUID.randomUUID().toString()).formParam("kind", "LOSS")
                .formParam("siteCode", "ARM-GAO-01").formParam("lots", lot + " douze")
                .formParam("discoveredOn", LocalDate.now().toString()).formParam("circumstances", "Caisse ouverte")
                .post("/app/loss-reports").then().statusCode(200).extract().asString();
        assertTrue(refused.contains("role=\"alert\""), refused);
        String location = clerk.post().formParam("key", UUID.randomUUID().toString()).formParam("kind", "LOSS")
                .formParam("siteCode", "ARM-GAO-01").formParam("lots", "\n" + lot + " 25\n")
                .formParam("discoveredOn", LocalDate.now().toString()).formParam("circumstances", "Caisse ouverte")
                .redirects().follow(false).post("/app/loss-reports").then().statusCode(303).extract()
                .header("Location");
        long report = Long.parseLong(PageSession.find(REPORT, location));
        String shown = given().cookies(clerk.cookies()).get("/app/loss-reports/" + report).then().statusCode(200)
                .extract().asString();
        assertTrue(shown.contains("Munitions déclarées") && shown.contains(lot) && shown.contains(">25<"), shown);
        assertFalse(shown.contains("Armes déclarées"), "no weapon was reported");
        assertEquals(25, (int) as("admin").get("/api/loss-reports/" + report).path("lots[0].quantity"));
    }
}
