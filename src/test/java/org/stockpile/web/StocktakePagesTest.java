package org.stockpile.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.as;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Depots;
import org.stockpile.support.Fixtures;
import org.stockpile.support.Pdfs;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The stocktake pages as forms and the counting script post to them: blind counting, findings, closing, roles. */
@QuarkusTest
class StocktakePagesTest {

    private static final Pattern CREATED = Pattern.compile("/app/stocktakes/(\\d+)");

    private static Response scan(PageSession session, long stocktake, String scanId, String code, String location) {
        return session.post().header("X-Stockpile-Fragment", "count").formParam("scanId", scanId)
                .formParam("code", code).formParam("location", location)
                .post("/app/stocktakes/" + stocktake + "/scans");
    }

    @Test
    void aCounterSeesRunningCountsOnlyAndTheFindingsPageShowsTheBook() {
        Depots.Depot depot = Depots.armoury("MPT", "R-A");
        String found = depot.weapon("R-A");
        String missing = depot.weapon("R-A");
        String missingSerial = as("admin").get("/api/weapons/" + org.stockpile.system.TagCode.parse(missing)
                .number()).path("manufacturerSerial");
        PageSession inspector = PageSession.open("inspector-mopti", "/app/stocktakes");
        assertTrue(inspector.page().contains(depot.code()), "the depot is offered");
        assertTrue(inspector.page().contains("Sites à inventorier"), "the sites late for a count are listed");
        String location = inspector.post().formParam("siteCode", depot.code()).formParam("scope", "FULL")
                .redirects().follow(false).post("/app/stocktakes").then().statusCode(303).extract()
                .header("Location");
        long stocktake = Long.parseLong(PageSession.find(CREATED, location));

        PageSession counter = PageSession.open("commander", "/app/stocktakes/" + stocktake);
        String scanId = UUID.randomUUID().toString();
        Response first = scan(counter, stocktake, scanId, found, depot.location("R-A"));
        first.then().statusCode(200).body(containsString("1 arme(s) scannée(s)"))
                .body(not(containsString("role=\"alert\"")));
        scan(counter, stocktake, scanId, found, depot.location("R-A")).then().statusCode(200)
                .body(containsString("1 arme(s) scannée(s)")).body(not(containsString("role=\"alert\"")));
        scan(counter, stocktake, UUID.randomUUID().toString(), "W0000", "").then().statusCode(200)
                .body(containsString("role=\"alert\"")).body(containsString("1 arme(s) scannée(s)"));
        String page = given().cookies(counter.cookies()).get("/app/stocktakes/" + stocktake).then().statusCode(200)
                .extract().asString();
        for (String book : new String[] { missing, missingSerial, "Manquant" }) {
            assertFalse(page.contains(book), "the counting page shows nothing of the book: " + book);
            assertFalse(first.asString().contains(book), "nor does a scan's answer: " + book);
        }

        PageSession reconciler = PageSession.open("inspector-mopti", "/app/stocktakes/" + stocktake + "/findings");
        assertTrue(reconciler.page().contains(missing) && reconciler.page().contains("Manquant"),
                reconciler.page());
        reconciler.post().formParam("item", missing).formParam("explanation", "Prêtée à l’école de gendarmerie")
                .redirects().follow(false).post("/app/stocktakes/" + stocktake + "/explanations").then()
                .statusCode(303).header("Location", endsWith("/findings"));
        String refused = reconciler.post().post("/app/stocktakes/" + stocktake + "/close").then().statusCode(200)
                .extract().asString();
        assertTrue(refused.contains("deuxième personne"), refused);
        counter.post().redirects().follow(false).post("/app/stocktakes/" + stocktake + "/close").then()
                .statusCode(303);
        assertEquals("CLOSED", as("admin").get("/api/stocktakes/" + stocktake).path("status"));
        String closed = given().cookies(reconciler.cookies()).get("/app/stocktakes/" + stocktake + "/findings")
                .then().statusCode(200).extract().asString();
        assertTrue(closed.contains(as("admin").get("/api/stocktakes/" + stocktake).path("findingsHash")), closed);
        assertTrue(closed.contains("Prêtée à l’école de gendarmerie"), closed);
        assertFalse(closed.contains("action=\"/app/stocktakes/" + stocktake + "/close\""), "nothing left to do");
        assertTrue(closed.contains("href=\"/app/stocktakes/" + stocktake + "/report.pdf\""), "its report to print");
        String report = Pdfs.text(given().cookies(reconciler.cookies()).get("/app/stocktakes/" + stocktake
                + "/report.pdf").then().statusCode(200).contentType("application/pdf").extract().asByteArray());
        assertTrue(report.replaceAll("\\s+", " ").contains("Prêtée à l’école de gendarmerie"), report);
    }

