package org.stockpile.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.as;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Custody;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.http.Cookies;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The counter's requests as the page sends them, and what guards them: the form token, the clerk's role and site
 * scope, the idempotency key, and the headers every page carries.
 */
@QuarkusTest
class CounterPageTest {

    private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");

    /** A signed-in browser that has opened the counter, and the operation key the counter gave it. */
    record Counter(PageSession session, String key) {

        static Counter open(String user) {
            PageSession session = PageSession.open(user, "/app/counter");
            return new Counter(session, PageSession.find(KEY, session.page()));
        }

        RequestSpecification post() {
            return session.post();
        }

        Cookies cookies() {
            return session.cookies();
        }

        String token() {
            return session.token();
        }
    }

    private static long events(String weaponTag, String type) {
        List<String> types = as(ADMIN).get("/api/custody/weapons/" + Custody.weaponId(weaponTag) + "/history")
                .then().statusCode(200).extract().path("type");
        return types.stream().filter(type::equals).count();
    }

    @Test
    void theSameConfirmationSentTwiceRecordsOneOperation() {
        Counter counter = Counter.open("clerk-gao");
        List<String> weapons = Custody.freshWeapons("ARM-GAO-01", "counter-twice", 2);
        String badge = Custody.personTagAt("ARM-GAO-01");
        for (int attempt = 0; attempt < 2; attempt++) {
            // The page sends the operation its plan showed (here suggested by the badge), as a resend does too.
            counter.post().formParam("key", counter.key()).formParam("planned", "issue")
                    .formParam("tag", badge, weapons.get(0), weapons.get(1)).post("/app/counter/confirm")
                    .then().statusCode(200).body(containsString("Fait")).body(containsString("data-finished=\"true\""));
        }
        weapons.forEach(tag -> assertEquals(1, events(tag, "ISSUE"), tag));
    }

    @Test
    void aFormWithoutThisPersonsTokenIsRefusedAndChangesNothing() {
        Counter clerk = Counter.open("clerk-gao");
        Counter other = Counter.open("clerk-kayes");
        List<String> weapons = Custody.freshWeapons("ARM-GAO-01", "counter-forged", 1);
        String badge = Custody.personTagAt("ARM-GAO-01");
        given().cookies(clerk.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("key", clerk.key()).formParam("tag", badge, weapons.get(0))
                .post("/app/counter/confirm").then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("formulaire a expiré"));
        given().cookies(clerk.cookies()).header("X-CSRF-Token", other.token())
                .contentType("application/x-www-form-urlencoded").formParam("key", clerk.key())
                .formParam("tag", badge, weapons.get(0)).post("/app/counter/confirm").then().statusCode(403);
        // The token in the form field, as a browser without scripts sends it, is accepted.
        given().cookies(clerk.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", clerk.token()).formParam("tag", badge).post("/app/counter/plan").then()
                .statusCode(200);
        assertEquals(0, events(weapons.get(0), "ISSUE"));
        as(ADMIN).get("/api/weapons/" + Custody.weaponId(weapons.get(0))).then().body("state", equalTo("IN_STORE"));
    }

    @Test
    void anotherSitesWeaponIsUnknownAtTheCounterAndNothingOfItIsShown() {
        Counter kayes = Counter.open("clerk-kayes");
        String gaoWeapon = Custody.freshWeapons("ARM-GAO-01", "counter-scope", 1).get(0);
        kayes.post().formParam("code", gaoWeapon).post("/app/counter/scan").then().statusCode(200)
                .body(containsString("class=\"line refused\""), containsString("Aucun enregistrement actif"),
                        not(containsString("T-counter-scope")), not(containsString("name=\"tag\"")));
    }

    @Test
    void aDuplicateOrASecondBadgeIsRefusedWithItsReason() {
        Counter counter = Counter.open("clerk-gao");
        String weapon = Custody.freshWeapons("ARM-GAO-01", "counter-dup", 1).get(0);
        String badge = Custody.personTagAt("ARM-GAO-01");
        counter.post().formParam("tag", badge, weapon).formParam("code", weapon.toLowerCase())
                .post("/app/counter/scan").then().statusCode(200)
                .body(containsString("class=\"line refused\""), containsString("déjà dans la liste"));
        counter.post().formParam("tag", badge, weapon).formParam("code", badge).post("/app/counter/scan").then()
                .statusCode(200).body(containsString("class=\"line refused\""));
    }

    @Test
    void onlyClerksHaveACounter() {
        Cookies inspector = SignInTest.signIn("inspector-national");
        given().cookies(inspector).get("/app/counter").then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("Votre rôle ne permet pas"));
    }

    @Test
    void everyPageAllowsOnlyItsOwnScriptsAndStaysOutOfCachesAndFrames() {
        Cookies session = SignInTest.signIn("clerk-gao");
        Response page = given().cookies(session).get("/app/counter");
        String policy = page.header("Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'")
                && !policy.contains("unsafe"), policy);
        page.then().header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
        Cookie token = page.detailedCookies().get("stockpile-form");
        assertTrue(token != null && token.isHttpOnly() && "/app".equals(token.getPath()), () -> "" + token);
    }

    @Test
    void theLanguageChosenIsRememberedAndOnlyLeadsBackToAPage() {
        Counter counter = Counter.open("clerk-gao");
        Response chosen = counter.post().redirects().follow(false).formParam("lang", "en")
                .formParam("back", "/app/counter").post("/app/language");
        chosen.then().statusCode(303).header("Location", containsString("/app/counter"));
        Cookie language = chosen.detailedCookies().get("stockpile-lang");
        assertEquals("en", language.getValue());
        given().cookies(counter.cookies()).cookie("stockpile-lang", "en").get("/app/counter").then().statusCode(200)
                .body(containsString("Armoury counter"), containsString("lang=\"en\""));
        for (String elsewhere : List.of("//evil.example/app", "https://evil.example/app", "/\\evil.example")) {
            counter.post().redirects().follow(false).formParam("lang", "en").formParam("back", elsewhere)
                    .post("/app/language").then().statusCode(303).header("Location", not(containsString("evil")));
        }
    }

    @Test
    void aRefusalNamesEachWeaponWithItsStateAndNothingIsRecorded() {
        Counter counter = Counter.open("clerk-gao");
        List<String> weapons = Custody.freshWeapons("ARM-GAO-01", "counter-refused", 2);
        String badge = Custody.personTagAt("ARM-GAO-01");
        Custody.perform("clerk-gao", "issue", Custody.scan(List.of(weapons.get(0)), "personTag", badge)).then()
                .statusCode(200);
        counter.post().formParam("key", UUID.randomUUID().toString()).formParam("operation", "issue")
                .formParam("tag", badge, weapons.get(0), weapons.get(1)).post("/app/counter/confirm").then()
                .statusCode(200).body(containsString("Refusé"), containsString(weapons.get(0)),
                        containsString("perçue"), containsString("data-finished=\"false\""));
        assertEquals(0, events(weapons.get(1), "ISSUE"));
    }
}
