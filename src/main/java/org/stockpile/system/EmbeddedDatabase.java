package org.stockpile.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run from the binaries shipped in a Maven artifact, so that a laptop or a single depot
 * needs nothing but a JDK. Its data directory survives restarts unless the caller asks for a throw-away one.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";
    private static final int ANY_PORT = 0;

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    /** Held while this process owns the data directory; the operating system releases it if the process dies. */
    private final FileChannel ownership;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, FileChannel ownership) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.ownership = ownership;
    }

    /**
     * Starts PostgreSQL on a free loopback port. An existing cluster in {@code dataDirectory} is reused as it is;
     * an empty or missing directory is initialised first.
     */
    public static EmbeddedDatabase start(Path dataDirectory) {
        return start(dataDirectory, ANY_PORT);
    }

    /**
     * Starts PostgreSQL on {@code port} of the loopback interface (any free port when 0), reusing or initialising
     * {@code dataDirectory} as {@link #start(Path)} does: a server stopped and started again on the same port is
     * what an outage and its end look like to the service.
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        FileChannel ownership = null;
        try {
            Files.createDirectories(dataDirectory);
            ownership = claim(dataDirectory);
            stopOrphanedServer(dataDirectory);
            // The library starts PostgreSQL as tests want it, fast and fragile: fsync off (-F, which a power cut
            // turns into a corrupt database) and synchronous_commit off (an acknowledged operation lost). A depot's
            // server is the ledger itself: each commit waits until it is on disk (a later -c overrides -F).
            EmbeddedPostgres.Builder builder = builder(dataDirectory).setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
            if (port != ANY_PORT) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDirectory, ownership);
            LOG.infof("Embedded PostgreSQL started on %s with data in %s", database.jdbcUrl(), dataDirectory);
            return database;
        } catch (IOException e) {
            release(ownership);
            throw new UncheckedIOException("Could not start the embedded PostgreSQL with data in " + dataDirectory
                    + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            release(ownership);
            throw e;
        }
    }

    /** Starts PostgreSQL on a fresh temporary directory that is removed when it is closed: for tests. */
    public static EmbeddedDatabase startThrowAway() {
        try {
            Path directory = Files.createTempDirectory("stockpile-test-db");
            // Durability is pointless for data deleted at the end of the run; speed is not.
            EmbeddedPostgres postgres = builder(directory).setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            return new EmbeddedDatabase(postgres, directory, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a throw-away embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path dataDirectory) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .setPGStartupWait(Duration.ofSeconds(60));
    }

    /**
     * Takes ownership of the data directory through a lock on a file beside it (inside, it would stop initdb from
     * using a new directory), which names the owner's process. A directory another live service owns is refused,
     * naming that process: its PostgreSQL is in use, not orphaned.
     */
    private static FileChannel claim(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            lock = null;
        }
        if (lock == null) {
            String owner = Files.readString(lockFile, StandardCharsets.US_ASCII).trim();
            channel.close();
            throw new IllegalStateException("The embedded database directory " + dataDirectory + " is in use by "
                    + "another Stockpile (process " + (owner.isEmpty() ? "unknown" : owner) + "). Stop it, or give "
                    + "this one another directory with STOCKPILE_EMBEDDED_DB_DATA_DIR.");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid())
                .getBytes(StandardCharsets.US_ASCII)));
        channel.force(false);
        return channel;
    }

    private static void release(FileChannel ownership) {
        if (ownership != null) {
            try {
                ownership.close();
            } catch (IOException e) {
                LOG.warnf("Could not release the embedded database directory: %s", e.getMessage());
            }
        }
    }

    /**
     * A service killed with -9 leaves its PostgreSQL child running on the data directory, which would refuse the
     * next start. Only a server whose owner is gone comes here (the owner's lock was free), so it has lost its only
     * client: it is asked to shut down (SIGTERM: a smart shutdown that completes what was committed).
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isReadable(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        if (!firstLine.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(firstLine))
                .filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(process -> {
                    LOG.warnf("Stopping an orphaned embedded PostgreSQL (pid %d) left on %s", process.pid(),
                            dataDirectory);
                    process.destroy();
                    process.onExit().orTimeout(60, TimeUnit.SECONDS).join();
                });
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public String username() {
        return USER;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
            LOG.infof("Embedded PostgreSQL stopped (data in %s)", dataDirectory);
        } catch (IOException e) {
            LOG.warnf("Embedded PostgreSQL did not stop cleanly: %s", e.getMessage());
        } finally {
            release(ownership);
        }
    }
}
