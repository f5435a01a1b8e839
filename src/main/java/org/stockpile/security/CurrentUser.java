package org.stockpile.security;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;

/** The authenticated user of the current request, as services need it: a name, roles and a site scope. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public SiteScope scope() {
        SiteScope scope = identity.getAttribute(ScopeAugmentor.SCOPE_ATTRIBUTE);
        return scope == null ? SiteScope.NONE : scope;
    }
}
