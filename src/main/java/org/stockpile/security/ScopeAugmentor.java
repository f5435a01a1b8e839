package org.stockpile.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The one place where a token becomes a Stockpile user: the roles come from the OIDC extension (the {@code groups}
 * claim unless configured otherwise), the site scope from the claim named by {@code stockpile.security.scope-claim}
 * and is attached to the identity as the {@link #SCOPE_ATTRIBUTE} attribute.
 */
@ApplicationScoped
public class ScopeAugmentor implements SecurityIdentityAugmentor {

    public static final String SCOPE_ATTRIBUTE = "stockpile.scope";

    private final String scopeClaim;

    ScopeAugmentor(@ConfigProperty(name = "stockpile.security.scope-claim") String scopeClaim) {
        this.scopeClaim = scopeClaim;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        SiteScope scope = SiteScope.parse(claimValues(token.getClaim(scopeClaim)));
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addAttribute(SCOPE_ATTRIBUTE, scope)
                .build());
    }

    private static Collection<String> claimValues(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString string) {
                    values.add(string.getString());
                }
            }
        } else if (claim instanceof JsonString string) {
            values.add(string.getString());
        } else if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> values.add(String.valueOf(value)));
        } else if (claim instanceof String string) {
            values.addAll(List.of(string.split("[,\\s]+")));
        }
        return values;
    }
}
