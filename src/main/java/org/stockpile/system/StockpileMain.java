package org.stockpile.system;

import java.nio.file.Path;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the packaged service and of dev mode. Before Quarkus starts it decides where the database is:
 * with no JDBC URL configured it starts the embedded PostgreSQL and points the datasource at it, so that Flyway
 * and Hibernate find a running server.
 *
 * <p>Quarkus has not yet applied its profiles here: only the default values, system properties and environment
 * variables are seen. Dev mode sets its own data directory as a system property (see pom.xml).
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
            startEmbeddedDatabase(Path.of(config.getValue(DATA_DIRECTORY, String.class)));
        }
        Quarkus.run(args);
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
