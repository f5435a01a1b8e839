package org.stockpile.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookies;

/** An inspector verifies the ledger from a page, for one site of their scope or, nationally, every site. */
@QuarkusTest
class LedgerPageTest {

    @Test
    void aNationalInspectorVerifiesEveryChain() {
        Cookies inspector = SignInTest.signIn("inspector-national");
        given().cookies(inspector).get("/app/ledger").then().statusCode(200)
                .body(containsString("Tous les sites"), not(containsString("vérifiés.")));
        given().cookies(inspector).get("/app/ledger?site=&verify=1").then().statusCode(200)
                .body(containsString("id=\"ledger-result\""), containsString("vérifiés."));
    }

    @Test
    void aRegionalInspectorVerifiesASiteOfTheirsAndCannotAskForAnother() {
        Cookies mopti = SignInTest.signIn("inspector-mopti");
        given().cookies(mopti).get("/app/ledger").then().statusCode(200)
                .body(not(containsString("Tous les sites")), containsString("ARM-MPT-01"),
                        not(containsString("ARM-GAO-01")));
        given().cookies(mopti).get("/app/ledger?site=ARM-MPT-01&verify=1").then().statusCode(200)
                .body(containsString("1 site,"));
        given().cookies(mopti).get("/app/ledger?site=ARM-GAO-01&verify=1").then().statusCode(422);
    }

    @Test
    void aClerkHasNoLedgerPage() {
        given().cookies(SignInTest.signIn("clerk-gao")).get("/app/ledger").then().statusCode(403);
    }
}
