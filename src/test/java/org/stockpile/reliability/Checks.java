package org.stockpile.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.stockpile.support.CustodyTraffic;
import org.stockpile.support.LedgerAudit;
import org.stockpile.support.TokenMinter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the crash and outage tests prove from the clerks' side: each operation ended with exactly one real answer,
 * and what was acknowledged is in the ledger once.
 */
final class Checks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, UUID> acknowledged;
    private final int retriedToAnswer;

    private Checks(Map<String, UUID> acknowledged, int retriedToAnswer) {
        this.acknowledged = acknowledged;
        this.retriedToAnswer = retriedToAnswer;
    }

    /**
     * Reads the clerks' attempts: every operation's last attempt must be a 200 (an operation left without an
     * answer would be a clerk who never knew), and no attempt may be anything but a 200 or an unknown outcome.
     */
    static Checks of(List<CustodyTraffic.Attempt> attempts) throws IOException {
        Map<String, CustodyTraffic.Outcome> last = new LinkedHashMap<>();
        Map<String, Integer> tries = new HashMap<>();
        for (CustodyTraffic.Attempt attempt : attempts) {
            CustodyTraffic.Outcome outcome = attempt.outcome();
            assertTrue(outcome.status() == 200 || outcome.unknown(),
                    () -> "unexpected answer " + outcome.status() + " to " + outcome.operation().type() + ": "
                            + outcome.body());
            last.put(outcome.operation().key(), outcome);
            tries.merge(outcome.operation().key(), 1, Integer::sum);
        }
        Map<String, UUID> acknowledged = new LinkedHashMap<>();
        int retried = 0;
        for (CustodyTraffic.Outcome outcome : last.values()) {
            assertEquals(200, outcome.status(), () -> "operation " + outcome.operation().key()
                    + " never got an answer: " + outcome.body());
            JsonNode body = JSON.readTree(outcome.body());
            acknowledged.put(outcome.operation().key(), UUID.fromString(body.get("operationId").asText()));
            if (tries.get(outcome.operation().key()) > 1) {
                retried++;
            }
        }
        return new Checks(acknowledged, retried);
    }

    Map<String, UUID> acknowledged() {
        return acknowledged;
    }

    /** Operations that needed more than one try: their first try met the crash or the outage. */
    int retriedToAnswer() {
        return retriedToAnswer;
    }

    void assertLedgerHoldsEachOnce(LedgerAudit audit) throws SQLException {
        Map<UUID, Integer> events = audit.eventsPerOperation(acknowledged.values());
        acknowledged.forEach((key, operation) -> assertEquals(1, events.getOrDefault(operation, 0),
                () -> "acknowledged operation " + operation + " (key " + key + ") in the ledger"));
        assertEquals(0, audit.brokenSequences(), "events that do not follow their weapon's previous event");
        assertEquals(0, audit.weaponsAwayFromTheirLastEvent(), "weapons not where their last event left them");
    }

    void assertChainsVerify(URI service, TokenMinter tokens) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(service.resolve("/api/custody/ledger/verification"))
                .header("Authorization", "Bearer " + tokens.token("inspector-national", "inspector", "national"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(JSON.readTree(response.body()).get("intact").asBoolean(), response.body());
    }
}
