package org.stockpile.custody;

import static org.hamcrest.Matchers.equalTo;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Custody.freshWeapons;
import static org.stockpile.support.Custody.locationTag;
import static org.stockpile.support.Custody.perform;
import static org.stockpile.support.Custody.personTagAt;
import static org.stockpile.support.Custody.scan;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
import org.stockpile.tag.TagCode;
import org.stockpile.weapon.Weapon.State;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The state machine, every cell of it: each operation from each state is either carried out (200, or 202 when a
 * second person must approve) or refused with 409 naming the current state.
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

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("cells")
    void eachOperationFromEachState(State from, OperationType type) throws SQLException {
        String tag = freshWeapons("ARM-SEG-01", "fsm-" + SERIAL.incrementAndGet(), 1).get(0);
        putInState(TagCode.parse(tag).number(), from);
        Map<String, Object> request = scan(java.util.List.of(tag), "personTag", personTagAt("ARM-SEG-01"),
                "locationTag", locationTag(type == OperationType.RECEIVE ? "ARM-SEG-02" : "ARM-SEG-01", "R02"),
                "destinationSiteCode", "ARM-SEG-02", "reason", "test", "method", "cutting", "witnesses", "two",
                "reference", "REF-1");
        if (type != OperationType.ISSUE) {
            request.remove("personTag");
        }
        if (!type.allowedFrom(from)) {
            perform(ADMIN, type.slug(), request).then().statusCode(409).body("items[0].state",
                    equalTo(from.name()));
            return;
        }
        perform(ADMIN, type.slug(), request).then().statusCode(TWO_PERSON.contains(type) ? 202 : 200);
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
