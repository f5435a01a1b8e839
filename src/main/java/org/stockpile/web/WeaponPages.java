package org.stockpile.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.stockpile.custody.CustodyRecords;
import org.stockpile.custody.Views;
import org.stockpile.security.Roles;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.weapon.WeaponService;
import org.stockpile.weapon.WeaponView;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Weapon search and a weapon's page: what identifies it, where it is and who holds it, and its history as the
 * ledger records it. Another site's weapon is "not found", exactly as the API answers it.
 */
@Path("/app/weapons")
@RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class WeaponPages {

    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance search(String q, Page<WeaponView> results, Pager pager);

        static native TemplateInstance weapon(WeaponView weapon, List<Views.EventView> history);
    }

    private final WeaponService weapons;
    private final CustodyRecords records;
    private final PageContext page;

    WeaponPages(WeaponService weapons, CustodyRecords records, PageContext page) {
        this.weapons = weapons;
        this.records = records;
        this.page = page;
    }

    /** Weapons in scope whose serial numbers or model contain {@code q}, a page at a time. */
    @GET
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int number) {
        Page<WeaponView> results = weapons.list(new WeaponService.Criteria(q, null, null, null, null, null, null),
                new PageRequest(number, PAGE_SIZE, null));
        String query = q == null ? "" : q;
        return page.localized(Templates.search(query, results,
                Pager.of(results, "/app/weapons?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))));
    }

    @GET
    @Path("{id}")
    public TemplateInstance weapon(@PathParam("id") long id) {
        return page.localized(Templates.weapon(weapons.get(id), records.history(id)));
    }
}
