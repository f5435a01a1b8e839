package org.stockpile.custody;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.CLERK_STOREHOUSE;
import static org.stockpile.support.Api.COMMANDER;
import static org.stockpile.support.Api.INSPECTOR_NATIONAL;
import static org.stockpile.support.Api.as;
import static org.stockpile.support.Custody.approve;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Ammunition counted by lot: every round in one place, never negative, and the books always balance. */
@QuarkusTest
class AmmunitionCustodyTest {

    @Inject
    DataSource dataSource;

    private static final AtomicInteger LOTS = new AtomicInteger();

    @Test
    void receiptIssueConsumptionAndReturnKeepTheBooksBalanced() {
        String lot = newLot("9X19-BALL", null, "SERVICEABLE");
        ammo(CLERK_STOREHOUSE, "receipt", body("EXS-BKO-01", lot, 500, "reference", "BR-2026-0042"))
                .then().statusCode(200).body("events[0].quantity", equalTo(500))
                .body("events[0].reference", equalTo("BR-2026-0042"));
        ammo(CLERK_STOREHOUSE, "issue", body("EXS-BKO-01", lot, 400, "unitCode", "GTIA-2")).then().statusCode(200)
                .body("events[0].unit", equalTo("GTIA-2"));
        ammo(CLERK_STOREHOUSE, "consumption", body("EXS-BKO-01", lot, 300, "unitCode", "GTIA-2", "reason",
                "Tir d'instruction, champ de tir de Kati")).then().statusCode(200);
        ammo(CLERK_STOREHOUSE, "return", body("EXS-BKO-01", lot, 100, "unitCode", "GTIA-2")).then()
                .statusCode(200);
        ammo(CLERK_STOREHOUSE, "return", body("EXS-BKO-01", lot, 1, "unitCode", "GTIA-2")).then().statusCode(409)
                .body("type", equalTo("urn:stockpile:problem:custody-conflict"))
                .body("items[0].tag", equalTo(lot)).body("items[0].message", containsString("0"));
        ammo(CLERK_STOREHOUSE, "issue", body("EXS-BKO-01", lot, 201, "unitCode", "GTIA-4")).then().statusCode(409)
                .body("items[0].message", containsString("200"));
        as(CLERK_STOREHOUSE).get("/api/ammunition/stock?siteCode=EXS-BKO-01").then().statusCode(200)
                .body("find { it.lotTag == '" + lot + "' && it.holderUnitCode == null }.quantity", equalTo(200));
        conservation(lot, "EXS-BKO-01").body("received", equalTo(500)).body("onHand", equalTo(200))
                .body("issuedOut", equalTo(0)).body("consumed", equalTo(300)).body("balanced", equalTo(true));
    }

    /**
     * One clerk could once issue a thousand rounds to a unit typed at the counter and write them off as consumed:
     * units are now a national list, and issues and consumption above the policy's quantity take a second person.
     */
    @Test
    void largeIssuesAndConsumptionWaitForASecondPersonAndGoOnlyToKnownUnits() {
        String lot = newLot("9X19-BALL", null, "SERVICEABLE");
        ammo(CLERK_STOREHOUSE, "receipt", body("EXS-BKO-01", lot, 2000, "reference", "BR-2026-0060")).then()
                .statusCode(200);
        ammo(CLERK_STOREHOUSE, "issue", body("EXS-BKO-01", lot, 10, "unitCode", "2e compagnie")).then()
                .statusCode(422).body("field", equalTo("unitCode"));
        ammo(CLERK_STOREHOUSE, "issue", body("EXS-BKO-01", lot, 10, "unitCode", "UNITE-INVENTEE")).then()
                .statusCode(422).body("field", equalTo("unitCode"));
        String issue = ammo(CLERK_STOREHOUSE, "issue", body("EXS-BKO-01", lot, 1000, "unitCode", "GTIA-2")).then()
                .statusCode(202).extract().path("pendingOperationId");
        conservation(lot, "EXS-BKO-01").body("onHand", equalTo(2000)).body("issuedOut", equalTo(0));
        approve(CLERK_STOREHOUSE, issue).then().statusCode(403);
        approve(COMMANDER, issue).then().statusCode(200).body("events[0].approvedBy", equalTo(COMMANDER));
        String consumption = ammo(CLERK_STOREHOUSE, "consumption", body("EXS-BKO-01", lot, 1000, "unitCode",
                "GTIA-2", "reason", "Exercice de tir")).then().statusCode(202).extract().path("pendingOperationId");
        conservation(lot, "EXS-BKO-01").body("issuedOut", equalTo(1000)).body("consumed", equalTo(0));
        approve(INSPECTOR_NATIONAL, consumption).then().statusCode(200);
        ammo(CLERK_STOREHOUSE, "issue", body("EXS-BKO-01", lot, 500, "unitCode", "GTIA-4")).then().statusCode(200);
        conservation(lot, "EXS-BKO-01").body("onHand", equalTo(500)).body("issuedOut", equalTo(500))
                .body("consumed", equalTo(1000)).body("balanced", equalTo(true));
    }

