package org.stockpile.inspection;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_KAYES;
import static org.stockpile.support.Api.COMMANDER;
import static org.stockpile.support.Api.INSPECTOR_MOPTI;
import static org.stockpile.support.Api.INSPECTOR_NATIONAL;
import static org.stockpile.support.Api.as;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Depots;
import org.stockpile.support.Inspecting;
import org.stockpile.system.Sha256;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Inspections through the API: an inspector assesses the national checklist item by item with photos and closes it;
 * each failure's corrective action is followed up until it is closed with evidence, and reported open and overdue by
 * site and region; the database keeps what a closed inspection found and every photo as uploaded.
 */
@QuarkusTest
class InspectionsTest {

    @Inject
    DataSource dataSource;

    private static Map<String, Object> summaryOf(String user, String section, String code) {
        List<Map<String, Object>> counts = as(user).get("/api/inspections/corrective-actions/summary").then()
                .statusCode(200).extract().path(section);
        return counts.stream().filter(count -> code.equals(count.get("code"))).findFirst().orElse(Map.of());
    }

    @Test
    void twoFailuresWithPhotosAreFollowedUpAndOneActionIsClosedWithEvidence() throws SQLException {
        Depots.Depot depot = Depots.armoury("MPT");
        long id = Inspecting.open(INSPECTOR_MOPTI, depot.code());
        List<String> codes = Inspecting.itemCodes(id);
        assertEquals(20, codes.size(), "the national checklist");
        assertEquals("SECURITY_PLAN", codes.get(0));
        as(INSPECTOR_MOPTI).get("/api/inspections/" + id).then().body("status", equalTo("OPEN"))
                .body("items[5].titleFr", equalTo("Serrures et cadenas conformes"))
                .body("items[5].titleEn", equalTo("Locks and padlocks to standard"))
                .body("items[5].result", nullValue());

        byte[] photo = Inspecting.jpeg(640, 480);
        Map<String, Object> kept = Inspecting.upload(INSPECTOR_MOPTI, id, "LOCKS", "FINDING", photo, "image/jpeg")
                .then().statusCode(201).body("mediaType", equalTo("image/jpeg")).body("width", equalTo(640))
                .extract().path("");
        assertEquals(Sha256.hex(photo), kept.get("sha256"), "the hash of exactly the bytes sent");
        byte[] stored = as(INSPECTOR_NATIONAL).accept("image/*").get("/api/inspections/" + id + "/photos/"
                + kept.get("id")).then().statusCode(200).contentType("image/jpeg")
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertArrayEquals(photo, stored, "the photo is kept byte for byte");

        as(INSPECTOR_MOPTI).body(Map.of()).post("/api/inspections/" + id + "/close").then().statusCode(422)
                .body("items", hasSize(20));
        Inspecting.assess(INSPECTOR_MOPTI, id, "LOCKS", Map.of("result", "FAIL", "severity", "HIGH")).then()
                .statusCode(422).body("field", equalTo("action"));
        Inspecting.assess(INSPECTOR_MOPTI, id, "LOCKS", Map.of("result", "PASS", "severity", "HIGH")).then()
                .statusCode(422).body("field", equalTo("severity"));
        Inspecting.assess(INSPECTOR_NATIONAL, id, "LOCKS", Map.of("result", "PASS")).then().statusCode(403);
        Inspecting.assess(INSPECTOR_MOPTI, id, "ROOF", Map.of("result", "PASS")).then().statusCode(404);
        Inspecting.upload(INSPECTOR_MOPTI, id, "LOCKS", "FINDING", "not a photo".getBytes(), "image/jpeg").then()
                .statusCode(415);
        Inspecting.upload(INSPECTOR_MOPTI, id, "LOCKS", "FINDING", Arrays.copyOf(photo, 20), "image/jpeg").then()
                .statusCode(422).body("detail", org.hamcrest.Matchers.containsString("illisible"));
        Inspecting.upload(INSPECTOR_MOPTI, id, "LOCKS", "FINDING", new byte[9 * 1024 * 1024], "image/png").then()
                .statusCode(422);
        Inspecting.upload(INSPECTOR_MOPTI, id, "LOCKS", "FINDING", Inspecting.pngHeaderOnly(10_000, 5_000),
                "image/png").then().statusCode(422).body("detail", org.hamcrest.Matchers.containsString("10000"));

        Inspecting.closeWith(INSPECTOR_MOPTI, id, Map.of(
                "LOCKS", Inspecting.failure("HIGH", "Remplacer le cadenas de la porte du magasin", 30),
                "FIRE", Inspecting.failure("MEDIUM", "Recharger les extincteurs", 14)));
        as(COMMANDER).get("/api/inspections/" + id).then().body("status", equalTo("CLOSED"))
                .body("items.find { it.code == 'LOCKS' }.action.status", equalTo("OPEN"))
                .body("items.find { it.code == 'LOCKS' }.photos", hasSize(1))
                .body("items.find { it.code == 'FIRE' }.action.owner", equalTo("Chef de poste"));
        Inspecting.assess(INSPECTOR_MOPTI, id, "LOCKS", Map.of("result", "PASS")).then().statusCode(409);
        Inspecting.upload(INSPECTOR_MOPTI, id, "LOCKS", "FINDING", photo, "image/jpeg").then().statusCode(409);
        Inspecting.upload(COMMANDER, id, "DOORS", "EVIDENCE", photo, "image/jpeg").then().statusCode(409);

        Map<String, Object> site = summaryOf(INSPECTOR_MOPTI, "sites", depot.code());
        assertEquals(2, site.get("open"));
        assertEquals(0, site.get("overdue"));
        assertTrue(((Number) summaryOf(INSPECTOR_MOPTI, "regions", "MPT").get("open")).intValue() >= 2);

        String close = "/api/inspections/" + id + "/items/LOCKS/action/close";
        as(COMMANDER).body(Map.of("note", "Cadenas remplacé")).post(close).then().statusCode(422)
                .body("field", equalTo("evidence"));
        Inspecting.upload(COMMANDER, id, "LOCKS", "EVIDENCE", Inspecting.jpeg(800, 600), "image/jpeg").then()
                .statusCode(201).body("purpose", equalTo("EVIDENCE"));
        as(COMMANDER).body(Map.of("note", "Cadenas remplacé")).post(close).then().statusCode(200)
                .body("action.status", equalTo("CLOSED")).body("action.closedBy", equalTo(COMMANDER))
                .body("action.closureNote", equalTo("Cadenas remplacé"));
        as(COMMANDER).body(Map.of("note", "Encore")).post(close).then().statusCode(409);

        List<String> open = as(INSPECTOR_MOPTI).get("/api/inspections/corrective-actions?siteCode=" + depot.code())
                .then().statusCode(200).extract().path("items.itemCode");
        assertEquals(List.of("FIRE"), open);
        as(INSPECTOR_MOPTI).get("/api/inspections/corrective-actions?status=CLOSED&siteCode=" + depot.code())
                .then().body("items.itemCode", equalTo(List.of("LOCKS"))).body("items[0].closedAt", notNullValue());
        assertEquals(1, summaryOf(INSPECTOR_MOPTI, "sites", depot.code()).get("open"));

        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            SQLException changed = assertThrows(SQLException.class, () -> sql.executeUpdate("update inspection_item "
                    + "set result = 'PASS', severity = null where inspection_id = " + id + " and code = 'FIRE'"));
            assertTrue(changed.getMessage().contains("kept as it was closed"), changed.getMessage());
            assertThrows(SQLException.class, () -> sql.executeUpdate("update inspection_photo set sha256 = 'x' "
                    + "where id = " + kept.get("id")));
        }
    }

    @Test
    void anActionPastItsDueDateIsReportedOverdueAndInspectionsAreSeenOnlyInScope() throws SQLException {
        Depots.Depot depot = Depots.armoury("MPT");
        long id = Inspecting.open(INSPECTOR_MOPTI, depot.code());
        Inspecting.assess(INSPECTOR_MOPTI, id, "GUARD", Inspecting.failure("CRITICAL", "Doubler la garde", 1))
                .then().statusCode(200).body("action.status", equalTo("OPEN"));
        // Only the database can put a due date in the past: the service refuses one.
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("update inspection_item set action_due_on = current_date - 3 where inspection_id = "
                    + id + " and code = 'GUARD'");
        }
        Inspecting.closeWith(INSPECTOR_MOPTI, id, Map.of());
        assertEquals(1, summaryOf(COMMANDER, "sites", depot.code()).get("overdue"));
        as(COMMANDER).get("/api/inspections/corrective-actions?status=OVERDUE&regionCode=MPT&size=500").then()
                .statusCode(200).body("items.findAll { it.siteCode == '" + depot.code() + "' }.itemCode",
                        equalTo(List.of("GUARD")));
        as(COMMANDER).get("/api/inspections/corrective-actions?status=OPEN&siteCode=" + depot.code()).then()
                .body("items", hasSize(0));

        as(CLERK_KAYES).get("/api/inspections/" + id).then().statusCode(404);
        assertEquals(Map.of(), summaryOf(CLERK_KAYES, "sites", depot.code()), "another site's actions are not counted");
        as(CLERK_KAYES).get("/api/inspections?size=500").then().body("items.findAll { it.id == " + id + " }",
                hasSize(0));
        as("inspector-gao").get("/api/inspections/" + id).then().statusCode(404);
        as(INSPECTOR_NATIONAL).get("/api/inspections?siteCode=" + depot.code()).then()
                .body("items[0].failed", equalTo(1)).body("items[0].openActions", equalTo(1));
        as(CLERK_KAYES).body(Map.of("siteCode", "ARM-KAY-01")).post("/api/inspections").then().statusCode(403);
        as(INSPECTOR_MOPTI).body(Map.of("siteCode", "ARM-GAO-01")).post("/api/inspections").then().statusCode(422);
        as(ADMIN).get("/api/inspections/checklist").then().statusCode(200).body("", hasSize(20));
    }

    @Test
    void openingAgainAndSendingAPhotoAgainGiveBackWhatWasKeptEvenFromSeveralTapsAtOnce() throws Exception {
        Depots.Depot depot = Depots.armoury("MPT");
        String opening = "/api/inspections";
        Map<String, String> site = Map.of("siteCode", depot.code());
        // Four taps at once on a poor connection: one inspection, which each answer names.
        ExecutorService taps = Executors.newFixedThreadPool(4);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(taps.submit(() -> as(INSPECTOR_MOPTI).body(site).post(opening)));
        }
        Set<Long> named = new HashSet<>();
        int opened = 0;
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            assertTrue(Set.of(200, 201, 409).contains(response.statusCode()), response.asString());
            opened += response.statusCode() == 201 ? 1 : 0;
            if (response.statusCode() != 409) {
                named.add(((Number) response.path("id")).longValue());
            }
        }
        taps.shutdown();
        assertEquals(1, opened, "one tap opens it");
        assertEquals(1, named.size(), "the others are given the same inspection");
        long id = named.iterator().next();
        as(INSPECTOR_MOPTI).body(site).post(opening).then().statusCode(200).body("id", equalTo((int) id));
        long other = ((Number) as(INSPECTOR_NATIONAL).body(site).post(opening).then().statusCode(201).extract()
                .path("id")).longValue();
        assertTrue(other != id, "another inspector inspects the site on their own");
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet open = sql.executeQuery("select count(*) from inspection i join site s on s.id = i.site_id "
                        + "where s.code = '" + depot.code() + "' and i.opened_by = '" + INSPECTOR_MOPTI + "'")) {
            open.next();
            assertEquals(1, open.getInt(1), "one inspection of the site by this inspector");
        }

        byte[] photo = Inspecting.jpeg(320, 240);
        Map<String, Object> first = Inspecting.upload(INSPECTOR_MOPTI, id, "DOORS", "FINDING", photo, "image/jpeg")
                .then().statusCode(201).extract().path("");
        Inspecting.upload(INSPECTOR_MOPTI, id, "DOORS", "FINDING", photo, "image/jpeg").then().statusCode(200)
                .body("id", equalTo(first.get("id"))).body("sha256", equalTo(first.get("sha256")));
        for (int width = 321; width < 326; width++) {
            Inspecting.upload(INSPECTOR_MOPTI, id, "DOORS", "FINDING", Inspecting.jpeg(width, 240), "image/jpeg")
                    .then().statusCode(201);
        }
        as(INSPECTOR_MOPTI).get("/api/inspections/" + id).then()
                .body("items.find { it.code == 'DOORS' }.photos", hasSize(6));
        Inspecting.upload(INSPECTOR_MOPTI, id, "DOORS", "FINDING", Inspecting.jpeg(400, 240), "image/jpeg").then()
                .statusCode(422).body("field", equalTo("purpose"));
        Inspecting.upload(INSPECTOR_MOPTI, id, "DOORS", "FINDING", photo, "image/jpeg").then().statusCode(200)
                .body("id", equalTo(first.get("id")));
        as(INSPECTOR_MOPTI).get("/api/inspections/" + id).then()
                .body("items.find { it.code == 'DOORS' }.photos", hasSize(6));
    }
}
