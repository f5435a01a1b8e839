package org.stockpile.stocktake;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.COMMANDER;
import static org.stockpile.support.Api.INSPECTOR_MOPTI;
import static org.stockpile.support.Api.INSPECTOR_NATIONAL;
import static org.stockpile.support.Api.as;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Custody;
import org.stockpile.support.Depots;
import org.stockpile.support.Pdfs;
import org.stockpile.system.TagCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Stocktakes through the API: blind counting, scans counted once whatever the replays and however many counters, every
 * category of the reconciliation, recounts and explanations, closing by a second person only, the freeze or snapshot
 * policy for movements meanwhile, the sample's threshold, and scope.
 */
@QuarkusTest
class StocktakesTest {

    /** Everything a counter's scan receipt may say: running counts, nothing of the book. */
    private static final Set<String> RECEIPT_FIELDS = Set.of("id", "recorded", "tag", "locationCode", "weaponsScanned",
            "yourScans");
    private static final Set<String> PROGRESS_FIELDS = Set.of("stocktakeId", "status", "round", "weaponsScanned",
            "lotsCounted", "yourScans", "counters");

    @Inject
    DataSource dataSource;

    private static long open(String user, String siteCode, String scope) {
        return ((Number) as(user).body(Map.of("siteCode", siteCode, "scope", scope)).post("/api/stocktakes").then()
                .statusCode(201).extract().path("id")).longValue();
    }

    private static Response scan(String user, long stocktake, UUID id, String weaponTag, String locationTag) {
        Map<String, Object> body = new HashMap<>(Map.of("id", id.toString(), "weaponTag", weaponTag));
        if (locationTag != null) {
            body.put("locationTag", locationTag);
        }
        return as(user).body(body).post("/api/stocktakes/" + stocktake + "/scans");
    }

    private static Response scan(String user, long stocktake, String weaponTag, String locationTag) {
        return scan(user, stocktake, UUID.randomUUID(), weaponTag, locationTag);
    }

    private static Response countLot(String user, long stocktake, String lotTag, long quantity) {
        return as(user).body(Map.of("id", UUID.randomUUID().toString(), "lotTag", lotTag, "quantity", quantity))
                .post("/api/stocktakes/" + stocktake + "/lot-counts");
    }

    private static Map<String, String> categories(long stocktake) {
        List<Map<String, Object>> weapons = as(INSPECTOR_MOPTI).get("/api/stocktakes/" + stocktake + "/findings")
                .then().statusCode(200).extract().path("weapons");
        Map<String, String> byTag = new HashMap<>();
        weapons.forEach(line -> byTag.put((String) line.get("tag"), (String) line.get("category")));
        return byTag;
    }

    private static Response explain(String user, long stocktake, List<String> tags, String why) {
        return as(user).body(Map.of("tags", tags, "explanation", why))
                .post("/api/stocktakes/" + stocktake + "/explanations");
    }

    private static Response close(String user, long stocktake, String remarks) {
        Map<String, Object> body = new HashMap<>();
        if (remarks != null) {
            body.put("remarks", remarks);
        }
        return as(user).body(body).post("/api/stocktakes/" + stocktake + "/close");
    }

    private static String unknownWeaponTag(long number) {
        return TagCode.of(TagCode.Kind.WEAPON, number).value();
    }

