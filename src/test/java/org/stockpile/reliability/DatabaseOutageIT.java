package org.stockpile.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.support.CustodyTraffic;
import org.stockpile.support.LedgerAudit;
import org.stockpile.support.ServiceProcess;
import org.stockpile.support.TokenMinter;
import org.stockpile.system.EmbeddedDatabase;

/**
 * PostgreSQL is stopped in the middle of counter traffic and started again on the same address. While it is down
 * every request gets a 503 problem within a bounded time (never a 500, never a hang); the service recovers by
 * itself; and each operation, retried with its key, ends with one answer and one place in the ledger.
 */
class DatabaseOutageIT {

    private static final int CLERKS = 8;
    private static final Duration OUTAGE = Duration.ofSeconds(5);
    private static final Duration BOUND = Duration.ofSeconds(10);

    @TempDir
    Path data;

    @Test
    void theServiceAnswers503DuringAnOutageAndRecoversWithNothingLost() throws Exception {
        TokenMinter tokens = new TokenMinter();
        EmbeddedDatabase database = EmbeddedDatabase.start(data);
        int databasePort = database.port();
        String jdbcUrl = database.jdbcUrl();
        try (ServiceProcess service = ServiceProcess.launch("outage-it",
                ServiceProcess.environment(jdbcUrl, database.username(), tokens, 0.05), List.of(),
                ServiceProcess.freePort())) {
            service.awaitReady();
            CustodyTraffic traffic = CustodyTraffic.at(jdbcUrl, database.username(), tokens);
            CustodyTraffic.Counters counters = traffic.open(CLERKS, service::uri);
            assertTrue(counters.awaitAcknowledged(200), "traffic before the outage");

            database.close();
            long down = System.nanoTime();
            Thread.sleep(OUTAGE.toMillis() / 2);
            int readinessDuringOutage = readiness(service);
            Thread.sleep(OUTAGE.toMillis() / 2);
            long restarting = System.nanoTime();
            database = EmbeddedDatabase.start(data, databasePort);
            long up = System.nanoTime();
            assertTrue(counters.awaitAcknowledged(counters.acknowledged() + 200), "traffic after the outage");
            List<CustodyTraffic.Attempt> attempts = counters.close();

            List<CustodyTraffic.Attempt> duringOutage = attempts.stream()
                    .filter(a -> a.sentAt() >= down && a.answeredAt() < restarting).toList();
            List<CustodyTraffic.Attempt> unavailable = attempts.stream()
                    .filter(a -> a.outcome().status() == 503).toList();
            assertEquals(503, readinessDuringOutage, "readiness while the database is down");
            assertTrue(duringOutage.size() > CLERKS, "requests were sent during the outage");
            assertTrue(duringOutage.stream().allMatch(a -> a.outcome().status() == 503),
                    () -> "every request sent while the database was down answered 503: " + duringOutage.stream()
                            .filter(a -> a.outcome().status() != 503).map(a -> a.outcome().status() + " "
                                    + a.outcome().body()).distinct().limit(5).toList());
            assertTrue(attempts.stream().allMatch(a -> a.outcome().status() == 200 || a.outcome().status() == 503),
                    () -> "the service answered every request with 200 or 503: " + attempts.stream()
                            .filter(a -> a.outcome().status() != 200 && a.outcome().status() != 503)
                            .map(a -> a.outcome().status() + " " + a.outcome().body()).distinct().limit(5).toList());
            unavailable.forEach(a -> assertTrue(
                    a.outcome().body().contains("\"type\":\"urn:stockpile:problem:service-unavailable\""),
                    () -> "a 503 problem: " + a.outcome().body()));
            Duration slowest = attempts.stream().map(CustodyTraffic.Attempt::latency).max(Duration::compareTo)
                    .orElseThrow();
            assertTrue(slowest.compareTo(BOUND) < 0, "slowest answer " + slowest + " within " + BOUND);
            long recoveredAt = attempts.stream().filter(a -> a.sentAt() >= up && a.outcome().status() == 200)
                    .mapToLong(CustodyTraffic.Attempt::answeredAt).min().orElseThrow();

            Checks checks = Checks.of(attempts);
            try (LedgerAudit audit = new LedgerAudit(jdbcUrl, database.username())) {
                checks.assertLedgerHoldsEachOnce(audit);
                checks.assertChainsVerify(service.uri(), tokens);
            }
            System.out.printf("Database outage test: PostgreSQL down %.1f s under %d clerks' traffic; %d requests "
                    + "during the outage, all 503 problem+json (%d 503s in all); slowest answer %d ms; first "
                    + "operation done %d ms after PostgreSQL was back; %d operations acknowledged, each once in "
                    + "the ledger (%d needed a retry); chains intact.%n", (up - down) / 1e9, CLERKS,
                    duringOutage.size(), unavailable.size(), slowest.toMillis(), (recoveredAt - up) / 1_000_000,
                    checks.acknowledged().size(), checks.retriedToAnswer());
        } finally {
            database.close();
        }
    }

    private static int readiness(ServiceProcess service) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(service.uri().resolve("/q/health/ready"))
                .timeout(BOUND).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
