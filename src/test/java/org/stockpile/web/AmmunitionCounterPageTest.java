package org.stockpile.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.as;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stockpile.system.TagCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The ammunition counter's requests as its page sends them: one receipt per key, and only for clerks. */
@QuarkusTest
class AmmunitionCounterPageTest {

    private static long held(String lot) {
        return as(ADMIN).get("/api/ammunition/stock?siteCode=EXS-BKO-01").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.lotTag == '" + lot + "' }.quantity", Long.class).stream()
                .mapToLong(Long::longValue).sum();
    }

    /** A receipt of {@code quantity} (as typed) of {@code lot} at EXS-BKO-01, confirmed as the counter sends it. */
    static ValidatableResponse receive(PageSession clerk, String key, String lot, String quantity, String reference) {
        return clerk.post().formParam("key", key).formParam("operation", "receipt").formParam("site", "EXS-BKO-01")
                .formParam("lot", lot).formParam("quantity", quantity).formParam("reference", reference)
                .post("/app/ammunition/confirm").then().statusCode(200);
    }

    @Test
    void aReceiptSentTwiceWithItsKeyIsRecordedOnce() {
        String lot = AmmunitionBrowserTest.lot("0.01");
        PageSession clerk = PageSession.open("clerk-storehouse", "/app/ammunition");
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            receive(clerk, key, lot, "250", "BR-PAGE-1").body(containsString("Fait"));
        }
        assertEquals(250, held(lot));
    }

    @Test
    void aQuantityThatIsNotANumberIsRefusedAndNothingIsRecorded() {
        String lot = AmmunitionBrowserTest.lot("0.01");
        PageSession clerk = PageSession.open("clerk-storehouse", "/app/ammunition");
        receive(clerk, UUID.randomUUID().toString(), lot, "12abc", "BR-PAGE-2").body(containsString("Refusé"));
        assertEquals(0, held(lot));
    }

    @Test
    void aWeaponCodeIsNotALot() {
        PageSession clerk = PageSession.open("clerk-storehouse", "/app/ammunition");
        String weapon = TagCode.of(TagCode.Kind.WEAPON, 1).value();
        clerk.post().formParam("code", weapon).post("/app/ammunition/scan").then().statusCode(200)
                .body(containsString("class=\"line refused\""), containsString("lot de munitions"));
    }

    @Test
    void anInspectorHasNoAmmunitionCounter() {
        given().cookies(SignInTest.signIn("inspector-national")).get("/app/ammunition").then().statusCode(403);
    }
}
