package org.stockpile.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The built-in provider's tokens, as the README has a new user get them, last a working day. */
@QuarkusTest
class DevTokenTest {

    @Test
    void aDemoUsersTokenLastsAWorkingDay() {
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        given().formParam("grant_type", "password").formParam("client_id", "stockpile-api")
                .formParam("username", "clerk-gao").formParam("password", "demo").post(issuer + "/token").then()
                .statusCode(200).body("expires_in", greaterThanOrEqualTo(10 * 3600));
    }
}
