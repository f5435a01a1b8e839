package org.stockpile.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.stockpile.report.ReportService;
import org.stockpile.report.Reports;
import org.stockpile.security.Roles;
import org.stockpile.site.SiteService;
import org.stockpile.site.SiteView;
import org.stockpile.system.CsvWriter;
import org.stockpile.system.Messages;
import org.stockpile.system.StoredText;
import org.stockpile.system.problem.ProblemException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The ammunition reports on screen, each with its CSV: NEQ against each licence with its headroom, lots expiring
 * within 90 days, surveillance due within 30 days, restricted lots, and a site's stock (every lot's balance there;
 * every site's in CSV). Same reports, roles and scope as the API's.
 */
@Path("/app/reports")
@RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
public class ReportsPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance reports(List<Reports.NeqLine> neq, List<Reports.LotAtSite> expiring,
                List<Reports.LotAtSite> surveillance, List<Reports.LotAtSite> restricted, List<SiteView> sites,
                String site, List<Reports.BalanceLine> balances);
    }

    private final ReportService reports;
    private final SiteService sites;
    private final PageContext page;

    ReportsPage(ReportService reports, SiteService sites, PageContext page) {
        this.reports = reports;
        this.sites = sites;
        this.page = page;
    }

    /** The reports; with {@code site}, that site's ammunition stock (every lot's balance there) too. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance reports(@QueryParam("site") String site) {
        String chosen = StoredText.blankAsNull(site);
        List<Reports.BalanceLine> balances = chosen == null ? List.of() : reports.balances(chosen);
        return page.localized(Templates.reports(reports.neq(), reports.expiring(Reports.EXPIRING_DAYS),
                reports.surveillance(Reports.SURVEILLANCE_DAYS), reports.restricted(), sites.visibleActive(),
                chosen == null ? "" : chosen, balances));
    }

    /** One report as CSV, as a spreadsheet opens it. */
    @GET
    @Path("{name}.csv")
    @Produces(CsvWriter.TEXT_CSV)
    public List<?> csv(@PathParam("name") String name) {
        return switch (name) {
            case "neq" -> reports.neq();
            case "expiring" -> reports.expiring(Reports.EXPIRING_DAYS);
            case "surveillance" -> reports.surveillance(Reports.SURVEILLANCE_DAYS);
            case "restricted" -> reports.restricted();
            case "balances" -> reports.balances(null);
            default -> throw ProblemException.notFound(new Messages.Key("record.report"), name);
        };
    }
}
