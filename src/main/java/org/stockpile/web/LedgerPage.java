package org.stockpile.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.stockpile.custody.CustodyLedger;
import org.stockpile.custody.CustodyRecords;
import org.stockpile.security.CurrentUser;
import org.stockpile.security.Roles;
import org.stockpile.site.SiteService;
import org.stockpile.site.SiteView;
import org.stockpile.system.StoredText;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Verification of the custody ledger, as an inspector runs it: one site's chain, or every chain for a person of
 * national scope; each break with where it is and who first found it. Verifying is asked for, never run on its own.
 */
@Path("/app/ledger")
@RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class LedgerPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance ledger(List<SiteView> sites, boolean national, String site,
                CustodyLedger.Report report);
    }

    private final CustodyRecords records;
    private final SiteService sites;
    private final CurrentUser user;
    private final PageContext page;

    LedgerPage(CustodyRecords records, SiteService sites, CurrentUser user, PageContext page) {
        this.records = records;
        this.sites = sites;
        this.user = user;
        this.page = page;
    }

    /** The form; with {@code verify}, the verification of {@code site} (every chain when left empty). */
    @GET
    public TemplateInstance ledger(@QueryParam("site") String site, @QueryParam("verify") String verify) {
        String chosen = StoredText.blankAsNull(site);
        CustodyLedger.Report report = verify == null ? null : records.verify(chosen);
        return page.localized(Templates.ledger(sites.visibleActive(), user.scope().national(),
                chosen == null ? "" : chosen, report));
    }
}