    @Test
    void aTransferWaitsForASecondPersonAndArrivesAtTheDestination() {
        String lot = newLot("762X39-BALL", null, "SERVICEABLE");
        ammo(CLERK_STOREHOUSE, "receipt", body("EXS-BKO-01", lot, 10000, "reference", "BR-2026-0043"))
                .then().statusCode(200);
        String pending = ammo(CLERK_STOREHOUSE, "dispatch", body("EXS-BKO-01", lot, 2500, "destinationSiteCode",
                "EXS-MPT-01")).then().statusCode(202).extract().path("pendingOperationId");
        approve(CLERK_STOREHOUSE, pending).then().statusCode(403);
        approve(COMMANDER, pending).then().statusCode(200).body("events[0].counterpartSiteCode", equalTo("EXS-MPT-01"));
        conservation(lot, "EXS-BKO-01").body("onHand", equalTo(7500)).body("inTransit", equalTo(2500))
                .body("balanced", equalTo(true));
        ammo(ADMIN, "receive", body("EXS-MPT-01", lot, 2500, "originSiteCode", "EXS-BKO-01")).then()
                .statusCode(200).body("events[0].siteCode", equalTo("EXS-MPT-01"));
        conservation(lot, "EXS-BKO-01").body("onHand", equalTo(7500)).body("inTransit", equalTo(0))
                .body("transferredOut", equalTo(2500)).body("balanced", equalTo(true));
        conservation(lot, "EXS-MPT-01").body("received", equalTo(0)).body("transferredIn", equalTo(2500))
                .body("onHand", equalTo(2500)).body("balanced", equalTo(true));
        ammo(ADMIN, "receive", body("EXS-MPT-01", lot, 1, "originSiteCode", "EXS-BKO-01")).then().statusCode(409);
    }

    @Test
    void aLotRestrictedNationallyIsRefusedAtEverySiteUntilLifted() {
        String lot = newLot("762X51-BALL", null, "SERVICEABLE");
        List<String> sites = List.of("EXS-BKO-01", "EXS-MPT-01");
        for (String site : sites) {
            ammo(ADMIN, "receipt", body(site, lot, 100, "reference", "BR-" + site)).then().statusCode(200);
        }
        long lotId = org.stockpile.system.TagCode.parse(lot).number();
        as(CLERK_STOREHOUSE).body(Map.of("reason", "Défaut de mise à feu signalé")).post("/api/ammunition-lots/"
                + lotId + "/restrict").then().statusCode(403);
        as(INSPECTOR_NATIONAL).body(Map.of("reason", "Défaut de mise à feu signalé (rapport 2026-31)"))
                .post("/api/ammunition-lots/" + lotId + "/restrict").then().statusCode(200)
                .body("condition", equalTo("RESTRICTED"));
        for (String site : sites) {
            ammo(ADMIN, "issue", body(site, lot, 10, "unitCode", "GTIA-2")).then().statusCode(422)
                    .body("items[0].tag", equalTo(lot)).body("items[0].message", containsString("restreint"));
        }
        as(INSPECTOR_NATIONAL).body(Map.of("reason", "Again")).post("/api/ammunition-lots/" + lotId + "/restrict")
                .then().statusCode(409);
        as(INSPECTOR_NATIONAL).body(Map.of("condition", "SERVICEABLE", "version", 1)).put("/api/ammunition-lots/"
                + lotId).then().statusCode(422).body("field", equalTo("condition"));
        as(ADMIN).body(Map.of("reason", "Essais de tir concluants")).post("/api/ammunition-lots/" + lotId + "/lift")
                .then().statusCode(200).body("condition", equalTo("SERVICEABLE"));
        ammo(ADMIN, "issue", body("EXS-MPT-01", lot, 10, "unitCode", "GTIA-2")).then().statusCode(200);
    }

