package org.stockpile.system;

import java.util.TreeMap;
import java.util.stream.StreamSupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Says at start-up in dev mode what a person needs next: where to open the service, the demo users and a
 * ready-to-use command that gets a token.
 */
@ApplicationScoped
public class StartupReport {

    private static final Logger LOG = Logger.getLogger(StartupReport.class);
    private static final String OIDC_URL = "quarkus.oidc.auth-server-url";
    private static final String DEMO_USER_PREFIX = "quarkus.oidc.devservices.roles.";

    // After the other start-up work (the demo data in particular), so that the banner is the last thing printed.
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event, Config config,
            LaunchMode mode) {
        if (mode == LaunchMode.DEVELOPMENT) {
            LOG.info(devBanner(config, config.getOptionalValue(OIDC_URL, String.class).orElse("<no OIDC provider>")));
        }
    }

    private static String devBanner(Config config, String oidc) {
        String http = "http://localhost:" + config.getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
        TreeMap<String, String> users = new TreeMap<>();
        StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith(DEMO_USER_PREFIX))
                .forEach(name -> users.put(name.substring(DEMO_USER_PREFIX.length()), config.getValue(name,
                        String.class)));
        StringBuilder banner = new StringBuilder(
                "\n\n  Stockpile is running (dev mode, embedded PostgreSQL, demo data)\n")
                .append("    Application  ").append(http).append("/app (sign in by choosing a demo user)\n")
                .append("    API          ").append(http).append("/api/...\n")
                .append("    Swagger UI   ").append(http).append("/q/swagger-ui\n")
                .append("    OpenAPI      ").append(http).append("/q/openapi\n")
                .append("    Health       ").append(http).append("/q/health\n")
                .append("  Demo users (any password), with their roles and scope:\n");
        users.forEach((user, roles) -> banner.append(String.format("    %-20s %s%n", user, roles)));
        banner.append("  Get a token and call the API, e.g. as the Gao armoury clerk:\n")
                .append("    TOKEN=$(curl -s -d grant_type=password -d client_id=stockpile-api -d username=clerk-gao")
                .append(" -d password=demo ").append(oidc)
                .append("/token | grep -o '\"access_token\":\"[^\"]*' | cut -d'\"' -f4)\n")
                .append("    curl -H \"Authorization: Bearer $TOKEN\" '").append(http)
                .append("/api/weapons?siteCode=ARM-GAO-01&size=5'\n");
        return banner.toString();
    }
}
