package org.stockpile.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.stockpile.custody.CustodyRecords;
import org.stockpile.custody.Views;
import org.stockpile.person.PersonService;
import org.stockpile.person.PersonView;
import org.stockpile.security.Roles;
import org.stockpile.site.SiteService;
import org.stockpile.site.SiteView;
import org.stockpile.system.TagCode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A person's page with what they hold, and a site's page with its weapons by state and who holds what: the same
 * records, roles and scope as the API's (another site's person or site is "not found").
 */
@Path("/app")
@RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class RegistryPages {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance person(PersonView person, List<Views.WeaponLine> holdings);

        static native TemplateInstance site(SiteView site, Views.Inventory inventory);
    }

    private final PersonService persons;
    private final SiteService sites;
    private final CustodyRecords records;
    private final PageContext page;

    RegistryPages(PersonService persons, SiteService sites, CustodyRecords records, PageContext page) {
        this.persons = persons;
        this.sites = sites;
        this.records = records;
        this.page = page;
    }

    /** A person by number, or by the code on their badge (as a weapon's page names its holder). */
    @GET
    @Path("persons/{reference}")
    public TemplateInstance person(@PathParam("reference") String reference) {
        long id = reference.chars().allMatch(Character::isDigit) && !reference.isEmpty() && reference.length() < 19
                ? Long.parseLong(reference) : TagCode.parse(reference).number();
        return page.localized(Templates.person(persons.get(id), records.holdings(id)));
    }

    @GET
    @Path("sites/{id}")
    public TemplateInstance site(@PathParam("id") long id) {
        return page.localized(Templates.site(sites.get(id), records.inventory(id)));
    }
}
