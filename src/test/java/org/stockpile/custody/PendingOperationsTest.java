package org.stockpile.custody;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.CLERK_KAYES;
import static org.stockpile.support.Api.CLERK_STOREHOUSE;
import static org.stockpile.support.Api.COMMANDER;
import static org.stockpile.support.Api.as;
import static org.stockpile.support.Custody.approve;
import static org.stockpile.support.Custody.freshWeapons;
import static org.stockpile.support.Custody.perform;
import static org.stockpile.support.Custody.personTagAt;
import static org.stockpile.support.Custody.scan;
import static org.stockpile.support.Custody.weaponId;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The two-person rule holds against time: an approval carries out exactly what was asked, against the items as they
 * were, or nothing; a requester keeps sight of their requests and may withdraw them.
 */
@QuarkusTest
class PendingOperationsTest {

    @Inject
    DataSource dataSource;

    /** A loss requested, the weapon then issued: approving the loss would take it from the soldier holding it. */
    @Test
    void anApprovalThatFindsAWeaponChangedIsRefusedAndTheRequestStaysPending() {
        String tag = freshWeapons("ARM-GAO-01", "stale-loss", 1).get(0);
        String badge = personTagAt("ARM-GAO-01");
        String loss = perform(CLERK_GAO, "loss", scan(List.of(tag), "reason", "Absente au comptage du soir")).then()
                .statusCode(202).extract().path("pendingOperationId");
        perform(CLERK_GAO, "issue", scan(List.of(tag), "personTag", badge)).then().statusCode(200);

        approve(COMMANDER, loss).then().statusCode(409)
                .body("type", equalTo("urn:stockpile:problem:custody-conflict"))
                .body("items[0].tag", equalTo(tag)).body("items[0].state", equalTo("ISSUED"));
        as(COMMANDER).get("/api/custody/pending/" + loss).then().body("status", equalTo("PENDING"));
        as(CLERK_GAO).get("/api/weapons/" + weaponId(tag)).then().body("state", equalTo("ISSUED"))
                .body("holderTag", equalTo(badge));
        as(CLERK_GAO).get("/api/custody/weapons/" + weaponId(tag) + "/history").then()
                .body("type", equalTo(List.of("RECEIPT", "ISSUE")));

        as(COMMANDER).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("reason", "Arme perçue depuis : la perte n’est plus d’actualité"))
                .post("/api/custody/pending/" + loss + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
    }

    @Test
    void anApprovalThatFindsTheStockChangedIsRefusedAndTheRequestStaysPending() {
        String lot = as(ADMIN).body(Map.of("itemCode", "9X19-BALL", "lotNumber", "STALE-" + UUID.randomUUID()
                .toString().substring(0, 8))).post("/api/ammunition-lots").then().statusCode(201).extract()
                .path("tagCode");
        ammo(CLERK_STOREHOUSE, "receipt", lot, 1000, "reference", "BR-STALE").then().statusCode(200);
        String dispatch = ammo(CLERK_STOREHOUSE, "dispatch", lot, 600, "destinationSiteCode", "EXS-MPT-01").then()
                .statusCode(202).extract().path("pendingOperationId");
        ammo(CLERK_STOREHOUSE, "issue", lot, 100, "personTag", personTagAt("EXS-BKO-01")).then().statusCode(200);

        approve(COMMANDER, dispatch).then().statusCode(409).body("items[0].tag", equalTo(lot))
                .body("items[0].message", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("1000"), org.hamcrest.Matchers.containsString("900")));
        as(COMMANDER).get("/api/custody/pending/" + dispatch).then().body("status", equalTo("PENDING"));
        as(CLERK_STOREHOUSE).get("/api/ammunition/stock?siteCode=EXS-BKO-01").then()
                .body("find { it.lotTag == '" + lot + "' && it.holderPersonTag == null }.quantity", equalTo(900));
    }

    /**
     * A clerk of the destination asks for the loss of a weapon on its way to them: the request belongs to the chain of
     * the site of origin, out of the clerk's scope, yet the clerk still sees it and may take it back.
     */
    @Test
    void aRequesterSeesAndWithdrawsTheirOwnRequestWhereverTheWeaponIs() {
        String tag = freshWeapons("ARM-GAO-01", "withdraw-own", 1).get(0);
        String dispatch = perform(CLERK_GAO, "dispatch", scan(List.of(tag), "destinationSiteCode", "ARM-KAY-01"))
                .then().statusCode(202).extract().path("pendingOperationId");
        approve(COMMANDER, dispatch).then().statusCode(200);
        String loss = perform(CLERK_KAYES, "loss", scan(List.of(tag), "reason", "Caisse arrivée vide")).then()
                .statusCode(202).extract().path("pendingOperationId");

        as(CLERK_KAYES).get("/api/custody/pending?sort=requestedAt,desc").then().statusCode(200)
                .body("items.id", hasItem(loss));
        as(CLERK_KAYES).get("/api/custody/pending/" + loss).then().statusCode(200)
                .body("siteCode", equalTo("ARM-GAO-01")).body("requestedBy", equalTo(CLERK_KAYES));
        withdraw(CLERK_GAO, loss).then().statusCode(403);
        approve(CLERK_KAYES, loss).then().statusCode(404);
        String key = UUID.randomUUID().toString();
        withdraw(CLERK_KAYES, loss, key).then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("decidedBy", equalTo(CLERK_KAYES));
        withdraw(CLERK_KAYES, loss, key).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        withdraw(CLERK_KAYES, loss).then().statusCode(409);
        approve(COMMANDER, loss).then().statusCode(409);
        as(CLERK_KAYES).get("/api/custody/pending?sort=requestedAt,desc").then().body("items.id", not(hasItem(loss)));
        as(CLERK_KAYES).get("/api/weapons/" + weaponId(tag)).then().body("state", equalTo("IN_TRANSIT"));
    }

    /** A request held before the service kept what it was made against cannot be checked, so it is not carried out. */
    @Test
    void aRequestHeldBeforeItsItemsWereRecordedCannotBeApproved() throws SQLException {
        String tag = freshWeapons("ARM-GAO-01", "legacy-pending", 1).get(0);
        String loss = perform(CLERK_GAO, "loss", scan(List.of(tag), "reason", "Ancienne demande")).then()
                .statusCode(202).extract().path("pendingOperationId");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update pending_operation set held_against = null where id = '" + loss + "'");
        }
        approve(COMMANDER, loss).then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString(
                "Rejetez-la"));
        as(COMMANDER).get("/api/custody/pending/" + loss).then().body("status", equalTo("PENDING"));
        as(CLERK_GAO).get("/api/weapons/" + weaponId(tag)).then().body("state", equalTo("IN_STORE"));
    }

    private static Response withdraw(String user, String pending) {
        return withdraw(user, pending, UUID.randomUUID().toString());
    }

    private static Response withdraw(String user, String pending, String key) {
        return as(user).header("Idempotency-Key", key).post("/api/custody/pending/" + pending + "/withdraw");
    }

    private static Response ammo(String user, String operation, String lot, long quantity, Object... details) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("siteCode", "EXS-BKO-01", "lines",
                List.of(Map.of("lotTag", lot, "quantity", quantity))));
        for (int i = 0; i < details.length; i += 2) {
            body.put((String) details[i], details[i + 1]);
        }
        return as(user).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/ammunition/" + operation);
    }
}
