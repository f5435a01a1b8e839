package org.stockpile.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Declares the test database once for every {@code @QuarkusTest}, so that they all share one application. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
