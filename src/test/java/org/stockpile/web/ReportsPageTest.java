package org.stockpile.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookies;

/** The ammunition reports on screen and as CSV, within the reader's scope. */
@QuarkusTest
class ReportsPageTest {

    @Test
    void theReportsAreShownWithEveryStorehouseInScopeAndTheirCsv() {
        Cookies commander = SignInTest.signIn("commander");
        given().cookies(commander).get("/app/reports").then().statusCode(200)
                .body(containsString("NEQ par dépôt"), containsString("EXS-BKO-01"),
                        containsString("href=\"/app/reports/expiring.csv\""));
        given().cookies(commander).get("/app/reports/neq.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(startsWith("siteCode,hazardDivision,heldKg,countedKg,limitKg,headroomKg\r\n"),
                        containsString("\r\nEXS-BKO-01,"));
        given().cookies(commander).get("/app/reports/nothing.csv").then().statusCode(404);
    }

    @Test
    void aClerksReportsStayAtTheirSite() {
        given().cookies(SignInTest.signIn("clerk-gao")).get("/app/reports/neq.csv").then().statusCode(200)
                .body(not(containsString("EXS-BKO-01")));
    }

    @Test
    void aStorehousesStockIsShownLotByLot() {
        String lot = AmmunitionBrowserTest.lot("0.01");
        PageSession clerk = PageSession.open("clerk-storehouse", "/app/reports?site=EXS-BKO-01");
        AmmunitionCounterPageTest.receive(clerk, UUID.randomUUID().toString(), lot, "75", "BR-STOCK-1")
                .body(containsString("Fait"));
        given().cookies(clerk.cookies()).get("/app/reports?site=EXS-BKO-01").then().statusCode(200)
                .body(containsString(lot), containsString("<td>75</td>"));
    }
}
