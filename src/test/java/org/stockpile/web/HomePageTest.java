package org.stockpile.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Custody;

import io.quarkus.test.junit.QuarkusTest;

/** Each role's home page opens on what that person needs first, within their scope. */
@QuarkusTest
class HomePageTest {

    @Test
    void aClerkSeesTheCounterAndTodaysMovementsAtTheirSiteOnly() {
        String gao = Custody.freshWeapons("ARM-GAO-01", "home-gao", 1).get(0);
        String kayes = Custody.freshWeapons("ARM-KAY-01", "home-kayes", 1).get(0);
        Custody.perform("clerk-gao", "issue", Custody.scan(List.of(gao), "personTag",
                Custody.personTagAt("ARM-GAO-01"))).then().statusCode(200);
        Custody.perform("clerk-kayes", "issue", Custody.scan(List.of(kayes), "personTag",
                Custody.personTagAt("ARM-KAY-01"))).then().statusCode(200);
        given().cookies(SignInTest.signIn("clerk-gao")).get("/app").then().statusCode(200)
                .body(containsString("href=\"/app/counter\""), containsString("Mouvements d’armes aujourd’hui"),
                        containsString(gao), not(containsString(kayes)),
                        not(containsString("Armes des sites, par état")),
                        not(containsString("href=\"/app/ledger\"")));
    }

    @Test
    void aCommanderSeesWhatWaitsAndEverySitesWeaponsByState() {
        Custody.perform("clerk-gao", "dispatch", Custody.scan(Custody.freshWeapons("ARM-GAO-01", "home-wait", 1),
                "destinationSiteCode", "ARM-KAY-01")).then().statusCode(202);
        given().cookies(SignInTest.signIn("commander")).get("/app").then().statusCode(200)
                .body(containsString("en attente d’approbation"), containsString("Armes des sites, par état"),
                        containsString("<th scope=\"row\">ARM-GAO-01</th>"),
                        containsString("<th scope=\"row\">ARM-KAY-01</th>"),
                        not(containsString("Mouvements d’armes aujourd’hui")));
    }

    @Test
    void aRegionalInspectorSeesOnlyTheirRegionsSites() {
        given().cookies(SignInTest.signIn("inspector-mopti")).get("/app").then().statusCode(200)
                .body(containsString("Armes des sites, par état"), containsString("<th scope=\"row\">ARM-MPT"),
                        containsString("href=\"/app/ledger\""), containsString("href=\"/app/reports\""),
                        not(containsString("<th scope=\"row\">ARM-GAO-01</th>")));
    }
}
