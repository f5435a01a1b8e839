package org.stockpile.custody;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.hasItem;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.INSPECTOR_NATIONAL;
import static org.stockpile.support.Api.as;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.stockpile.ammo.AmmunitionCustodyRequest;
import org.stockpile.ammo.AmmunitionLot;
import org.stockpile.person.Person;
import org.stockpile.site.Site;
import org.stockpile.site.StorageLocation;
import org.stockpile.support.Fixtures;
import org.stockpile.weapon.Weapon;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The hash of an event covers exactly what the database keeps. Random events, with every field of every type set
 * or absent (texts in every script the service meets, control characters it keeps, trailing spaces, texts at their
 * full length; times at any offset with nanoseconds; signed quantities up to the largest a line may carry), are appended through the
 * ledger, read back from PostgreSQL by the verification, and must all verify.
 */
@QuarkusTest
class LedgerRoundTripTest {

    private static final int EVENTS = 400;
    private static final long MAX_QUANTITY = AmmunitionCustodyRequest.MAX_QUANTITY;
    /** Code point ranges texts are drawn from: ASCII with the characters the format escapes, Latin with diacritics,
     * Arabic, N'Ko, Tifinagh, CJK, combining marks, C1 controls, format characters, emoji (beyond the BMP). */
    private static final int[][] SCRIPTS = { { 0x20, 0x7E }, { '\t', '\t' }, { '\n', '\n' }, { '\r', '\r' },
            { '\\', '\\' }, { '=', '=' }, { 0xC0, 0x17F }, { 0x600, 0x6FF }, { 0x7C0, 0x7FF }, { 0x2D30, 0x2D7F },
            { 0x4E00, 0x4E80 }, { 0x300, 0x36F }, { 0x80, 0x9F }, { 0x200B, 0x200F }, { 0x202A, 0x202E },
            { 0xFEFF, 0xFEFF }, { 0xFFFD, 0xFFFD }, { 0x1F300, 0x1F64F }, { 0x10000, 0x1000F } };

    @Inject
    CustodyLedger ledger;

    @Inject
    EntityManager entityManager;

    @Test
    void randomEventsOfEveryFieldTypeVerifyAfterARoundTripThroughTheDatabase() {
        // Records of its own, so that its random events disturb no other test's histories or balances.
        long siteId = created("/api/sites", Map.of("code", "ARM-RND-01", "name", "Armurerie aléatoire", "kind",
                "ARMOURY", "forceCode", "GN", "regionCode", "KDL"));
        long otherSiteId = created("/api/sites", Map.of("code", "ARM-RND-02", "name", "Armurerie aléatoire 2",
                "kind", "ARMOURY", "forceCode", "GN", "regionCode", "KDL"));
        long locationId = created("/api/sites/" + siteId + "/storage-locations", Map.of("code", "R01", "kind",
                "RACK"));
        long personId = created("/api/persons", Map.of("serviceNumber", "GN-RND-1", "givenNames", "Aléa",
                "familyName", "Hasard", "forceCode", "GN", "siteCode", "ARM-RND-01"));
        long weaponId = created("/api/weapons", Fixtures.newWeapon("ARM-RND-01", "ledger-round-trip"));
        long lotId = created("/api/ammunition-lots", Map.of("itemCode", "762X39-BALL", "lotNumber", "RND-1"));
        Random random = new Random(20_261_124L);
        int appended = 0;
        while (appended < EVENTS) {
            int batch = 1 + random.nextInt(8);
            List<Long> ids = List.of(siteId, weaponId, lotId, personId, locationId, otherSiteId);
            QuarkusTransaction.requiringNew().run(() -> {
                List<CustodyEvent> events = new ArrayList<>();
                for (int i = 0; i < batch; i++) {
                    events.add(randomEvent(random, ids));
                }
                ledger.append(events);
            });
            appended += batch;
        }

        CustodyLedger.Report report = ledger.verify(siteId, "round-trip-test");
        assertEquals(appended + 1, report.eventsChecked(), "every appended event was walked, after the receipt");
        assertTrue(report.intact(), () -> "events read back no longer match their hashes: " + report.brokenLinks());
        // Reports read whatever the ledger holds, including a receipt that names no dispatching site.
        as(INSPECTOR_NATIONAL).get("/api/ammunition/conservation").then().statusCode(200)
                .body("siteCode", hasItem("ARM-RND-01"));
    }

    private static long created(String path, Map<String, Object> record) {
        return ((Number) as(ADMIN).body(record).post(path).then().statusCode(201).extract().path("id")).longValue();
    }

    private CustodyEvent randomEvent(Random random, List<Long> ids) {
        CustodyEvent event = new CustodyEvent();
        event.operationId = UUID.randomUUID();
        event.site = entityManager.getReference(Site.class, ids.get(0));
        OperationType[] types = OperationType.values();
        event.type = types[random.nextInt(types.length)];
        Weapon.State[] states = Weapon.State.values();
        if (random.nextBoolean()) {
            event.weapon = entityManager.getReference(Weapon.class, ids.get(1));
            event.toState = states[random.nextInt(states.length)];
            event.fromState = random.nextBoolean() ? null : states[random.nextInt(states.length)];
        } else {
            event.lot = entityManager.getReference(AmmunitionLot.class, ids.get(2));
            event.quantity = (random.nextBoolean() ? 1 : -1) * (random.nextInt(4) == 0 ? MAX_QUANTITY
                    : (long) (random.nextDouble() * MAX_QUANTITY));
            event.unit = text(random, 100);
        }
        event.person = random.nextBoolean() ? null : entityManager.getReference(Person.class, ids.get(3));
        event.storageLocation = random.nextBoolean() ? null
                : entityManager.getReference(StorageLocation.class, ids.get(4));
        event.counterpartSite = random.nextBoolean() ? null : entityManager.getReference(Site.class, ids.get(5));
        event.reason = text(random, 500);
        event.reference = text(random, 100);
        event.method = text(random, 100);
        event.witnesses = text(random, 500);
        event.requestedBy = text(random, 100);
        if (event.requestedBy == null) {
            event.requestedBy = "clerk-rnd";
        }
        event.approvedBy = text(random, 100);
        event.deviceId = text(random, 100);
        event.deviceTime = random.nextInt(4) == 0 ? null : time(random);
        return event;
    }

    /** A random time from 1900 to 9999 with nanoseconds, at a random offset from -18:00 to +18:00. */
    private static OffsetDateTime time(Random random) {
        int year = random.nextInt(3) == 0 ? 1900 + random.nextInt(8100) : 2000 + random.nextInt(60);
        OffsetDateTime time = OffsetDateTime.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000_000),
                ZoneOffset.ofTotalSeconds((random.nextInt(36 * 4 + 1) - 72) * 15 * 60));
        return time.withOffsetSameInstant(ZoneOffset.UTC).getYear() > 9999 ? time.minusDays(1) : time;
    }

    /** Absent, empty, or up to {@code max} characters (a quarter of them exactly {@code max}, spaces at the end). */
    private static String text(Random random, int max) {
        int shape = random.nextInt(8);
        if (shape == 0) {
            return null;
        }
        if (shape == 1) {
            return "";
        }
        int length = shape == 2 ? max : 1 + random.nextInt(max);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            boolean trailingSpace = shape == 2 && i >= length - 3;
            int[] range = SCRIPTS[random.nextInt(SCRIPTS.length)];
            text.appendCodePoint(trailingSpace ? ' ' : range[0] + random.nextInt(range[1] - range[0] + 1));
        }
        return text.toString();
    }
}
