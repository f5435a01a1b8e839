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

/** The ammunition counter's requests as its page sends them: one receipt per key, and only for clerks. */
@QuarkusTest
class AmmunitionCounterPageTest {

    private static long held(String lot) {
        return as(ADMIN).get("/api/ammunition/stock?siteCode=EXS-BKO-01").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.lotTag == '" + lot + "' }.quantity", Long.class).stream()
                .mapToLong(Long::longValue).sum();
    }

    @Test
    void aReceiptSentTwiceWithItsKeyIsRecordedOnce() {
        String lot = AmmunitionBrowserTest.lot("0.01");
        PageSession clerk = PageSession.open("clerk-storehouse", "/app/ammunition");
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            clerk.post().formParam("key", key).formParam("operation", "receipt").formParam("site", "EXS-BKO-01")
                    .formParam("lot", lot).formParam("quantity", "250").formParam("reference", "BR-PAGE-1")
                    .post("/app/ammunition/confirm").then().statusCode(200).body(containsString("Fait"));
        }
        assertEquals(250, held(lot));
    }

    @Test
    void aQuantityThatIsNotANumberIsRefusedAndNothingIsRecorded() {
        String lot = AmmunitionBrowserTest.lot("0.01");
        PageSession clerk = PageSession.open("clerk-storehouse", "/app/ammunition");
        clerk.post().formParam("key", UUID.randomUUID().toString()).formParam("operation", "receipt")
                .formParam("site", "EXS-BKO-01").formParam("lot", lot).formParam("quantity", "12abc")
                .formParam("reference", "BR-PAGE-2").post("/app/ammunition/confirm").then().statusCode(200)
                .body(containsString("Refusé"));
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
