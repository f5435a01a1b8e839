package org.stockpile.support;

import java.util.Map;

import org.stockpile.system.EmbeddedDatabase;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives the test run its own throw-away PostgreSQL: the real server, from the same binaries as the embedded
 * default, on a temporary directory removed at the end.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        database = EmbeddedDatabase.startThrowAway();
        return Map.of("quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username());
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
