package org.stockpile.report;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stockpile.security.Roles;
import org.stockpile.system.CsvWriter;
import org.stockpile.system.problem.ProblemException;

@Path("/api/reports/ammunition")
@Tag(name = "Reports", description = "Ammunition reports in JSON, or CSV with Accept: text/csv")
@Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
@RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
public class ReportResource {

    private final ReportService reports;

    ReportResource(ReportService reports) {
        this.reports = reports;
    }

    /** NEQ per storehouse and hazard division against its licence, with the headroom left. */
    @GET
    @Path("neq")
    public List<Reports.NeqLine> neq() {
        return reports.neq();
    }

    /** Lots held that expire within 30, 60 or 90 days, or already have. */
    @GET
    @Path("expiring")
    public List<Reports.LotAtSite> expiring(@QueryParam("days") @DefaultValue("" + Reports.EXPIRING_DAYS) int days) {
        return reports.expiring(window(days));
    }

    /** Lots held whose surveillance is due within 30, 60 or 90 days, or overdue (negative days left). */
    @GET
    @Path("surveillance")
    public List<Reports.LotAtSite> surveillance(
            @QueryParam("days") @DefaultValue("" + Reports.SURVEILLANCE_DAYS) int days) {
        return reports.surveillance(window(days));
    }

    @GET
    @Path("balances")
    public List<Reports.BalanceLine> balances() {
        return reports.balances(null);
    }

    @GET
    @Path("restricted")
    public List<Reports.LotAtSite> restricted() {
        return reports.restricted();
    }

    static int window(int days) {
        if (!Reports.WINDOWS.contains(days)) {
            throw ProblemException.rule("days", "problem.reports.window");
        }
        return days;
    }
}
