package org.stockpile.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookies;
import io.restassured.response.Response;

/**
 * A person signs in to the pages through the browser flow (authorization code with PKCE) at the built-in provider,
 * as the demo users do in dev mode, and the page shows who they are, in French or in English.
 */
@QuarkusTest
class SignInTest {

    private static final Pattern HIDDEN = Pattern.compile("<input type='hidden' name='([^']+)' value='([^']*)'>");

    /** Goes through the provider's login page as {@code user}; the session cookies the application then sets. */
    static Cookies signIn(String user) {
        Response start = given().redirects().follow(false).get("/app");
        start.then().statusCode(302);
        String authorize = start.header("Location");
        assertTrue(authorize.contains("client_id=stockpile-web") && authorize.contains("code_challenge="),
                authorize);
        // The addresses the provider and the application give are already encoded, as a browser would follow them.
        String loginPage = given().urlEncodingEnabled(false).redirects().follow(false).get(authorize).then()
                .statusCode(200).extract().asString();
        Map<String, String> form = new HashMap<>();
        Matcher hidden = HIDDEN.matcher(loginPage.substring(0, loginPage.indexOf("</form>")));
        while (hidden.find()) {
            form.put(hidden.group(1), hidden.group(2));
        }
        form.put("predefined-" + user, user);
        URI provider = URI.create(authorize);
        String back = given().redirects().follow(false).formParams(form)
                .post(provider.resolve("/login")).then().statusCode(302).extract().header("Location");
        Response callback = given().urlEncodingEnabled(false).redirects().follow(false)
                .cookies(start.detailedCookies()).get(back);
        callback.then().statusCode(302).header("Location", containsString("/app"));
        return callback.detailedCookies();
    }

    @Test
    void aClerkSignsInAndSeesWhoTheyAreAndWhereTheyWork() {
        Cookies session = signIn("clerk-gao");
        given().cookies(session).get("/app").then().statusCode(200)
                .body(containsString("Connecté en tant que clerk-gao"), containsString("magasinier"),
                        containsString("ARM-GAO-01"), not(containsString("national")));
    }

    @Test
    void thePageSpeaksEnglishWhenAskedTo() {
        Cookies session = signIn("commander");
        given().cookies(session).header("Accept-Language", "en").get("/app").then().statusCode(200)
                .body(containsString("Signed in as commander"), containsString("commander"),
                        containsString("national"), containsString("lang=\"en\""));
    }

    @Test
    void signingOutEndsTheSessionAtTheProviderToo() {
        Cookies session = signIn("clerk-gao");
        Response out = given().redirects().follow(false).cookies(session).post("/app/logout");
        out.then().statusCode(302).header("Location", containsString("/logout"))
                .header("Location", containsString("post_logout_redirect_uri="));
        assertTrue(out.detailedCookies().asList().stream()
                .anyMatch(cookie -> cookie.getName().startsWith("q_session") && cookie.getMaxAge() == 0),
                () -> "the session cookie is cleared: " + out.detailedCookies());
    }

    @Test
    void aSessionThatCannotBeReadSendsToTheLoginNotToAnError() {
        Cookies session = signIn("clerk-gao");
        String name = session.asList().stream().map(cookie -> cookie.getName())
                .filter(cookie -> cookie.startsWith("q_session")).findFirst().orElseThrow();
        Response again = given().redirects().follow(false).cookie(name, "expired-or-forged").get("/app");
        again.then().statusCode(302).header("Location", endsWith("/app"));
        assertTrue(again.detailedCookies().asList().stream()
                .anyMatch(cookie -> cookie.getName().equals(name) && cookie.getMaxAge() == 0),
                () -> "the unreadable session is cleared: " + again.detailedCookies());
        // The browser drops the cleared cookie, so the page asked for again starts a new sign-in.
        given().redirects().follow(false).get("/app").then().statusCode(302)
                .header("Location", containsString("/authorize"));
    }

    @Test
    void withoutASessionThePageSendsToTheLoginAndTheApiStillWantsABearerToken() {
        given().redirects().follow(false).get("/app").then().statusCode(302)
                .header("Location", containsString("/authorize"));
        given().get("/api/weapons").then().statusCode(401);
    }
}