    @Test
    void aReconcilerCorrectsTheBookFromTheFindingsPageForASecondPersonToApprove() {
        Depots.Depot depot = Depots.armoury("MPT", "R-A", "R-B");
        String misplaced = depot.weapon("R-A");
        String missing = depot.weapon("R-A");
        long stocktake = ((Number) as("inspector-mopti").body(java.util.Map.of("siteCode", depot.code(), "scope",
                "FULL")).post("/api/stocktakes").then().statusCode(201).extract().path("id")).longValue();
        as("commander").body(java.util.Map.of("id", UUID.randomUUID().toString(), "weaponTag", misplaced,
                "locationTag", depot.location("R-B"))).post("/api/stocktakes/" + stocktake + "/scans").then()
                .statusCode(201);

        PageSession reconciler = PageSession.open("inspector-mopti", "/app/stocktakes/" + stocktake + "/findings");
        assertTrue(reconciler.page().contains("Corriger le registre"), reconciler.page());
        String key = PageSession.find(Pattern.compile("name=\"key\" value=\"([^\"]+)\""), reconciler.page());
        String refused = reconciler.post().formParam("key", key).formParam("item", missing)
                .formParam("explanation", "Rangé ailleurs").post("/app/stocktakes/" + stocktake + "/corrections")
                .then().statusCode(200).extract().asString();
        assertTrue(refused.contains("role=\"alert\"") && refused.contains(missing), refused);
        reconciler.post().formParam("key", UUID.randomUUID().toString()).formParam("item", misplaced)
                .formParam("explanation", "Rangé en R-B sans saisie").redirects().follow(false)
                .post("/app/stocktakes/" + stocktake + "/corrections").then().statusCode(303)
                .header("Location", endsWith("/findings"));
        assertEquals(List.of("MOVE"), as("admin").get("/api/custody/pending?siteCode=" + depot.code()).then()
                .extract().path("items.type"), "one move, held for a second person");
        String shown = given().cookies(reconciler.cookies()).get("/app/stocktakes/" + stocktake + "/findings").then()
                .statusCode(200).extract().asString();
        assertTrue(shown.contains("Rangé en R-B sans saisie (inspector-mopti)"), shown);
    }

    @Test
    void aClerkCountsAtTheirSiteButNeverReadsTheFindingsNorAnotherSitesCount() {
        long atGao = Fixtures.stocktakeAtGao();
        PageSession clerk = PageSession.open("clerk-gao", "/app/stocktakes/" + atGao);
        assertTrue(clerk.page().contains("id=\"code\""), "a form to scan");
        assertFalse(clerk.page().contains("/findings"), "no way to the findings");
        given().cookies(clerk.cookies()).get("/app/stocktakes/" + atGao + "/findings").then().statusCode(403);
        clerk.post().formParam("item", "W00000017").post("/app/stocktakes/" + atGao + "/recounts").then()
                .statusCode(403);
        PageSession kayes = PageSession.open("clerk-kayes", "/app/stocktakes");
        assertFalse(kayes.page().contains("/app/stocktakes/" + atGao + "\""), "not listed at Kayes");
        given().cookies(kayes.cookies()).get("/app/stocktakes/" + atGao).then().statusCode(404)
                .body(not(containsString("ARM-GAO-01")));
        scan(kayes, atGao, UUID.randomUUID().toString(), "W00000017", "").then().statusCode(404);
        given().cookies(PageSession.open("trainer", "/app").cookies()).get("/app/stocktakes").then()
                .statusCode(403);
    }
}
