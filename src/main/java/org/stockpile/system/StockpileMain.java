package org.stockpile.system;

import java.nio.file.Path;
import java.util.function.BiConsumer;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the packaged service and of dev mode. Before Quarkus starts it decides where the database is:
 * with no JDBC URL configured it starts the embedded PostgreSQL and points the datasource at it, so that Flyway
 * and Hibernate find a running server. When the service cannot start, it says what to do about the usual causes.
 *
 * <p>Quarkus has not yet applied its profiles here: only the default values, system properties and environment
 * variables are seen. Dev mode sets its own default data directory as a system property (see pom.xml), which
 * STOCKPILE_EMBEDDED_DB_DATA_DIR overrides as it does for the packaged service.
 */
@QuarkusMain
public class StockpileMain {

    private static final Logger LOG = Logger.getLogger(StockpileMain.class);
    private static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    private static final String USERNAME = "quarkus.datasource.username";
    private static final String DATA_DIRECTORY = "stockpile.embedded-db.data-dir";

    public static void main(String... args) {
        Config config = ConfigProvider.getConfig();
        // A dev-mode restart runs main again in the same JVM: the URL set below is then already configured.
        if (config.getOptionalValue(JDBC_URL, String.class).isEmpty()) {
            try {
                startEmbeddedDatabase(Path.of(config.getValue(DATA_DIRECTORY, String.class)));
            } catch (IllegalStateException inUse) {
                // Said on the console itself: the log may not be written out before the process ends.
                System.err.println("Stockpile cannot start: " + inUse.getMessage());
                System.err.flush();
                System.exit(1);
            }
        }
        BiConsumer<Integer, Throwable> standardExit = ApplicationLifecycleManager.getDefaultExitCodeHandler();
        Quarkus.run(null, (code, failure) -> {
            explain(failure);
            standardExit.accept(code, failure);
        }, args);
    }

    /** Turns the start-up failures a new operator meets first into instructions. */
    private static void explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("quarkus.oidc.auth-server-url")) {
                LOG.error("Stockpile cannot start: no OIDC provider is configured. Set QUARKUS_OIDC_AUTH_SERVER_URL to "
                        + "the provider's issuer URL (with the Keycloak realm of deploy/keycloak: "
                        + "https://<keycloak host>/realms/stockpile). See README.md, 'Running in production'.");
                return;
            }
        }
        if (failure != null) {
            LOG.error("Stockpile cannot start", failure);
        }
    }

    private static void startEmbeddedDatabase(Path dataDirectory) {
        LOG.infof("No %s configured: starting the embedded PostgreSQL (set QUARKUS_DATASOURCE_JDBC_URL to use "
                + "another server)", JDBC_URL);
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
        System.setProperty(JDBC_URL, database.jdbcUrl());
        System.setProperty(USERNAME, database.username());
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-postgres-stop"));
    }
}
