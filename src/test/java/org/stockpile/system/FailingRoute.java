package org.stockpile.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * A route that fails outside the REST resources, as a framework defect or an unforeseen state would, with a
 * message that must not reach the client. Present in the test application only.
 */
@ApplicationScoped
public class FailingRoute {

    static final String PATH = "/test-only/failing-route";
    static final String SECRET = "select password from users";

    void install(@Observes Router router) {
        router.get(PATH).handler(context -> context.fail(new IllegalStateException(SECRET)));
    }
}
