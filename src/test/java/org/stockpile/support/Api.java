package org.stockpile.support;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Requests as a demo user: each carries a real token, signed by the built-in OIDC provider that the test run
 * starts, and is validated by the service as any token would be.
 */
public final class Api {

    public static final String CLERK_GAO = "clerk-gao";
    public static final String CLERK_KAYES = "clerk-kayes";
    public static final String CLERK_STOREHOUSE = "clerk-storehouse";
    public static final String INSPECTOR_MOPTI = "inspector-mopti";
    public static final String INSPECTOR_NATIONAL = "inspector-national";
    public static final String TRAINER = "trainer";
    public static final String COMMANDER = "commander";
    public static final String ADMIN = "admin";
    /** A clerk whose token carries no scope at all. */
    public static final String NO_SCOPE = "nobody";

    private record Token(String value, Instant expires) {
    }

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private Api() {
    }

    /** A JSON request (French unless told otherwise) as {@code user}. */
    public static RequestSpecification as(String user) {
        return given().log().ifValidationFails().header("Authorization", "Bearer " + token(user))
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().log().ifValidationFails().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static String token(String user) {
        return TOKENS.compute(user, (name, cached) -> cached != null && cached.expires().isAfter(Instant.now())
                ? cached : fetch(name)).value();
    }

    private static Token fetch(String user) {
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        String token = given().formParam("grant_type", "password").formParam("client_id", "stockpile-api")
                .formParam("username", user).formParam("password", "demo")
                .post(issuer + "/token").then().statusCode(200).extract().path("access_token");
        return new Token(token, Instant.now().plusSeconds(120));
    }
}