    @Test
    void aFullCountFindsEveryCategoryWhileTheCounterSeesOnlyRunningCounts() {
        Depots.Depot depot = Depots.armoury("MPT", "R-A", "R-B");
        String a = depot.location("R-A");
        String b = depot.location("R-B");
        String found = depot.weapon("R-A");
        String alsoFound = depot.weapon("R-B");
        String moved = depot.weapon("R-A");
        String missing = depot.weapon("R-A");
        String issued = depot.weapon("R-A");
        Custody.perform(ADMIN, "issue", Custody.scan(List.of(issued), "personTag", Custody.personTagAt("ARM-MPT-01")))
                .then().statusCode(200);
        String elsewhere = Custody.freshWeapons("ARM-GAO-01", "ST-ELSEWHERE-" + UUID.randomUUID(), 1).get(0);
        String unknown = unknownWeaponTag(99_000_000L + (long) (Math.random() * 900_000));

        Response opened = as(INSPECTOR_MOPTI).body(Map.of("siteCode", depot.code(), "scope", "FULL"))
                .post("/api/stocktakes");
        opened.then().statusCode(201).body("status", equalTo("OPEN")).body("movements", equalTo("RECORDED"));
        long stocktake = ((Number) opened.path("id")).longValue();

        UUID first = UUID.randomUUID();
        Response receipt = scan(COMMANDER, stocktake, first, found, a);
        receipt.then().statusCode(201).body("recorded", equalTo(true)).body("locationCode", equalTo("R-A"));
        assertEquals(RECEIPT_FIELDS, ((Map<String, Object>) receipt.path("")).keySet(), "a receipt is blind");
        scan(COMMANDER, stocktake, alsoFound, b).then().statusCode(201);
        scan(INSPECTOR_MOPTI, stocktake, moved, b).then().statusCode(201);
        scan(INSPECTOR_MOPTI, stocktake, issued, a).then().statusCode(201);
        scan(INSPECTOR_MOPTI, stocktake, elsewhere, a).then().statusCode(201);
        scan(INSPECTOR_MOPTI, stocktake, unknown, a).then().statusCode(201).body("weaponsScanned", equalTo(6))
                .body("yourScans", equalTo(4));
        // The same scan sent again (a retry after a lost answer) is recorded once; the same weapon scanned again by
        // someone else is one weapon.
        scan(COMMANDER, stocktake, first, found, a).then().statusCode(200).body("recorded", equalTo(false))
                .body("weaponsScanned", equalTo(6));
        scan(INSPECTOR_MOPTI, stocktake, found, a).then().statusCode(201).body("weaponsScanned", equalTo(6));

        Response progress = as(COMMANDER).get("/api/stocktakes/" + stocktake + "/progress");
        progress.then().statusCode(200).body("weaponsScanned", equalTo(6)).body("yourScans", equalTo(2));
        assertEquals(PROGRESS_FIELDS, ((Map<String, Object>) progress.path("")).keySet(), "progress is blind");
        String view = as(COMMANDER).get("/api/stocktakes/" + stocktake).then().statusCode(200).extract().asString();
        assertFalse(view.contains(missing) || view.contains("records"), view);

        assertEquals(Map.of(moved, "MOVED", missing, "MISSING", issued, "CONTRADICTS", elsewhere, "UNEXPECTED",
                unknown, "UNEXPECTED"), categories(stocktake), "found weapons are counted, not listed");
        as(INSPECTOR_MOPTI).get("/api/stocktakes/" + stocktake + "/findings").then().statusCode(200)
                .body("counts.FOUND", equalTo(2)).body("records", equalTo(5)).body("agreeing", equalTo(2))
                .body("unexplained", equalTo(5))
                .body("weapons.find { it.tag == '" + moved + "' }.bookLocation", equalTo("R-A"))
                .body("weapons.find { it.tag == '" + moved + "' }.foundLocation", equalTo("R-B"))
                .body("weapons.find { it.tag == '" + elsewhere + "' }.description", equalTo(null))
                .body("weapons.find { it.tag == '" + missing + "' }.description", equalTo("Izhmash AKM · T-"
                        + as(ADMIN).get("/api/weapons/" + Custody.weaponId(missing)).path("manufacturerSerial")
                                .toString().substring(2)));
        // Counters who are clerks never read the findings.
        as(CLERK_GAO).get("/api/stocktakes/" + stocktake + "/findings").then().statusCode(403);
    }