    @Test
    void expiredAndOverdueLotsAreRefusedAtEverySite() {
        String expired = newLot("762X51-BALL", LocalDate.now().minusDays(1), "SERVICEABLE");
        for (String site : List.of("EXS-BKO-01", "EXS-MPT-01")) {
            ammo(ADMIN, "receipt", body(site, expired, 100, "reference", "BR-" + site)).then().statusCode(200);
            ammo(ADMIN, "issue", body(site, expired, 10, "unitCode", "GTIA-2")).then().statusCode(422)
                    .body("items[0].tag", equalTo(expired));
        }
    }

    @Test
    void adjustmentsAndDestructionTakeASecondPersonAndKeepTheBooksBalanced() {
        String lot = newLot("9X19-BALL", null, "SERVICEABLE");
        ammo(CLERK_STOREHOUSE, "receipt", body("EXS-BKO-01", lot, 1000, "reference", "BR-2026-0050")).then()
                .statusCode(200);
        String count = ammo(CLERK_STOREHOUSE, "adjustment", body("EXS-BKO-01", lot, -40, "reason",
                "Comptage du 22/11 : 960 cartouches")).then().statusCode(202).extract().path("pendingOperationId");
        approve(CLERK_STOREHOUSE, count).then().statusCode(403);
        approve(INSPECTOR_NATIONAL, count).then().statusCode(200).body("events[0].quantity", equalTo(-40));
        String destroy = ammo(CLERK_STOREHOUSE, "destruction", body("EXS-BKO-01", lot, 100, "method",
                "open burning", "witnesses", "Cne Diarra, M. Sow (MINUSMA)", "reference", "PV-DEST-2026-07"))
                .then().statusCode(202).extract().path("pendingOperationId");
        approve(COMMANDER, destroy).then().statusCode(200);
        // More than the store holds could never be approved: refused at once, with nothing held.
        int held = as(ADMIN).get("/api/custody/pending").then().extract().path("totalItems");
        ammo(CLERK_STOREHOUSE, "adjustment", body("EXS-BKO-01", lot, -861, "reason", "erreur")).then()
                .statusCode(409).body("items[0].tag", equalTo(lot));
        as(ADMIN).get("/api/custody/pending").then().body("totalItems", equalTo(held));
        conservation(lot, "EXS-BKO-01").body("received", equalTo(1000)).body("adjusted", equalTo(-40))
                .body("destroyed", equalTo(100)).body("onHand", equalTo(860)).body("balanced", equalTo(true));
        ammo(CLERK_STOREHOUSE, "adjustment", body("EXS-BKO-01", lot, 0, "reason", "rien")).then().statusCode(422);
    }

    @Test
    void aClerkWorksOnlyAtTheirSite() {
        String lot = newLot("9X18-BALL", null, "SERVICEABLE");
        ammo(CLERK_STOREHOUSE, "receipt", body("EXS-MPT-01", lot, 10, "reference", "BR-X")).then().statusCode(422)
                .body("field", equalTo("siteCode"));
        ammo(CLERK_GAO, "receipt", body("ARM-GAO-01", lot, 10, "reference", "BR-Y")).then().statusCode(200);
        as(CLERK_GAO).get("/api/ammunition/stock").then().body("lotTag", hasItem(lot))
                .body("siteCode", everyItem(equalTo("ARM-GAO-01")));
    }

