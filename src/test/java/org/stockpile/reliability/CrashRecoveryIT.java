package org.stockpile.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.support.CustodyTraffic;
import org.stockpile.support.LedgerAudit;
import org.stockpile.support.ServiceProcess;
import org.stockpile.support.TokenMinter;
import org.stockpile.system.EmbeddedDatabase;

/**
 * The service is killed with -9 in the middle of counter traffic and started again. Everything it acknowledged
 * must be in the ledger once, the chains must verify, and no weapon may be in two states. The clerks keep retrying
 * what was in flight with the same Idempotency-Key, as the scanning app does, and must each get one answer.
 */
class CrashRecoveryIT {

    private static final int CLERKS = 8;
    private static final int KILLS = 3;

    @TempDir
    Path data;

    @Test
    void killedUnderLoadItLosesNothingItAcknowledged() throws Exception {
        TokenMinter tokens = new TokenMinter();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data)) {
            Map<String, String> environment = ServiceProcess.environment(database.jdbcUrl(), database.username(),
                    tokens, 0.05);
            int port = ServiceProcess.freePort();
            AtomicReference<ServiceProcess> service = new AtomicReference<>(
                    ServiceProcess.launch("crash-it", environment, List.of(), port));
            try {
                service.get().awaitReady();
                CustodyTraffic traffic = CustodyTraffic.at(database.jdbcUrl(), database.username(), tokens);
                CustodyTraffic.Counters counters = traffic.open(CLERKS, () -> service.get().uri());
                int acknowledgedBeforeKill = 0;
                for (int kill = 1; kill <= KILLS; kill++) {
                    assertTrue(counters.awaitAcknowledged(acknowledgedBeforeKill + 200),
                            "traffic before kill " + kill);
                    service.get().kill();
                    acknowledgedBeforeKill = counters.acknowledged();
                    service.set(ServiceProcess.launch("crash-it", environment, List.of(), port));
                    service.get().awaitReady();
                }
                assertTrue(counters.awaitAcknowledged(acknowledgedBeforeKill + 200),
                        "traffic after the last restart");
                List<CustodyTraffic.Attempt> attempts = counters.close();

                Checks checks = Checks.of(attempts);
                try (LedgerAudit audit = new LedgerAudit(database.jdbcUrl(), database.username())) {
                    checks.assertLedgerHoldsEachOnce(audit);
                    checks.assertChainsVerify(service.get().uri(), tokens);
                    System.out.printf("Crash test: %d kill -9 under %d clerks' traffic; %d attempts, %d "
                            + "operations acknowledged and each found once in the ledger (%d of them answered only "
                            + "after a restart); %d events checked; chains intact; no weapon in two states.%n",
                            KILLS, CLERKS, attempts.size(), checks.acknowledged().size(), checks.retriedToAnswer(),
                            audit.events());
                }
            } finally {
                service.get().close();
            }
        }
    }
}
