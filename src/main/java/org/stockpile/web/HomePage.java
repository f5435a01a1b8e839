package org.stockpile.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.stockpile.custody.CustodyRecords;
import org.stockpile.custody.PendingOperations;
import org.stockpile.custody.Views;
import org.stockpile.security.CurrentUser;
import org.stockpile.security.Roles;
import org.stockpile.security.SiteScope;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.weapon.Weapon;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The home page opens on what the person needs first: a clerk, the counter and today's movements at their sites;
 * whoever approves, the operations waiting; a commander, inspector or administrator, the weapons of each site in
 * scope by state.
 */
@Path("/app")
@Authenticated
public class HomePage {

    /** The most movements the home page lists. */
    static final int MOVEMENTS = 30;
    /** Only the number waiting is shown: the smallest page gives it. */
    private static final PageRequest COUNT_ONLY = new PageRequest(0, 1, null);

    /** What the home page shows; a part the person's roles do not open is null. */
    public record Home(String name, List<String> roles, SiteScope scope, List<Views.EventView> movements,
            Long waiting, Map<String, Map<Weapon.State, Long>> sites, List<Weapon.State> states) {
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance home(Home home);
    }

    private final CurrentUser user;
    private final PageContext page;
    private final CustodyRecords records;
    private final PendingOperations pending;

    HomePage(CurrentUser user, PageContext page, CustodyRecords records, PendingOperations pending) {
        this.user = user;
        this.page = page;
        this.records = records;
        this.pending = pending;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        List<String> roles = Roles.ALL.stream().filter(user::hasRole).toList();
        List<Views.EventView> movements = page.mayOpen("counter") ? records.movements(page.startOfToday(),
                MOVEMENTS) : null;
        Long waiting = page.mayOpen("approvals") ? pending.pending(null, COUNT_ONLY).totalItems() : null;
        boolean oversees = user.hasRole(Roles.COMMANDER) || user.hasRole(Roles.INSPECTOR)
                || user.hasRole(Roles.ADMIN);
        return page.localized(Templates.home(new Home(user.name(), roles, user.scope(), movements, waiting,
                oversees ? records.countsBySite() : null, List.of(Weapon.State.values()))));
    }
}