    @Test
    void aRecountClearsADiscrepancyAndOnlyASecondPersonClosesWhatIsExplained() throws Exception {
        Depots.Depot depot = Depots.armoury("MPT", "R-A", "R-B");
        String a = depot.location("R-A");
        String b = depot.location("R-B");
        String misplaced = depot.weapon("R-A");
        String missing = depot.weapon("R-B");
        long stocktake = open(INSPECTOR_MOPTI, depot.code(), "FULL");
        scan(COMMANDER, stocktake, misplaced, b).then().statusCode(201);
        assertEquals(Map.of(misplaced, "MOVED", missing, "MISSING"), categories(stocktake));

        as(INSPECTOR_MOPTI).body(Map.of("tags", List.of(misplaced))).post("/api/stocktakes/" + stocktake + "/recounts")
                .then().statusCode(201).body("round", equalTo(1)).body("tags", equalTo(List.of(misplaced)))
                .body("firstCounters", equalTo(List.of(COMMANDER)));
        as(INSPECTOR_MOPTI).body(Map.of("tags", List.of(unknownWeaponTag(5)))).post("/api/stocktakes/" + stocktake
                + "/recounts").then().statusCode(422)
                .body("items[0].message", equalTo("Pas un écart de cet inventaire."));
        scan(INSPECTOR_NATIONAL, stocktake, misplaced, a).then().statusCode(201);
        assertEquals(Map.of(missing, "MISSING"), categories(stocktake), "the recount found it where the book has it");

        as(INSPECTOR_MOPTI).header("Accept-Language", "en").body(Map.of()).post("/api/stocktakes/" + stocktake
                + "/close").then().statusCode(403).body("detail", equalTo("Closing needs a second person: "
                        + "inspector-mopti opened this stocktake, so someone else closes it."));
        close(COMMANDER, stocktake, null).then().statusCode(422).body("items[0].tag", equalTo(missing));
        explain(COMMANDER, stocktake, List.of(missing), "Sorti pour réparation sans bon, retrouvé à l’atelier")
                .then().statusCode(200).body("unexplained", equalTo(0))
                .body("weapons.find { it.tag == '" + missing + "' }.explainedBy", equalTo(COMMANDER));
        close(COMMANDER, stocktake, "Un écart expliqué").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedBy", equalTo(COMMANDER));

        Response kept = as(INSPECTOR_MOPTI).get("/api/stocktakes/" + stocktake + "/findings");
        kept.then().statusCode(200).body("status", equalTo("OPEN"))
                .body("weapons.find { it.tag == '" + missing + "' }.recountRound", equalTo(null))
                .body("weapons.find { it.tag == '" + missing + "' }.explanation", equalTo(
                        "Sorti pour réparation sans bon, retrouvé à l’atelier"));
        byte[] bytes = kept.asByteArray();
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                kept.header("Stockpile-Findings-SHA256"), "the hash is of exactly the bytes kept");
        assertEquals(kept.header("Stockpile-Findings-SHA256"), as(COMMANDER).get("/api/stocktakes/" + stocktake)
                .path("findingsHash"));
        assertEquals(new String(bytes, StandardCharsets.UTF_8), as(INSPECTOR_NATIONAL).get("/api/stocktakes/"
                + stocktake + "/findings").asString(), "kept unchanged");

