package org.stockpile.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.stockpile.security.CurrentUser;
import org.stockpile.security.Roles;
import org.stockpile.security.SiteScope;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The application's home page, for a person signed in through the browser (the authorization-code flow): who they
 * are, and what their roles and scope let them do.
 */
@Path("/app")
@Authenticated
public class HomePage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance home(String name, List<String> roles, SiteScope scope);
    }

    private final CurrentUser user;
    private final PageContext page;

    HomePage(CurrentUser user, PageContext page) {
        this.user = user;
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        List<String> roles = Roles.ALL.stream().filter(user::hasRole).toList();
        return page.localized(Templates.home(user.name(), roles, user.scope()));
    }
}
