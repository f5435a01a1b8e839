package org.stockpile.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Signs bearer tokens for a packaged service started by a test or benchmark, as the production identity provider
 * would: RS256, the service's audience, the roles in {@code groups} and the site scope in {@code stockpile_scope}.
 * The service checks them against {@link #serviceEnvironment()}'s public key (Quarkus OIDC's local verification),
 * so a run needs no identity provider process competing for the two cores.
 */
public final class TokenMinter {

    public static final String ISSUER = "https://idp.stockpile.invalid/realms/stockpile";
    private static final String AUDIENCE = "stockpile-api";

    private final KeyPair keys;

    public TokenMinter() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every Java platform", e);
        }
    }

    /** The service's OIDC settings: tokens are checked with this minter's public key, issuer and audience. */
    public Map<String, String> serviceEnvironment() {
        return Map.of("QUARKUS_OIDC_PUBLIC_KEY", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                "QUARKUS_OIDC_TOKEN_ISSUER", ISSUER);
    }

    /**
     * Settings that let the benchmark reach the pages with these same tokens: the pages' tenant takes bearer tokens
     * checked with this minter's key instead of signing people in, so that a load generator measures the pages'
     * server time without a browser. Production keeps the pages to the browser sign-in.
     */
    public Map<String, String> pagesEnvironment() {
        return Map.of("QUARKUS_OIDC_WEB_TENANT_ENABLED", "true", "QUARKUS_OIDC_WEB_APPLICATION_TYPE", "service",
                "QUARKUS_OIDC_WEB_PUBLIC_KEY", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                "QUARKUS_OIDC_WEB_TOKEN_ISSUER", ISSUER, "QUARKUS_OIDC_WEB_ROLES_SOURCE", "accesstoken");
    }

    /**
     * The token of the storekeeper of one site, as the counter traffic and the benchmark use it: the demo data links
     * the account "clerk-" and the site's code in lower case to a certified person of that site.
     */
    public String clerk(String siteCode) {
        return token("clerk-" + siteCode.toLowerCase(Locale.ROOT), "clerk", "site:" + siteCode);
    }

    /** A token valid for an hour for {@code user}, with one role and scope entries such as "site:ARM-GAO-01". */
    public String token(String user, String role, String... scope) {
        return Jwt.issuer(ISSUER).subject(user).preferredUserName(user).audience(AUDIENCE).groups(Set.of(role))
                .claim("stockpile_scope", List.of(scope)).expiresIn(3600).jws().keyId("test")
                .sign(keys.getPrivate());
    }
}
