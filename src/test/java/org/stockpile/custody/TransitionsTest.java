package org.stockpile.custody;

import static org.hamcrest.Matchers.anything;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.as;
import static org.stockpile.support.Custody.freshWeapons;
import static org.stockpile.support.Custody.locationTag;
import static org.stockpile.support.Custody.perform;
import static org.stockpile.support.Custody.personTagAt;
import static org.stockpile.support.Custody.scan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stockpile.support.Fixtures;
import org.stockpile.system.TagCode;
import org.stockpile.weapon.Weapon.State;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The state machine, every cell of it: each operation from each state is either carried out (200, leaving the
 * weapon in the state, with the holder, at the site and rack the specification below says, with one event), held
 * for a second person (202), or refused with 409 naming the current state; held or refused, the weapon is left as
 * it was and no event is written.
 */
@QuarkusTest
class TransitionsTest {

    private static final Set<OperationType> TWO_PERSON = Set.of(OperationType.DISPATCH, OperationType.LOSS,
            OperationType.THEFT, OperationType.DESTRUCTION);
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Inject
    DataSource dataSource;

    static Stream<Arguments> cells() {
        return Arrays.stream(State.values()).flatMap(state -> Arrays.stream(OperationType.values())
                .filter(OperationType::forWeapons).map(type -> Arguments.of(state, type)));
    }

    /** Where a weapon ends after an operation carried out at once: its state, holder, site and rack. */
    private record Outcome(State state, boolean held, String siteCode, String rack) {
    }

    /**
     * The specification, written out rather than read from the code under test: the Segou armoury's weapon, scanned
     * with a badge and the rack R02 (at Segou, or at the destination for a receipt).
     */
    private static final Map<OperationType, Outcome> CARRIED_OUT = Map.of(
            OperationType.ISSUE, new Outcome(State.ISSUED, true, "ARM-SEG-01", null),
            OperationType.RETURN, new Outcome(State.IN_STORE, false, "ARM-SEG-01", "R02"),
            OperationType.MOVE, new Outcome(State.IN_STORE, false, "ARM-SEG-01", "R02"),
            OperationType.RECEIVE, new Outcome(State.IN_STORE, false, "ARM-SEG-02", "R02"),
            OperationType.REPAIR_OUT, new Outcome(State.UNDER_REPAIR, false, "ARM-SEG-01", null),
            OperationType.REPAIR_BACK, new Outcome(State.IN_STORE, false, "ARM-SEG-01", "R02"),
            OperationType.RECOVERY, new Outcome(State.IN_STORE, false, "ARM-SEG-01", "R02"));

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("cells")
    void eachOperationFromEachState(State from, OperationType type) throws SQLException {
        String tag = freshWeapons("ARM-SEG-01", "fsm-" + SERIAL.incrementAndGet(), 1).get(0);
        long weaponId = TagCode.parse(tag).number();
        putInState(weaponId, from);
        String badge = personTagAt("ARM-SEG-01");
        Map<String, Object> request = scan(java.util.List.of(tag), "personTag", badge,
                "locationTag", locationTag(type == OperationType.RECEIVE ? "ARM-SEG-02" : "ARM-SEG-01", "R02"),
                "destinationSiteCode", "ARM-SEG-02", "reason", "test", "method", "cutting", "witnesses", "two",
                "reference", "REF-1");
        if (type != OperationType.ISSUE) {
            request.remove("personTag");
        }
        Map<String, Object> before = as(ADMIN).get("/api/weapons/" + weaponId).then().extract().path("$");
        long eventsBefore = events(weaponId);
        if (!type.allowedFrom(from)) {
            perform(ADMIN, type.slug(), request).then().statusCode(409).body("items[0].state",
                    equalTo(from.name()));
            assertUnchanged(weaponId, before, eventsBefore);
            return;
        }
        if (TWO_PERSON.contains(type)) {
            perform(ADMIN, type.slug(), request).then().statusCode(202);
            assertUnchanged(weaponId, before, eventsBefore);
            return;
        }
        perform(ADMIN, type.slug(), request).then().statusCode(200);
        Outcome expected = CARRIED_OUT.get(type);
        assertNotNull(expected, "the specification names the outcome of " + type);
        as(ADMIN).get("/api/weapons/" + weaponId).then().body("state", equalTo(expected.state().name()))
                .body("holderTag", expected.held() ? equalTo(badge) : nullValue())
                .body("siteCode", equalTo(expected.siteCode()))
                .body("storageLocationCode", expected.rack() == null ? anything() : equalTo(expected.rack()));
        assertEquals(eventsBefore + 1, events(weaponId), "one event for the weapon");
    }

    /** A refused or held operation leaves the weapon as it was and writes nothing to the ledger. */
    private void assertUnchanged(long weaponId, Map<String, Object> before, long eventsBefore) throws SQLException {
        assertEquals(before, as(ADMIN).get("/api/weapons/" + weaponId).then().extract().path("$"));
        assertEquals(eventsBefore, events(weaponId), "no event for the weapon");
    }

    private long events(long weaponId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from custody_event where weapon_id = ?")) {
            count.setLong(1, weaponId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Sets up the starting state directly: the cell is about the rule, not the way there. */
    private void putInState(long weaponId, State state) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update weapon set state = ?, "
                        + "holder_id = case when ? = 'ISSUED' then (select id from person where site_id = "
                        + "(select site_id from weapon where id = ?) limit 1) end, "
                        + "destination_site_id = case when ? = 'IN_TRANSIT' then ? end where id = ?")) {
            update.setString(1, state.name());
            update.setString(2, state.name());
            update.setLong(3, weaponId);
            update.setString(4, state.name());
            update.setLong(5, Fixtures.siteId("ARM-SEG-02"));
            update.setLong(6, weaponId);
            update.executeUpdate();
        }
    }
}
