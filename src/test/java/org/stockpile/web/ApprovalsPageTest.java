package org.stockpile.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.as;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Custody;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookies;

/** The approval queue's decisions as the page sends them: who may decide, in which scope, and only once. */
@QuarkusTest
class ApprovalsPageTest {

    /** A weapon as an entry of the queue shows it: its tag code at the start of its line. */
    private static final Pattern WEAPON = Pattern.compile("<span class=\"code\">(W[^<]+)</span>");

    private static String status(String pendingId) {
        return as(ADMIN).get("/api/custody/pending/" + pendingId).then().statusCode(200).extract().path("status");
    }

    @Test
    void theRequesterSeesTheirsWaitingAndCannotApproveIt() {
        Custody.Waiting waiting = Custody.dispatchWaiting("approval-" + UUID.randomUUID());
        PageSession clerk = PageSession.open("clerk-gao", "/app/approvals");
        assertEquals(true, clerk.page().contains(waiting.weapon()), "the requester sees their request in the queue");
        clerk.post().formParam("key", UUID.randomUUID().toString())
                .post("/app/approvals/" + waiting.pendingId() + "/approve")
                .then().statusCode(200).body(containsString("class=\"result refused\""),
                        containsString("seconde personne"));
        assertEquals("PENDING", status(waiting.pendingId()));
    }

    @Test
    void anotherScopesOperationIsNotFoundAndNotShown() {
        Custody.Waiting waiting = Custody.dispatchWaiting("approval-" + UUID.randomUUID());
        PageSession mopti = PageSession.open("inspector-mopti", "/app/approvals");
        assertEquals(false, mopti.page().contains(waiting.weapon()),
                "a Gao dispatch is not in a Mopti inspector's queue");
        mopti.post().formParam("key", UUID.randomUUID().toString())
                .post("/app/approvals/" + waiting.pendingId() + "/approve")
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(not(containsString(waiting.weapon())));
        assertEquals("PENDING", status(waiting.pendingId()));
    }

    @Test
    void anApprovalSentTwiceIsCarriedOutOnceAndARejectionNeedsAReason() {
        Custody.Waiting waiting = Custody.dispatchWaiting("approval-" + UUID.randomUUID());
        PageSession commander = PageSession.open("commander", "/app/approvals");
        commander.post().formParam("key", "no reason").post("/app/approvals/" + waiting.pendingId() + "/reject").then()
                .statusCode(200).body(containsString("class=\"result refused\""));
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            commander.post().formParam("key", key).post("/app/approvals/" + waiting.pendingId() + "/approve").then()
                    .statusCode(200).body(containsString("Approuvée"));
        }
        assertEquals("APPROVED", status(waiting.pendingId()));
        List<String> types = as(ADMIN).get("/api/custody/weapons/" + Custody.weaponId(waiting.weapon()) + "/history")
                .then().statusCode(200).extract().path("type");
        assertEquals(1, types.stream().filter("DISPATCH"::equals).count(), () -> "events: " + types);
        as(ADMIN).get("/api/weapons/" + Custody.weaponId(waiting.weapon())).then().body("state", equalTo("IN_TRANSIT"));
    }

    @Test
    void theQueueComesAPageAtATimeLatestFirstWithTheNumberWaitingInAll() {
        List<String> requested = new ArrayList<>();
        for (int i = 0; i <= ApprovalsPage.PAGE_SIZE; i++) {
            requested.add(Custody.dispatchWaiting("approval-" + UUID.randomUUID()).weapon());
        }
        long total = as(ADMIN).get("/api/custody/pending?size=1").then().statusCode(200).extract()
                .<Integer>path("totalItems");
        Cookies commander = SignInTest.signIn("commander");
        String first = given().cookies(commander).get("/app/approvals").then().statusCode(200)
                .body(containsString(total + " opérations en attente"),
                        containsString("href=\"/app/approvals?page=1\""))
                .body(not(containsString("/app/approvals?page=-1"))).extract().asString();
        List<String> onFirst = WEAPON.matcher(first).results().map(found -> found.group(1)).toList();
        assertEquals(ApprovalsPage.PAGE_SIZE, onFirst.stream().distinct().count(), () -> "entries: " + onFirst);
        assertTrue(onFirst.contains(requested.get(requested.size() - 1)), "the latest request is on the first page");
        assertFalse(onFirst.contains(requested.get(0)), "the earliest of them is on the next page");

        String second = given().cookies(commander).get("/app/approvals?page=1").then().statusCode(200)
                .body(containsString("href=\"/app/approvals?page=0\"")).extract().asString();
        assertTrue(second.contains(requested.get(0)), "the earliest is on the second page");
        given().cookies(commander).get("/app/approvals?page=-1").then().statusCode(400)
                .contentType(containsString("text/html"));
    }

    @Test
    void aTrainerHasNoQueue() {
        given().cookies(SignInTest.signIn("trainer")).get("/app/approvals").then().statusCode(403);
    }
}