        scan(COMMANDER, stocktake, missing, a).then().statusCode(409);
        explain(COMMANDER, stocktake, List.of(missing), "Encore").then().statusCode(409);
        close(INSPECTOR_NATIONAL, stocktake, null).then().statusCode(409);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate("update stocktake set closing_remarks = "
                    + "'x' where id = " + stocktake), "the database keeps a closed count as it closed");
            assertThrows(SQLException.class, () -> statement.executeUpdate("delete from stocktake_scan where "
                    + "stocktake_id = " + stocktake));
        }
    }

    @Test
    void aClosedCountPrintsAsASignedReportThatNamesTheHashOfItsKeptFindings() {
        Depots.Depot depot = Depots.armoury("MPT", "R-A", "R-B");
        String misplaced = depot.weapon("R-A");
        String missing = depot.weapon("R-B");
        long stocktake = open(INSPECTOR_MOPTI, depot.code(), "FULL");
        scan(COMMANDER, stocktake, misplaced, depot.location("R-B")).then().statusCode(201);
        explain(INSPECTOR_MOPTI, stocktake, List.of(misplaced, missing), "Rangement du 12 : fiche à jour")
                .then().statusCode(200);
        String report = "/api/stocktakes/" + stocktake + "/report";
        as(COMMANDER).accept("application/pdf").get(report).then().statusCode(409);
        close(COMMANDER, stocktake, "Rien d’autre à signaler").then().statusCode(200);

        String hash = as(COMMANDER).get("/api/stocktakes/" + stocktake).path("findingsHash");
        // Read as one line: table cells wrap their text.
        String french = Pdfs.text(as(INSPECTOR_MOPTI).accept("application/pdf").get(report).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray()).replaceAll("\\s+", " ");
        assertTrue(french.contains("Procès-verbal d’inventaire n° " + stocktake) && french.contains(depot.code())
                && french.contains("Manquant") && french.contains("Trouvé à un autre emplacement")
                && french.contains(misplaced) && french.contains(missing)
                && french.contains("Rangement du 12 : fiche à jour") && french.contains("Rien d’autre à signaler")
                && french.contains("Deuxième personne (clôture) : commander")
                && french.contains("Compteur : commander")
                && french.replaceAll("\\s", "").contains(hash), french);
        String english = Pdfs.text(as(COMMANDER).accept("application/pdf").get(report + "?lang=en").then()
                .statusCode(200).extract().asByteArray());
        assertTrue(english.contains("Stocktake report no. " + stocktake) && english.contains("Missing"), english);
        as("inspector-gao").accept("application/pdf").get(report).then().statusCode(404);
        as(CLERK_GAO).accept("application/pdf").get(report).then().statusCode(403);
    }

    @Test
    void movementsSinceOpeningAreAccountedForAndAFrozenSiteRefusesThem() {
        Depots.Depot armoury = Depots.armoury("MPT", "R-A");
        String issuedMeanwhile = armoury.weapon("R-A");
        String stays = armoury.weapon("R-A");
        long counting = open(INSPECTOR_MOPTI, armoury.code(), "FULL");
        Custody.perform(ADMIN, "issue", Custody.scan(List.of(issuedMeanwhile), "personTag",
                Custody.personTagAt("ARM-MPT-01"))).then().statusCode(200);
        scan(INSPECTOR_MOPTI, counting, stays, armoury.location("R-A")).then().statusCode(201);
        assertEquals(Map.of(issuedMeanwhile, "ACCOUNTED"), categories(counting),
                "issued after opening: not missing, and no discrepancy to explain");
        close(COMMANDER, counting, null).then().statusCode(200);

        Depots.Depot storehouse = Depots.storehouse("MPT", "B-1");
        String inStore = storehouse.weapon(null);
        long frozen = open(INSPECTOR_MOPTI, storehouse.code(), "FULL");
        as(INSPECTOR_MOPTI).get("/api/stocktakes/" + frozen).then().body("movements", equalTo("FROZEN"));
        Custody.perform(ADMIN, "issue", Custody.scan(List.of(inStore), "personTag",
                Custody.personTagAt("ARM-MPT-01"))).then().statusCode(409)
                .body("type", equalTo("urn:stockpile:problem:state-conflict"))
                .body("detail", equalTo("Les mouvements à " + storehouse.code() + " sont suspendus pendant "
                        + "l’inventaire de son stock (inventaire " + frozen + ") : la politique nationale les gèle "
                        + "jusqu’à sa clôture."));
        as(ADMIN).get("/api/weapons/" + Custody.weaponId(inStore)).then().body("state", equalTo("IN_STORE"));
        as(ADMIN).body(org.stockpile.support.Fixtures.newWeapon(storehouse.code(), "FROZEN-" + UUID.randomUUID()))
                .post("/api/weapons").then().statusCode(409);
        scan(INSPECTOR_MOPTI, frozen, inStore, null).then().statusCode(201);
        close(COMMANDER, frozen, null).then().statusCode(200);
        Custody.perform(ADMIN, "issue", Custody.scan(List.of(inStore), "personTag",
                Custody.personTagAt("ARM-MPT-01"))).then().statusCode(200);
    }

    private static Response reportLoss(String user, long stocktake, List<String> tags) {
        return as(user).header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("kind", "LOSS", "tags",
                tags, "circumstances", "Introuvables au comptage")).post("/api/stocktakes/" + stocktake
                        + "/loss-reports");
    }

    @Test
    void whatTheCountCannotFindIsReportedLostInOneStepEvenWhereTheCountFreezesMovements() {
        Depots.Depot storehouse = Depots.storehouse("MPT", "B-1");
        String seen = storehouse.weapon("B-1");
        String gone = storehouse.weapon("B-1");
        String alsoGone = storehouse.weapon("B-1");
        long first = open(INSPECTOR_MOPTI, storehouse.code(), "FULL");
        scan(INSPECTOR_MOPTI, first, seen, storehouse.location("B-1")).then().statusCode(201);
        scan(INSPECTOR_MOPTI, first, gone, storehouse.location("B-1")).then().statusCode(201);
        explain(INSPECTOR_MOPTI, first, List.of(alsoGone), "Au dépôt de réparation, bon R-12").then().statusCode(200);
        close(COMMANDER, first, null).then().statusCode(200);

        long counting = open(INSPECTOR_MOPTI, storehouse.code(), "FULL");
        scan(INSPECTOR_MOPTI, counting, seen, storehouse.location("B-1")).then().statusCode(201);
        reportLoss(INSPECTOR_MOPTI, counting, List.of(seen)).then().statusCode(422)
                .body("items[0].tag", equalTo(seen));
        reportLoss(CLERK_GAO, counting, List.of(gone)).then().statusCode(403);
        Response reported = reportLoss(INSPECTOR_MOPTI, counting, List.of(gone, alsoGone));
        reported.then().statusCode(201).body("stocktakeId", equalTo((int) counting))
                .body("approval", equalTo("AWAITING_SECOND_PERSON")).body("kind", equalTo("LOSS"))
                .body("discoveredOn", equalTo(java.time.LocalDate.now().toString()))
                .body("lastVerifiedOn", equalTo(null)).body("reportedBy", equalTo(INSPECTOR_MOPTI));
        long report = ((Number) reported.path("id")).longValue();
        reportLoss(INSPECTOR_MOPTI, counting, List.of(gone)).then().statusCode(409)
                .body("items[0].tag", equalTo(gone));

        List<Map<String, Object>> lines = as(INSPECTOR_MOPTI).get("/api/stocktakes/" + counting + "/findings")
                .then().statusCode(200).body("unexplained", equalTo(0)).extract().path("weapons");
        assertEquals(2, lines.size());
        lines.forEach(line -> {
            assertEquals("MISSING", line.get("category"));
            assertEquals("Introuvables au comptage", line.get("explanation"));
        });
        assertEquals(Set.of(report), lines.stream().map(line -> ((Number) line.get("lossReportId")).longValue())
                .collect(java.util.stream.Collectors.toSet()));

        String pending = reported.path("pendingOperationId");
        Custody.approve(COMMANDER, pending).then().statusCode(409)
                .body("type", equalTo("urn:stockpile:problem:state-conflict"));
        as(ADMIN).get("/api/weapons/" + Custody.weaponId(gone)).then().body("state", equalTo("IN_STORE"));
        close(COMMANDER, counting, null).then().statusCode(200);
        Custody.approve(COMMANDER, pending).then().statusCode(200);
        as(INSPECTOR_MOPTI).get("/api/loss-reports/" + report).then().body("approval", equalTo("CARRIED_OUT"))
                .body("weapons.state", equalTo(List.of("LOST", "LOST")));

        long third = open(INSPECTOR_MOPTI, storehouse.code(), "FULL");
        reportLoss(INSPECTOR_MOPTI, third, List.of(seen)).then().statusCode(201)
                .body("lastVerifiedOn", equalTo(java.time.LocalDate.now().toString()));
    }

    @Test
    void lotsAreCountedBlindAgainstTheirBookQuantity() {
        Depots.Depot depot = Depots.armoury("MPT", "R-A");
        String exact = newLotWith(depot.code(), 500);
        String short_ = newLotWith(depot.code(), 300);
        String foreign = newLotWith("ARM-MPT-01", 10);
        long stocktake = open(INSPECTOR_MOPTI, depot.code(), "FULL");
        Response receipt = countLot(COMMANDER, stocktake, exact, 500);
        receipt.then().statusCode(201).body("lotsCounted", equalTo(1));
        assertFalse(receipt.asString().contains("book"), receipt.asString());
        countLot(COMMANDER, stocktake, short_, 200).then().statusCode(201);
        countLot(COMMANDER, stocktake, short_, 290).then().statusCode(201).body("lotsCounted", equalTo(2));
        countLot(COMMANDER, stocktake, foreign, 10).then().statusCode(201);
        as(INSPECTOR_MOPTI).get("/api/stocktakes/" + stocktake + "/findings").then().statusCode(200)
                .body("lots.find { it.tag == '" + exact + "' }.category", equalTo("FOUND"))
                .body("lots.find { it.tag == '" + short_ + "' }.category", equalTo("QUANTITY_DIFFERS"))
                .body("lots.find { it.tag == '" + short_ + "' }.counted", equalTo(290))
                .body("lots.find { it.tag == '" + short_ + "' }.difference", equalTo(-10))
                .body("lots.find { it.tag == '" + foreign + "' }.category", equalTo("UNEXPECTED"))
                .body("unexplained", equalTo(2));
        countLot(COMMANDER, stocktake, short_, -1).then().statusCode(422);
        countLot(COMMANDER, stocktake, TagCode.of(TagCode.Kind.AMMUNITION_LOT, 98_765_432L).value(), 1).then()
                .statusCode(422).body("type", equalTo("urn:stockpile:problem:unknown-reference"));
    }

    @Test
    void aCountPutsTheBookRightWithAMoveAndAnAdjustmentEachApprovedByASecondPerson() {
        Depots.Depot depot = Depots.armoury("MPT", "R-A", "R-B");
        String misplaced = depot.weapon("R-A");
        String inPlace = depot.weapon("R-A");
        String lot = newLotWith(depot.code(), 300);
        long stocktake = open(INSPECTOR_MOPTI, depot.code(), "FULL");
        scan(COMMANDER, stocktake, misplaced, depot.location("R-B")).then().statusCode(201);
        scan(COMMANDER, stocktake, inPlace, depot.location("R-A")).then().statusCode(201);
        countLot(COMMANDER, stocktake, lot, 297).then().statusCode(201);

        String key = UUID.randomUUID().toString();
        Map<String, Object> correction = Map.of("tags", List.of(misplaced, lot), "explanation",
                "Rangement du 12 non saisi ; trois cartouches tirées au pas de tir");
        as(INSPECTOR_MOPTI).header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("tags",
                List.of(misplaced, inPlace), "explanation", "x")).post("/api/stocktakes/" + stocktake
                        + "/corrections").then().statusCode(422).body("items.tag", equalTo(List.of(inPlace)));
        Response held = as(INSPECTOR_MOPTI).header("Idempotency-Key", key).body(correction)
                .post("/api/stocktakes/" + stocktake + "/corrections");
        held.then().statusCode(201).body("operations.status", equalTo(List.of("PENDING", "PENDING")))
                .body("operations.type", equalTo(List.of("MOVE", "ADJUSTMENT")));
        assertEquals(held.asString(), as(INSPECTOR_MOPTI).header("Idempotency-Key", key).body(correction)
                .post("/api/stocktakes/" + stocktake + "/corrections").then().statusCode(201).extract().asString(),
                "a retry gets the first answer");
        as(INSPECTOR_MOPTI).get("/api/stocktakes/" + stocktake + "/findings").then().body("unexplained",
                equalTo(0)).body("weapons.find { it.tag == '" + misplaced + "' }.explainedBy",
                        equalTo(INSPECTOR_MOPTI));
        String move = held.path("operations[0].pendingOperationId");
        String adjustment = held.path("operations[1].pendingOperationId");
        assertEquals(2, as(ADMIN).get("/api/custody/pending?siteCode=" + depot.code()).then().extract()
                .<List<?>>path("items").size(), "the retry held nothing more");

        // The inspector who asked is no clerk and holds no clerk's certificate: the second person carries it out.
        Custody.approve(INSPECTOR_MOPTI, move).then().statusCode(403);
        Custody.approve(COMMANDER, move).then().statusCode(200);
        Custody.approve(COMMANDER, adjustment).then().statusCode(200);
        long weapon = Custody.weaponId(misplaced);
        as(ADMIN).get("/api/custody/weapons/" + weapon + "/history").then()
                .body("[-1].type", equalTo("MOVE")).body("[-1].storageLocationCode", equalTo("R-B"))
                .body("[-1].reference", equalTo("STOCKTAKE-" + stocktake))
                .body("[-1].requestedBy", equalTo(INSPECTOR_MOPTI)).body("[-1].approvedBy", equalTo(COMMANDER));
        as(ADMIN).get("/api/ammunition/stock?siteCode=" + depot.code()).then()
                .body("find { it.lotTag == '" + lot + "' }.quantity", equalTo(297));
    }

    private static String newLotWith(String siteCode, long quantity) {
        String lot = as(ADMIN).body(Map.of("itemCode", "9X19-BALL", "lotNumber", "ST-" + UUID.randomUUID()
                .toString().substring(0, 12), "condition", "SERVICEABLE")).post("/api/ammunition-lots").then()
                .statusCode(201).extract().path("tagCode");
        as(ADMIN).header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("siteCode", siteCode,
                "lines", List.of(Map.of("lotTag", lot, "quantity", quantity)), "reference", "BR-ST"))
                .post("/api/ammunition/receipt").then().statusCode(200);
        return lot;
    }

    @Test
    void aSampleIsDrawnFromTheBookAndBelowTheThresholdNeedsItsCausesToClose() {
        Depots.Depot depot = Depots.armoury("MPT", "R-A");
        List<String> weapons = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            weapons.add(depot.weapon("R-A"));
        }
        long stocktake = open(INSPECTOR_MOPTI, depot.code(), "SAMPLE");
        for (String weapon : weapons.subList(0, 4)) {
            scan(COMMANDER, stocktake, weapon, depot.location("R-A")).then().statusCode(201);
        }
        as(INSPECTOR_MOPTI).get("/api/stocktakes/" + stocktake + "/findings").then().statusCode(200)
                .body("scope", equalTo("SAMPLE")).body("records", equalTo(5)).body("agreeing", equalTo(4))
                .body("matchRate", equalTo(0.8f)).body("meetsThreshold", equalTo(false));
        explain(COMMANDER, stocktake, List.of(weapons.get(4)), "Introuvable").then().statusCode(200);
        close(COMMANDER, stocktake, "  ").then().statusCode(422).body("field", equalTo("remarks"))
                .body("detail", equalTo("L’échantillon concorde avec le registre pour 80 % de ses "
                        + "enregistrements, sous les 90 % exigés : donnez les causes et la mesure corrective dans les "
                        + "remarques de clôture."));
        close(COMMANDER, stocktake, "Registre non tenu pendant la relève ; recensement complet le 1er décembre")
                .then().statusCode(200);
    }

    @Test
    void countersOnSeveralDevicesAndReplayedScansCountEachWeaponOnce() throws Exception {
        Depots.Depot depot = Depots.armoury("MPT", "R-A");
        long stocktake = open(INSPECTOR_MOPTI, depot.code(), "FULL");
        long base = 97_000_000L + (long) (Math.random() * 900_000);
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            tags.add(unknownWeaponTag(base + i));
        }
        // Five counters at once; each scans 20 tags with some overlap, and sends each scan twice.
        List<Callable<Integer>> counters = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            int from = c * 2;
            String user = c % 2 == 0 ? COMMANDER : INSPECTOR_MOPTI;
            counters.add(() -> {
                int refused = 0;
                for (String tag : tags.subList(from, from + 20)) {
                    UUID id = UUID.randomUUID();
                    for (int attempt = 0; attempt < 2; attempt++) {
                        int status = scan(user, stocktake, id, tag, null).statusCode();
                        refused += status == 200 || status == 201 ? 0 : 1;
                    }
                }
                return refused;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            int refused = 0;
            for (Future<Integer> result : pool.invokeAll(counters)) {
                refused += result.get();
            }
            assertEquals(0, refused);
        } finally {
            pool.shutdown();
        }
        Set<String> expected = new TreeSet<>(tags.subList(0, 28));
        as(COMMANDER).get("/api/stocktakes/" + stocktake + "/progress").then().statusCode(200)
                .body("weaponsScanned", equalTo(expected.size()));
        assertEquals(expected, new TreeSet<>(categories(stocktake).keySet()));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from stocktake_scan where stocktake_id = "
                        + stocktake)) {
            assertTrue(rows.next());
            assertEquals(100, rows.getInt(1), "5 counters × 20 scans, each recorded once though sent twice");
        }
    }

    @Test
    void hostileScansAreRefusedAndNothingIsRecorded() {
        Depots.Depot depot = Depots.armoury("MPT", "R-A");
        String weapon = depot.weapon("R-A");
        long stocktake = open(INSPECTOR_MOPTI, depot.code(), "FULL");
        scan(COMMANDER, stocktake, "W12345678", null).then().statusCode(422)
                .body("type", equalTo("urn:stockpile:problem:invalid-tag"));
        scan(COMMANDER, stocktake, Custody.personTagAt("ARM-MPT-01"), null).then().statusCode(422)
                .body("detail", equalTo("Ce code n’est pas celui d’une arme."));
        scan(COMMANDER, stocktake, weapon, Custody.locationTag("ARM-MPT-01", "")).then().statusCode(422)
                .body("field", equalTo("locationTag"));
        UUID id = UUID.randomUUID();
        scan(COMMANDER, stocktake, id, weapon, null).then().statusCode(201);
        scan(COMMANDER, stocktake, id, depot.weapon(null), null).then().statusCode(422)
                .body("type", equalTo("urn:stockpile:problem:idempotency-key-reused"));
        as(COMMANDER).body(Map.of("weaponTag", weapon)).post("/api/stocktakes/" + stocktake + "/scans").then()
                .statusCode(422).body("errors.field", equalTo(List.of("id")));
        as(COMMANDER).body("{\"id\":\"not-a-uuid\",\"weaponTag\":\"x\"}").post("/api/stocktakes/" + stocktake
                + "/scans").then().statusCode(400);
        as(COMMANDER).get("/api/stocktakes/" + stocktake + "/progress").then().body("weaponsScanned", equalTo(1));
        as(INSPECTOR_MOPTI).body(Map.of("siteCode", depot.code(), "scope", "FULL")).post("/api/stocktakes").then()
                .statusCode(409).body("field", equalTo("siteCode"));
        explain(COMMANDER, stocktake, List.of(weapon), "x".repeat(1001)).then().statusCode(422);
        explain(COMMANDER, stocktake, List.of(), "Rien").then().statusCode(422);
    }

    @Test
    void eachSeesOnlyTheCountsOfTheirScopeAndRolesDecideWhoCountsAndWhoReconciles() {
        Depots.Depot gao = Depots.armoury("GAO", "R-A");
        long atGao = open(ADMIN, gao.code(), "FULL");
        as(INSPECTOR_MOPTI).get("/api/stocktakes/" + atGao).then().statusCode(404);
        scan(INSPECTOR_MOPTI, atGao, unknownWeaponTag(12), null).then().statusCode(404);
        as(INSPECTOR_MOPTI).get("/api/stocktakes/" + atGao + "/findings").then().statusCode(404);
        as(INSPECTOR_MOPTI).get("/api/stocktakes?size=100&status=OPEN").then().statusCode(200)
                .body("items.siteCode", not(hasItem(gao.code())));
        as(INSPECTOR_MOPTI).body(Map.of("siteCode", gao.code(), "scope", "FULL")).post("/api/stocktakes").then()
                .statusCode(422).body("field", equalTo("siteCode"));
        as(INSPECTOR_NATIONAL).get("/api/stocktakes?size=100&status=OPEN").then().statusCode(200)
                .body("items.siteCode", hasItem(gao.code()));
        as(CLERK_GAO).body(Map.of("siteCode", "ARM-GAO-01", "scope", "FULL")).post("/api/stocktakes").then()
                .statusCode(403);
        as(CLERK_GAO).get("/api/stocktakes/" + atGao).then().statusCode(404);
        close(INSPECTOR_NATIONAL, atGao, null).then().statusCode(200);
    }

    @Test
    void eachSiteIsDueForTheCountsItsKindNeedsAndTheLateAreReported() {
        Depots.Depot depot = Depots.armoury("MPT", "R-A");
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String line = "find { it.siteCode == '" + depot.code() + "' }";
        as(INSPECTOR_MOPTI).get("/api/stocktakes/schedule?late=true").then().statusCode(200)
                .body(line + ".counts.kind", equalTo(List.of("SAMPLE", "FULL")))
                .body(line + ".counts.every", equalTo(List.of("P1M", "P3M")))
                .body(line + ".counts.nextDue", equalTo(List.of(today, today)))
                .body(line + ".counts.lastClosedOn", equalTo(java.util.Arrays.asList(null, null)))
                .body("siteCode", not(hasItem("ARM-GAO-01"))).body("siteCode", hasItem("ARM-MPT-01"));
        close(COMMANDER, open(INSPECTOR_MOPTI, depot.code(), "FULL"), null).then().statusCode(200);
        java.time.LocalDate day = java.time.LocalDate.parse(today);
        as(INSPECTOR_MOPTI).get("/api/stocktakes/schedule").then().statusCode(200)
                .body(line + ".counts.lastClosedOn", equalTo(List.of(today, today)))
                .body(line + ".counts.nextDue", equalTo(List.of(day.plusMonths(1).toString(),
                        day.plusMonths(3).toString())))
                .body(line + ".counts.overdue", equalTo(List.of(false, false)));
        as(INSPECTOR_MOPTI).get("/api/stocktakes/schedule?late=true").then().statusCode(200)
                .body("siteCode", not(hasItem(depot.code())));
        as(INSPECTOR_NATIONAL).get("/api/stocktakes/schedule").then().statusCode(200)
                .body("find { it.siteCode == 'EXS-GAO-01' }.counts.kind", equalTo(List.of("FULL")))
                .body("find { it.siteCode == 'EXS-GAO-01' }.counts.every", equalTo(List.of("P1Y")));
    }
}
