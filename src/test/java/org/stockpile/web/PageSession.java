package org.stockpile.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.http.Cookie;
import io.restassured.http.Cookies;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A signed-in browser, as REST Assured plays it: the session and form-token cookies, the form token the page
 * showed, and the page itself.
 */
record PageSession(Cookies cookies, String token, String page) {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    /** Signs {@code user} in and opens {@code path}, which must answer 200. */
    static PageSession open(String user, String path) {
        Cookies session = SignInTest.signIn(user);
        Response page = given().cookies(session).get(path);
        page.then().statusCode(200);
        List<Cookie> cookies = new ArrayList<>(session.asList());
        cookies.addAll(page.detailedCookies().asList());
        String html = page.asString();
        return new PageSession(new Cookies(cookies), find(TOKEN, html), html);
    }

    /** A form post as the page's script sends it (in UTF-8, as browsers do), with the form token in its header. */
    RequestSpecification post() {
        return given().cookies(cookies).header("X-CSRF-Token", token)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    static String find(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertTrue(matcher.find(), () -> pattern + " in " + page);
        return matcher.group(1);
    }
}
