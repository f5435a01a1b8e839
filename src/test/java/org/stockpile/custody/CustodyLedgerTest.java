package org.stockpile.custody;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.INSPECTOR_NATIONAL;
import static org.stockpile.support.Api.as;
import static org.stockpile.support.Custody.freshWeapons;
import static org.stockpile.support.Custody.perform;
import static org.stockpile.support.Custody.personTagAt;
import static org.stockpile.support.Custody.scan;
import static org.stockpile.support.Custody.weaponId;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/** The ledger is append-only in the database itself, and an edit made behind the application is found. */
@QuarkusTest
class CustodyLedgerTest {

    @Inject
    DataSource dataSource;

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEvent() throws SQLException {
        freshWeapons("ARM-SIK-01", "append-only", 1);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("update custody_event set reason = 'x' where id = "
                            + "(select max(id) from custody_event)"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "delete from custody_event where id = (select max(id) from custody_event)"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("truncate custody_event"));
        }
    }

    @Test
    void anEditMadeBehindTheApplicationIsFoundAndNamed() throws SQLException {
        List<String> tags = freshWeapons("ARM-SIK-02", "tamper", 2);
        perform(ADMIN, "issue", scan(tags, "personTag", personTagAt("ARM-SIK-02"))).then().statusCode(200);
        as(INSPECTOR_NATIONAL).get("/api/custody/ledger/verification?siteCode=ARM-SIK-02").then().statusCode(200)
                .body("intact", equalTo(true)).body("eventsChecked", greaterThan(4));
        long issued = ((Number) as(ADMIN).get("/api/custody/weapons/" + weaponId(tags.get(0)) + "/history").then()
                .extract().path("[1].id")).longValue();

        String original = superuserEdit("update custody_event set person_id = null where id = " + issued,
                "select person_id from custody_event where id = " + issued);
        try {
            as(INSPECTOR_NATIONAL).get("/api/custody/ledger/verification?siteCode=ARM-SIK-02").then()
                    .statusCode(200).body("intact", equalTo(false)).body("breaks", equalTo(1))
                    .body("brokenLinks[0].eventId", equalTo((int) issued))
                    .body("brokenLinks[0].siteCode", equalTo("ARM-SIK-02"))
                    .body("brokenLinks[0].problem", equalTo("CONTENT_CHANGED"));
            as(ADMIN).get("/api/custody/ledger/verification").then().body("intact", equalTo(false));
        } finally {
            superuserEdit("update custody_event set person_id = " + original + " where id = " + issued, null);
        }
        as(INSPECTOR_NATIONAL).get("/api/custody/ledger/verification?siteCode=ARM-SIK-02").then()
                .body("intact", equalTo(true));
    }

    @Test
    void everyChainVerifies() {
        freshWeapons("ARM-SIK-01", "verify-all", 2);
        as(ADMIN).get("/api/custody/ledger/verification").then().statusCode(200).body("intact", equalTo(true))
                .body("sitesChecked", greaterThan(0)).body("eventsChecked", greaterThan(1));
        as(CLERK_GAO).get("/api/custody/ledger/verification").then().statusCode(403);
    }

    @Test
    void aDeviceTimeFinerThanTheDatabaseKeepsIsHashedAsStoredAndTheChainStaysIntact() {
        List<String> tags = freshWeapons("ARM-MPT-01", "device-nanos", 2);
        String badge = personTagAt("ARM-MPT-01");
        OffsetDateTime nanos = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).withSecond(17).withNano(123_456_789);
        OffsetDateTime belowMicro = nanos.withNano(500);
        perform(ADMIN, "issue", scan(tags.subList(0, 1), "personTag", badge, "deviceTime", nanos.toString())).then()
                .statusCode(200);
        perform(ADMIN, "issue", scan(tags.subList(1, 2), "personTag", badge, "deviceTime",
                belowMicro.withOffsetSameInstant(ZoneOffset.ofHours(-9)).toString())).then().statusCode(200);
        as(INSPECTOR_NATIONAL).get("/api/custody/ledger/verification?siteCode=ARM-MPT-01").then()
                .body("intact", equalTo(true)).body("breaks", equalTo(0));
        as(ADMIN).get("/api/custody/weapons/" + weaponId(tags.get(0)) + "/history").then()
                .body("[1].deviceTime", equalTo(nanos.withNano(123_456_000).toString()));
        as(ADMIN).get("/api/custody/weapons/" + weaponId(tags.get(1)) + "/history").then()
                .body("[1].deviceTime", equalTo(belowMicro.withNano(0).toString()));
    }

    @Test
    void anImplausibleDeviceTimeIsRefusedAndRecordsNothing() {
        String tag = freshWeapons("ARM-MPT-01", "device-far", 1).get(0);
        String badge = personTagAt("ARM-MPT-01");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (String time : List.of("0001-01-01T00:00:00Z", "+300000-01-01T00:00:00Z",
                now.minusDays(31).toString(), now.plusDays(2).toString())) {
            perform(ADMIN, "issue", scan(List.of(tag), "personTag", badge, "deviceTime", time)).then()
                    .statusCode(422).body("field", equalTo("deviceTime"));
        }
        for (Object time : List.of(new java.math.BigDecimal("1e400"), 1_795_000_000, "2026-11-24", "hier")) {
            perform(ADMIN, "issue", scan(List.of(tag), "personTag", badge, "deviceTime", time)).then()
                    .statusCode(400).body("field", equalTo("deviceTime"));
        }
        as(ADMIN).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("siteCode", "EXS-MPT-01", "reference", "BR-1", "deviceTime", "0001-01-01T00:00:00Z",
                        "lines", List.of(Map.of("lotTag", org.stockpile.system.TagCode.of(
                                org.stockpile.system.TagCode.Kind.AMMUNITION_LOT, Fixtures.ammunitionLot()).value(),
                                "quantity", 10))))
                .post("/api/ammunition/receipt").then().statusCode(422).body("field", equalTo("deviceTime"));
        as(ADMIN).get("/api/custody/weapons/" + weaponId(tag) + "/history").then().body("type", contains("RECEIPT"));
        as(ADMIN).get("/api/weapons/" + weaponId(tag)).then().body("state", equalTo("IN_STORE"));
    }

    @Test
    void aNationalVerificationReportsEveryBrokenChainNotOnlyTheFirst() throws SQLException {
        String first = freshWeapons("ARM-BKO-01", "tamper-first", 1).get(0);
        String last = freshWeapons("ARM-TDN-02", "tamper-last", 1).get(0);
        long firstEvent = receiptOf(first);
        long lastEvent = receiptOf(last);
        String firstReason = superuserEdit("update custody_event set reason = 'x' where id = " + firstEvent,
                "select reason from custody_event where id = " + firstEvent);
        String lastReason = superuserEdit("update custody_event set reason = 'y' where id = " + lastEvent,
                "select reason from custody_event where id = " + lastEvent);
        try {
            as(ADMIN).get("/api/custody/ledger/verification").then().statusCode(200)
                    .body("intact", equalTo(false)).body("breaks", equalTo(2))
                    .body("brokenLinks.siteCode", contains("ARM-BKO-01", "ARM-TDN-02"))
                    .body("brokenLinks.eventId", contains((int) firstEvent, (int) lastEvent));
        } finally {
            superuserEdit("update custody_event set reason = " + sql(firstReason) + " where id = " + firstEvent, null);
            superuserEdit("update custody_event set reason = " + sql(lastReason) + " where id = " + lastEvent, null);
        }
        as(ADMIN).get("/api/custody/ledger/verification").then().body("intact", equalTo(true))
                .body("brokenLinks", hasSize(0));
    }

    @Test
    void aBreakIsRecordedOnceWithWhoFoundItAndTheChainIsStillCheckedAfterIt() throws SQLException {
        List<String> tags = freshWeapons("ARM-SIK-02", "known-break", 2);
        long broken = receiptOf(tags.get(0));
        String reason = superuserEdit("update custody_event set reason = 'edited' where id = " + broken,
                "select reason from custody_event where id = " + broken);
        try {
            as(INSPECTOR_NATIONAL).get("/api/custody/ledger/verification?siteCode=ARM-SIK-02").then()
                    .statusCode(200).body("breaks", equalTo(1)).body("newBreaks", equalTo(1))
                    .body("brokenLinks[0].eventId", equalTo((int) broken))
                    .body("brokenLinks[0].newlyFound", equalTo(true))
                    .body("brokenLinks[0].recordedBy", equalTo(INSPECTOR_NATIONAL));
            assertEquals(1, count("select count(*) from ledger_break where event_id = " + broken));

            // Work goes on after the break; a later verification sees the same, known break and nothing new.
            perform(ADMIN, "issue", scan(tags.subList(1, 2), "personTag", personTagAt("ARM-SIK-02"))).then()
                    .statusCode(200);
            as(ADMIN).get("/api/custody/ledger/verification?siteCode=ARM-SIK-02").then()
                    .body("intact", equalTo(false)).body("breaks", equalTo(1)).body("newBreaks", equalTo(0))
                    .body("brokenLinks[0].newlyFound", equalTo(false))
                    .body("brokenLinks[0].recordedBy", equalTo(INSPECTOR_NATIONAL))
                    .body("brokenLinks[0].recordedAt", notNullValue());
            assertEquals(1, count("select count(*) from ledger_break where event_id = " + broken));

            // An edit after the known break is found too, as a new break.
            long later = receiptOf(tags.get(1));
            String laterReason = superuserEdit("update custody_event set witnesses = 'z' where id = " + later,
                    "select witnesses from custody_event where id = " + later);
            try {
                as(ADMIN).get("/api/custody/ledger/verification?siteCode=ARM-SIK-02").then()
                        .body("breaks", equalTo(2)).body("newBreaks", equalTo(1))
                        .body("brokenLinks.eventId", contains((int) broken, (int) later))
                        .body("brokenLinks[1].recordedBy", equalTo(ADMIN));
            } finally {
                superuserEdit("update custody_event set witnesses = " + sql(laterReason) + " where id = " + later,
                        null);
            }
        } finally {
            superuserEdit("update custody_event set reason = " + sql(reason) + " where id = " + broken, null);
        }
        as(ADMIN).get("/api/custody/ledger/verification?siteCode=ARM-SIK-02").then().body("intact", equalTo(true));
        assertThrows(SQLException.class, () -> plainEdit("delete from ledger_break where event_id = " + broken),
                "a recorded break is kept forever");
    }

    /** Events removed from a chain's end leave its head pointing past the last event that is still there. */
    @Test
    void aHeadThatDoesNotPointAtTheLastEventIsABreak() throws SQLException {
        freshWeapons("ARM-KAY-02", "removed-tail", 1);
        Object[] head = head("ARM-KAY-02");
        superuserEdit("update site_chain set last_seq = last_seq + 1 where site_id = "
                + Fixtures.siteId("ARM-KAY-02"), null);
        try {
            as(ADMIN).get("/api/custody/ledger/verification?siteCode=ARM-KAY-02").then()
                    .body("intact", equalTo(false)).body("brokenLinks[0].problem", equalTo("HEAD_MISMATCH"))
                    .body("brokenLinks[0].eventId", nullValue())
                    .body("brokenLinks[0].expected", equalTo(head[0] + ":" + head[1]));
        } finally {
            superuserEdit("update site_chain set last_seq = " + head[0] + " where site_id = "
                    + Fixtures.siteId("ARM-KAY-02"), null);
        }
        as(ADMIN).get("/api/custody/ledger/verification?siteCode=ARM-KAY-02").then().body("intact", equalTo(true));
    }

    private static long receiptOf(String tag) {
        return ((Number) as(ADMIN).get("/api/custody/weapons/" + weaponId(tag) + "/history").then().statusCode(200)
                .extract().path("[0].id")).longValue();
    }

    private static String sql(String value) {
        return value == null ? "null" : "'" + value.replace("'", "''") + "'";
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private void plainEdit(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private Object[] head(String siteCode) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var row = statement.executeQuery("select last_seq, last_hash from site_chain where site_id = "
                        + Fixtures.siteId(siteCode))) {
            row.next();
            return new Object[] { row.getLong(1), row.getString(2) };
        }
    }

    /**
     * Changes an event as a database superuser can: with triggers switched off for the session, bypassing the
     * application and the append-only guard. Returns the value {@code before} selected first.
     */
    private String superuserEdit(String edit, String before) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String value = null;
            if (before != null) {
                try (var row = statement.executeQuery(before)) {
                    row.next();
                    value = row.getString(1);
                }
            }
            statement.execute("set session_replication_role = replica");
            try {
                statement.executeUpdate(edit);
            } finally {
                statement.execute("set session_replication_role = origin");
            }
            return value;
        }
    }
}
