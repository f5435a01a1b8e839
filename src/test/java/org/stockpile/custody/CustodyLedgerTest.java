package org.stockpile.custody;

import static org.hamcrest.Matchers.equalTo;
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
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

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
                    .statusCode(200).body("intact", equalTo(false))
                    .body("firstBrokenLink.eventId", equalTo((int) issued))
                    .body("firstBrokenLink.siteCode", equalTo("ARM-SIK-02"))
                    .body("firstBrokenLink.problem", equalTo("CONTENT_CHANGED"));
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