    @Test
    void thirtyTwoClientsMovingAmmunitionAtOnceNeverBreakTheBooks() throws Exception {
        List<String> lots = List.of(newLot("762X39-BALL", null, "SERVICEABLE"), newLot("762X39-BALL", null,
                "SERVICEABLE"));
        for (String lot : lots) {
            ammo(ADMIN, "receipt", body("EXS-BKO-01", lot, 2000, "reference", "BR-START")).then().statusCode(200);
            ammo(ADMIN, "receipt", body("EXS-GAO-01", lot, 2000, "reference", "BR-START")).then().statusCode(200);
        }
        String[] sites = { "EXS-BKO-01", "EXS-GAO-01" };
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Integer>>> clients = new ArrayList<>();
        for (int c = 0; c < 32; c++) {
            int seed = c;
            clients.add(pool.submit(() -> {
                start.await();
                Random random = new Random(seed);
                List<Integer> statuses = new ArrayList<>();
                for (int round = 0; round < 8; round++) {
                    String lot = lots.get(random.nextInt(2));
                    int from = random.nextInt(2);
                    String site = sites[from];
                    String other = sites[1 - from];
                    long quantity = 1 + random.nextInt(300);
                    String unit = List.of("GTIA-2", "GTIA-4", "CIE-GN-BKO-1").get(random.nextInt(3));
                    Response answer = switch (random.nextInt(6)) {
                        case 0 -> ammo(ADMIN, "receipt", body(site, lot, quantity, "reference", "BR-" + seed));
                        case 1 -> ammo(ADMIN, "issue", body(site, lot, quantity, "unitCode", unit));
                        case 2 -> ammo(ADMIN, "return", body(site, lot, quantity, "unitCode", unit));
                        case 3 -> ammo(ADMIN, "consumption",
                                body(site, lot, quantity, "unitCode", unit, "reason", "tir"));
                        case 4 -> ammo(ADMIN, "receive", body(site, lot, quantity, "originSiteCode", other));
                        default -> {
                            Response pending = ammo(ADMIN, "dispatch", body(site, lot, quantity,
                                    "destinationSiteCode", other));
                            yield pending.statusCode() == 202
                                    ? approve(COMMANDER, pending.path("pendingOperationId")) : pending;
                        }
                    };
                    statuses.add(answer.statusCode());
                }
                return statuses;
            }));
        }
        start.countDown();
        List<Integer> all = new ArrayList<>();
        for (Future<List<Integer>> client : clients) {
            all.addAll(client.get(300, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertTrue(all.stream().allMatch(s -> s == 200 || s == 409), all.toString());
        System.out.printf("32 clients, %d ammunition operations: %d done, %d refused for want of stock%n",
                all.size(), all.stream().filter(s -> s == 200).count(), all.stream().filter(s -> s == 409).count());
        for (String lot : lots) {
            for (String site : sites) {
                conservation(lot, site).body("balanced", equalTo(true));
            }
            // Across both sites the lot still holds exactly what was received: nothing was created or lost.
            List<Map<String, Object>> rows = as(INSPECTOR_NATIONAL).get("/api/ammunition/conservation").then()
                    .extract().path("findAll { it.lotTag == '" + lot + "' }");
            long received = rows.stream().mapToLong(r -> ((Number) r.get("received")).longValue()).sum();
            long held = rows.stream().mapToLong(r -> ((Number) r.get("onHand")).longValue()
                    + ((Number) r.get("issuedOut")).longValue() + ((Number) r.get("inTransit")).longValue()
                    + ((Number) r.get("consumed")).longValue()).sum();
            assertEquals(received, held, lot);
        }
        Positions positions = positionsInTheDatabase(lots);
        assertTrue(positions.count() > 0, "the clients left stock positions");
        assertTrue(positions.smallest() >= 0, "no position in the database is negative: " + positions.smallest());
        as(INSPECTOR_NATIONAL).get("/api/custody/ledger/verification").then().body("intact", equalTo(true));
    }

    /**
     * Texts longer than the ledger keeps are refused naming the field, before anything is recorded or held for a
     * second person (they once waited in the queue, where no approval could ever carry them out).
     */
    @Test
    void aTextLongerThanTheLedgerKeepsIsRefusedBeforeAnythingIsRecordedOrHeld() {
        String lot = newLot("9X19-BALL", null, "SERVICEABLE");
        int pending = as(ADMIN).get("/api/custody/pending").then().extract().path("totalItems");
        ammo(CLERK_STOREHOUSE, "receipt", body("EXS-BKO-01", lot, 10, "reference", "R".repeat(101))).then()
                .statusCode(422).body("errors.field", org.hamcrest.Matchers.contains("reference"));
        ammo(CLERK_STOREHOUSE, "adjustment", body("EXS-BKO-01", lot, 5, "reason", "r".repeat(501))).then()
                .statusCode(422).body("errors.field", org.hamcrest.Matchers.contains("reason"));
        ammo(CLERK_STOREHOUSE, "destruction", body("EXS-BKO-01", lot, 5, "method", "m", "reference", "C-1",
                "witnesses", "w".repeat(501))).then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.contains("witnesses"));
        as(ADMIN).get("/api/custody/pending").then().body("totalItems", equalTo(pending));
        as(INSPECTOR_NATIONAL).get("/api/ammunition/conservation").then()
                .body("findAll { it.lotTag == '" + lot + "' }", org.hamcrest.Matchers.empty());
    }

    /** A new lot of {@code itemCode} for one test, so that no other test moves its quantities. */
    private static String newLot(String itemCode, LocalDate expiry, String condition) {
        Map<String, Object> lot = new HashMap<>(Map.of("itemCode", itemCode, "lotNumber",
                "T-" + UUID.randomUUID().toString().substring(0, 8) + "-" + LOTS.incrementAndGet(), "condition",
                condition));
        if (expiry != null) {
            lot.put("manufactureDate", expiry.minusYears(20).toString());
            lot.put("expiryDate", expiry.toString());
        }
        return as(ADMIN).body(lot).post("/api/ammunition-lots").then().statusCode(201).extract().path("tagCode");
    }

    private static Map<String, Object> body(String siteCode, String lotTag, long quantity, Object... details) {
        Map<String, Object> body = new HashMap<>();
        body.put("siteCode", siteCode);
        body.put("lines", List.of(Map.of("lotTag", lotTag, "quantity", quantity)));
        for (int i = 0; i < details.length; i += 2) {
            body.put((String) details[i], details[i + 1]);
        }
        return body;
    }

    private static Response ammo(String user, String operation, Map<String, Object> body) {
        return as(user).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/ammunition/" + operation);
    }

    /** The conservation line of {@code lot} at {@code site}, which must be the only one. */
    private static io.restassured.response.ValidatableResponse conservation(String lot, String site) {
        List<Map<String, Object>> report = as(INSPECTOR_NATIONAL).get("/api/ammunition/conservation").then()
                .statusCode(200).extract().path("");
        assertEquals(1, report.stream().filter(line -> lot.equals(line.get("lotTag"))
                && site.equals(line.get("siteCode"))).count(), lot + " at " + site);
        return as(INSPECTOR_NATIONAL).get("/api/ammunition/conservation").then()
                .rootPath("find { it.lotTag == '" + lot + "' && it.siteCode == '" + site + "' }");
    }

    /** How many stock positions the lots have in the database, and the smallest quantity among them. */
    /** How many stock positions the lots have in the database, and the smallest quantity among them. */
    private record Positions(long count, long smallest) {
    }

    private Positions positionsInTheDatabase(List<String> lots) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*), coalesce(min(quantity), -1) from ammunition_stock where lot_id = any(?)")) {
            statement.setArray(1, connection.createArrayOf("bigint", lots.stream()
                    .map(tag -> org.stockpile.system.TagCode.parse(tag).number()).toArray()));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Positions(row.getLong(1), row.getLong(2));
            }
        }
    }
}
