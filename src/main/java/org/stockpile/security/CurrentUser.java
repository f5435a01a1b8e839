package org.stockpile.security;

import jakarta.enterprise.context.RequestScoped;

import org.stockpile.system.StoredText;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

import io.quarkus.security.identity.SecurityIdentity;

/** The authenticated user of the current request, as services need it: a name, roles and a site scope. */
@RequestScoped
public class CurrentUser {

    /** The longest user name the records keep (their "by" columns). */
    public static final int MAX_NAME_LENGTH = 100;

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * The user's name as every record keeps it (requested by, approved by, retired by…). A name the records could
     * not keep exactly (too long, or with characters that cannot be stored) is refused rather than altered.
     */
    public String name() {
        String name = identity.getPrincipal().getName();
        if (name == null || name.isBlank() || StoredText.length(name) > MAX_NAME_LENGTH
                || !StoredText.isStorable(name)) {
            throw new ProblemException(ProblemType.FORBIDDEN, null, "problem.forbidden.unusable-name",
                    MAX_NAME_LENGTH);
        }
        return name;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public SiteScope scope() {
        SiteScope scope = identity.getAttribute(ScopeAugmentor.SCOPE_ATTRIBUTE);
        return scope == null ? SiteScope.NONE : scope;
    }
}
