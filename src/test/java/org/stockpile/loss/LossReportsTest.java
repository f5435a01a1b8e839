package org.stockpile.loss;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.COMMANDER;
import static org.stockpile.support.Api.INSPECTOR_MOPTI;
import static org.stockpile.support.Api.INSPECTOR_NATIONAL;
import static org.stockpile.support.Api.TRAINER;
import static org.stockpile.support.Api.as;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Custody;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Loss and theft reports through the API: filed by whoever finds the loss and held for a second person, linked to the
 * events the approval writes, followed by an investigation that only moves forward, kept unchanged by the database,
 * exported for tracing, and seen only within scope.
 */
@QuarkusTest
class LossReportsTest {

    @Inject
    DataSource dataSource;

    private static Map<String, Object> filing(String kind, List<String> tags, Object... details) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "weaponTags", tags, "discoveredOn",
                LocalDate.now().toString(), "circumstances", "Râtelier forcé, constaté à l’ouverture"));
        for (int i = 0; i < details.length; i += 2) {
            body.put((String) details[i], details[i + 1]);
        }
        return body;
    }

    private static Response file(String user, Map<String, Object> filing, String key) {
        return as(user).header("Idempotency-Key", key).body(filing).post("/api/loss-reports");
    }

    private static Response entry(String user, long report, Map<String, Object> entry) {
        return as(user).header("Idempotency-Key", UUID.randomUUID().toString()).body(entry)
                .post("/api/loss-reports/" + report + "/entries");
    }

    private static List<Map<String, Object>> tracing(String user, String query) {
        return as(user).get("/api/loss-reports/tracing" + query).then().statusCode(200).extract().path("");
    }

    private static List<Map<String, Object>> linesOf(List<Map<String, Object>> lines, long report) {
        return lines.stream().filter(line -> ((Number) line.get("lossReportId")).longValue() == report).toList();
    }

    @Test
    void aTheftIsHeldForASecondPersonAndItsReportLinksTheEventsTheApprovalWrites() {
        List<String> stolen = Custody.freshWeapons("ARM-GAO-01", "THEFT-" + UUID.randomUUID(), 2);
        String key = UUID.randomUUID().toString();
        Map<String, Object> theft = filing("THEFT", stolen, "lastVerifiedOn", LocalDate.now().minusDays(1).toString(),
                "place", "Armurerie de Gao, râtelier R-02", "policeReference", "PV-2026-117");
        Response filed = file(CLERK_GAO, theft, key);
        filed.then().statusCode(201).body("kind", equalTo("THEFT")).body("siteCode", equalTo("ARM-GAO-01"))
                .body("approval", equalTo("AWAITING_SECOND_PERSON")).body("pendingOperationId", notNullValue())
                .body("operationId", nullValue()).body("investigation", equalTo("OPEN"))
                .body("policeReference", equalTo("PV-2026-117")).body("reportedBy", equalTo(CLERK_GAO))
                .body("weapons", hasSize(2)).body("weapons[0].state", equalTo("IN_STORE"))
                .body("events", hasSize(0));
        long report = ((Number) filed.path("id")).longValue();
        String pending = filed.path("pendingOperationId");

        file(CLERK_GAO, theft, key).then().statusCode(201).body("id", equalTo((int) report));
        List<Integer> listed = as(CLERK_GAO).get("/api/loss-reports?siteCode=ARM-GAO-01&size=100").then()
                .statusCode(200).extract().path("items.id");
        assertEquals(1, listed.stream().filter(id -> id == report).count(), "a replay files nothing more");
        as(ADMIN).get("/api/weapons/" + Custody.weaponId(stolen.get(0))).then().body("state", equalTo("IN_STORE"));

        Custody.approve(CLERK_GAO, pending).then().statusCode(403);
        Custody.approve(COMMANDER, pending).then().statusCode(200);
        Response approved = as(CLERK_GAO).get("/api/loss-reports/" + report);
        approved.then().statusCode(200).body("approval", equalTo("CARRIED_OUT"))
                .body("operationId", notNullValue()).body("events", hasSize(2))
                .body("events[0].type", equalTo("THEFT")).body("events[0].toState", equalTo("STOLEN"))
                .body("events[0].reference", equalTo("PV-2026-117"))
                .body("events[0].reason", equalTo("Râtelier forcé, constaté à l’ouverture"))
                .body("events[0].approvedBy", equalTo(COMMANDER)).body("weapons[0].state", equalTo("STOLEN"));

        List<Map<String, Object>> lines = linesOf(tracing(INSPECTOR_NATIONAL, ""), report);
        assertEquals(2, lines.size(), "both weapons are exported for tracing");
        Map<String, Object> line = lines.get(0);
        assertEquals("Izhmash", line.get("make"));
        assertEquals("7.62x39mm", line.get("calibre"));
        assertEquals("RU", line.get("countryOfManufacture"));
        assertEquals("THEFT", line.get("lossKind"));
        assertEquals(LocalDate.now().toString(), line.get("dateOfLoss"));
        assertEquals("Armurerie de Gao, râtelier R-02", line.get("placeOfLoss"));
        assertEquals("PV-2026-117", line.get("policeReference"));
        assertEquals(false, line.get("recovered"));
        String serial = as(ADMIN).get("/api/weapons/" + Custody.weaponId(stolen.get(0))).then().extract()
                .path("manufacturerSerial");
        assertTrue(lines.stream().anyMatch(l -> serial.equals(l.get("serialNumber"))), "the serial is exported");

        String csv = as(INSPECTOR_NATIONAL).accept("text/csv").get("/api/loss-reports/tracing").then()
                .statusCode(200).extract().asString();
        assertTrue(csv.startsWith("make,model,calibre,type,serialNumber,nationalSerial,ownershipMark,"
                + "countryOfManufacture,yearOfManufacture,countryOfImport,lossKind,dateOfLoss,lastVerifiedOn,"
                + "placeOfLoss,siteCode,region,policeReference,lossReportId,recovered\r\n"), csv);
        assertTrue(csv.contains(serial), "the CSV carries the serial");

        Custody.perform(CLERK_GAO, "recovery", Custody.scan(stolen.subList(0, 1))).then().statusCode(200);
        as(INSPECTOR_NATIONAL).get("/api/loss-reports/" + report).then()
                .body("weapons.find { it.tag == '" + stolen.get(0) + "' }.recoveredAt", notNullValue())
                .body("weapons.find { it.tag == '" + stolen.get(1) + "' }.recoveredAt", nullValue());
        assertEquals(1, linesOf(tracing(INSPECTOR_NATIONAL, ""), report).size(), "a recovered weapon is not sent on");
        List<Map<String, Object>> all = linesOf(tracing(INSPECTOR_NATIONAL, "?includeRecovered=true"), report);
        assertEquals(2, all.size());
        assertEquals(1, all.stream().filter(l -> Boolean.TRUE.equals(l.get("recovered"))).count());
        assertEquals(List.of(), linesOf(tracing(INSPECTOR_NATIONAL, "?to=" + LocalDate.now().minusDays(1)), report),
                "discovered after the period asked for");
    }

    @Test
    void theInvestigationOnlyMovesForwardAndClosesWithItsOutcomeAndTheDatabaseKeepsEveryStep() throws SQLException {
        List<String> lost = Custody.freshWeapons("ARM-GAO-01", "LOSS-" + UUID.randomUUID(), 1);
        long report = ((Number) file(CLERK_GAO, filing("LOSS", lost), UUID.randomUUID().toString()).then()
                .statusCode(201).body("policeReference", nullValue()).extract().path("id")).longValue();

        entry(CLERK_GAO, report, Map.of("status", "UNDER_INVESTIGATION")).then().statusCode(403);
        entry(INSPECTOR_NATIONAL, report, Map.of("status", "UNDER_INVESTIGATION", "policeReference", "PV-GAO-88",
                "note", "Gendarmerie saisie")).then().statusCode(201).body("investigation",
                        equalTo("UNDER_INVESTIGATION")).body("policeReference", equalTo("PV-GAO-88"));
        entry(INSPECTOR_NATIONAL, report, Map.of("status", "OPEN")).then().statusCode(409)
                .body("type", equalTo("urn:stockpile:problem:state-conflict"));
        entry(COMMANDER, report, Map.of("status", "CLOSED")).then().statusCode(422).body("field", equalTo("note"));
        entry(COMMANDER, report, Map.of("status", "CLOSED", "note", "Arme retrouvée chez un armurier de Gao"))
                .then().statusCode(201).body("investigation", equalTo("CLOSED")).body("entries", hasSize(3))
                .body("entries[2].recordedBy", equalTo(COMMANDER)).body("policeReference", equalTo("PV-GAO-88"));
        entry(INSPECTOR_NATIONAL, report, Map.of("status", "CLOSED", "note", "Encore")).then().statusCode(409);
        as(INSPECTOR_NATIONAL).get("/api/loss-reports/" + report).then().body("entries", hasSize(3));

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "update loss_report set circumstances = 'rien' where id = " + report));
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "delete from loss_report_entry where loss_report_id = " + report));
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "delete from loss_report_weapon where loss_report_id = " + report));
        }
        as(INSPECTOR_NATIONAL).get("/api/loss-reports/" + report).then().body("entries", hasSize(3))
                .body("circumstances", equalTo("Râtelier forcé, constaté à l’ouverture"));
    }

    @Test
    void aReportThatCannotBeTrueOrNamesWhatTheReporterCannotSeeIsRefusedAndNothingIsKept() {
        List<String> weapons = Custody.freshWeapons("ARM-GAO-01", "BADLOSS-" + UUID.randomUUID(), 2);
        String kayes = Custody.freshWeapons("ARM-KAY-01", "BADLOSS-K-" + UUID.randomUUID(), 1).get(0);
        int before = as(ADMIN).get("/api/loss-reports?size=1").then().extract().path("totalItems");

        file(CLERK_GAO, filing("LOSS", weapons, "discoveredOn", LocalDate.now().plusDays(1).toString()),
                UUID.randomUUID().toString()).then().statusCode(422).body("field", equalTo("discoveredOn"));
        file(CLERK_GAO, filing("LOSS", weapons, "lastVerifiedOn", LocalDate.now().plusDays(1).toString()),
                UUID.randomUUID().toString()).then().statusCode(422).body("field", equalTo("lastVerifiedOn"));
        file(CLERK_GAO, filing("LOSS", List.of(weapons.get(0), kayes)), UUID.randomUUID().toString()).then()
                .statusCode(422).body("items[0].tag", equalTo(kayes));
        file(ADMIN, filing("LOSS", List.of(weapons.get(0), kayes)), UUID.randomUUID().toString()).then()
                .statusCode(422).body("field", equalTo("weaponTags"));
        file(CLERK_GAO, filing("LOSS", weapons, "circumstances", "Vol\u0000"), UUID.randomUUID().toString()).then()
                .statusCode(400);
        file(CLERK_GAO, filing("LOSS", weapons, "circumstances", "x".repeat(501)), UUID.randomUUID().toString())
                .then().statusCode(422);
        file(CLERK_GAO, filing("LOSS", List.of("pas-un-tag")), UUID.randomUUID().toString()).then().statusCode(422)
                .body("type", equalTo("urn:stockpile:problem:invalid-tag"));
        as(CLERK_GAO).body(filing("LOSS", weapons)).post("/api/loss-reports").then().statusCode(400);
        file(TRAINER, filing("LOSS", weapons), UUID.randomUUID().toString()).then().statusCode(403);
        assertEquals(before, (int) as(ADMIN).get("/api/loss-reports?size=1").then().extract().path("totalItems"),
                "no refused report was kept");

        String pending = file(CLERK_GAO, filing("LOSS", weapons.subList(0, 1)), UUID.randomUUID().toString()).then()
                .statusCode(201).extract().path("pendingOperationId");
        Custody.approve(COMMANDER, pending).then().statusCode(200);
        file(CLERK_GAO, filing("THEFT", weapons.subList(0, 1)), UUID.randomUUID().toString()).then().statusCode(409)
                .body("items[0].tag", equalTo(weapons.get(0)));
    }

    @Test
    void anInspectorOfAnotherRegionNeitherSeesNorExportsGaosReports() {
        List<String> weapons = Custody.freshWeapons("ARM-GAO-01", "SCOPELOSS-" + UUID.randomUUID(), 1);
        Response filed = file(CLERK_GAO, filing("LOSS", weapons), UUID.randomUUID().toString());
        long report = ((Number) filed.then().statusCode(201).extract().path("id")).longValue();
        Custody.approve(COMMANDER, filed.path("pendingOperationId")).then().statusCode(200);

        as(INSPECTOR_MOPTI).get("/api/loss-reports/" + report).then().statusCode(404);
        List<Integer> listed = as(INSPECTOR_MOPTI).get("/api/loss-reports?size=100").then().statusCode(200)
                .extract().path("items.id");
        assertFalse(listed.contains((int) report));
        assertEquals(List.of(), linesOf(tracing(INSPECTOR_MOPTI, ""), report));
        assertEquals(1, linesOf(tracing(INSPECTOR_NATIONAL, ""), report).size(), "the national inspector sees it");
        entry(INSPECTOR_MOPTI, report, Map.of("status", "UNDER_INVESTIGATION")).then().statusCode(404);
        as(CLERK_GAO).get("/api/loss-reports/tracing").then().statusCode(403);
    }

    /** A new lot of 7.62×39 ball for one test, received at {@code siteCode} in {@code quantity}. */
    private static String lotReceivedAt(String clerk, String siteCode, long quantity) {
        String lot = as(ADMIN).body(Map.of("itemCode", "762X39-BALL", "lotNumber", "LOSS-" + UUID.randomUUID()
                .toString().substring(0, 8), "condition", "SERVICEABLE")).post("/api/ammunition-lots").then()
                .statusCode(201).extract().path("tagCode");
        as(clerk).header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("siteCode", siteCode,
                "reference", "BR-LOSS", "lines", List.of(Map.of("lotTag", lot, "quantity", quantity))))
                .post("/api/ammunition/receipt").then().statusCode(200);
        return lot;
    }

    private static long onHand(String lot, String siteCode) {
        List<Number> quantities = as(ADMIN).get("/api/ammunition/stock?siteCode=" + siteCode).then().statusCode(200)
                .extract().path("findAll { it.lotTag == '" + lot + "' && it.storageLocationCode == null }.quantity");
        return quantities.stream().mapToLong(Number::longValue).sum();
    }

    @Test
    void weaponsAndRoundsStolenTogetherAreOneReportTakenOffTheBookOnceBothOperationsAreApproved() {
        List<String> stolen = Custody.freshWeapons("ARM-GAO-01", "ROUNDS-" + UUID.randomUUID(), 1);
        String lot = lotReceivedAt(CLERK_GAO, "ARM-GAO-01", 1000);
        Map<String, Object> theft = filing("THEFT", stolen, "siteCode", "ARM-GAO-01", "lots",
                List.of(Map.of("lotTag", lot, "quantity", 120)), "policeReference", "PV-2026-201");
        Response filed = file(CLERK_GAO, theft, UUID.randomUUID().toString());
        filed.then().statusCode(201).body("approval", equalTo("AWAITING_SECOND_PERSON"))
                .body("pendingOperationId", notNullValue()).body("ammunitionPendingOperationId", notNullValue())
                .body("weapons", hasSize(1)).body("lots", hasSize(1)).body("lots[0].tag", equalTo(lot))
                .body("lots[0].itemCode", equalTo("762X39-BALL")).body("lots[0].quantity", equalTo(120))
                .body("ammunitionEvents", hasSize(0));
        long report = ((Number) filed.path("id")).longValue();
        assertEquals(1000, onHand(lot, "ARM-GAO-01"), "nothing leaves the store before a second person approves");
        as(CLERK_GAO).get("/api/loss-reports?siteCode=ARM-GAO-01&size=100").then()
                .body("items.find { it.id == " + report + " }.lots", equalTo(1));

        Custody.approve(COMMANDER, filed.path("pendingOperationId")).then().statusCode(200);
        as(CLERK_GAO).get("/api/loss-reports/" + report).then().body("approval", equalTo("AWAITING_SECOND_PERSON"))
                .body("events", hasSize(1));
        Custody.approve(CLERK_GAO, filed.path("ammunitionPendingOperationId")).then().statusCode(403);
        Custody.approve(COMMANDER, filed.path("ammunitionPendingOperationId")).then().statusCode(200);
        as(CLERK_GAO).get("/api/loss-reports/" + report).then().body("approval", equalTo("CARRIED_OUT"))
                .body("ammunitionOperationId", notNullValue()).body("ammunitionEvents", hasSize(1))
                .body("ammunitionEvents[0].type", equalTo("THEFT")).body("ammunitionEvents[0].quantity", equalTo(120))
                .body("ammunitionEvents[0].reference", equalTo("PV-2026-201"))
                .body("ammunitionEvents[0].approvedBy", equalTo(COMMANDER));
        assertEquals(880, onHand(lot, "ARM-GAO-01"));
        as(INSPECTOR_NATIONAL).get("/api/ammunition/conservation").then()
                .body("find { it.lotTag == '" + lot + "' }.lost", equalTo(120))
                .body("find { it.lotTag == '" + lot + "' }.balanced", equalTo(true));
        assertEquals(1, linesOf(tracing(INSPECTOR_NATIONAL, ""), report).size(), "the weapon, not the rounds, is "
                + "sent on for tracing");
    }

    @Test
    void roundsAloneAreReportedAtTheSiteNamedAndAReportNamesOneSiteAndSomething() {
        String lot = lotReceivedAt(CLERK_GAO, "ARM-GAO-01", 500);
        Map<String, Object> loss = filing("LOSS", List.of(), "siteCode", "ARM-GAO-01", "lots",
                List.of(Map.of("lotTag", lot, "quantity", 30)));
        loss.remove("weaponTags");
        Response filed = file(CLERK_GAO, loss, UUID.randomUUID().toString());
        filed.then().statusCode(201).body("siteCode", equalTo("ARM-GAO-01")).body("weapons", hasSize(0))
                .body("pendingOperationId", nullValue()).body("ammunitionPendingOperationId", notNullValue())
                .body("approval", equalTo("AWAITING_SECOND_PERSON"));
        Custody.approve(COMMANDER, filed.path("ammunitionPendingOperationId")).then().statusCode(200);
        as(CLERK_GAO).get("/api/loss-reports/" + filed.path("id")).then().body("approval", equalTo("CARRIED_OUT"));
        assertEquals(470, onHand(lot, "ARM-GAO-01"));

        int before = as(ADMIN).get("/api/loss-reports?size=1").then().extract().path("totalItems");
        file(CLERK_GAO, filing("LOSS", List.of()), UUID.randomUUID().toString()).then().statusCode(422)
                .body("field", equalTo("weaponTags"));
        file(CLERK_GAO, filing("LOSS", List.of(), "lots", List.of(Map.of("lotTag", lot, "quantity", 1))),
                UUID.randomUUID().toString()).then().statusCode(422).body("field", equalTo("siteCode"));
        file(CLERK_GAO, filing("LOSS", List.of(), "siteCode", "ARM-KAY-01", "lots",
                List.of(Map.of("lotTag", lot, "quantity", 1))), UUID.randomUUID().toString()).then().statusCode(422)
                .body("field", equalTo("siteCode"));
        List<String> gao = Custody.freshWeapons("ARM-GAO-01", "ONESITE-" + UUID.randomUUID(), 1);
        file(ADMIN, filing("LOSS", gao, "siteCode", "ARM-KAY-01", "lots", List.of(Map.of("lotTag", lot,
                "quantity", 1))), UUID.randomUUID().toString()).then().statusCode(422)
                .body("field", equalTo("siteCode")).body("detail", org.hamcrest.Matchers.containsString("ARM-GAO-01"));
        file(CLERK_GAO, filing("LOSS", List.of(), "siteCode", "ARM-GAO-01", "lots",
                List.of(Map.of("lotTag", lot, "quantity", 0))), UUID.randomUUID().toString()).then().statusCode(422);
        file(CLERK_GAO, filing("LOSS", List.of(), "siteCode", "ARM-GAO-01", "lots",
                List.of(Map.of("lotTag", gao.get(0), "quantity", 5))), UUID.randomUUID().toString()).then()
                .statusCode(422).body("items[0].tag", equalTo(gao.get(0)));
        // More than the store holds could never be approved: refused at once rather than held.
        file(CLERK_GAO, filing("LOSS", List.of(), "siteCode", "ARM-GAO-01", "lots",
                List.of(Map.of("lotTag", lot, "quantity", 471))), UUID.randomUUID().toString()).then()
                .statusCode(409).body("items[0].tag", equalTo(lot));
        assertEquals(before, (int) as(ADMIN).get("/api/loss-reports?size=1").then().extract().path("totalItems"),
                "no refused report was kept");
        assertEquals(470, onHand(lot, "ARM-GAO-01"));
    }
}
