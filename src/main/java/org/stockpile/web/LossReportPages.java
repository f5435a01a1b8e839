package org.stockpile.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.stockpile.ammo.AmmunitionCustodyRequest;
import org.stockpile.custody.CustodyRequest;
import org.stockpile.loss.Investigation;
import org.stockpile.loss.LossReport;
import org.stockpile.loss.LossReportRequests;
import org.stockpile.loss.LossReportViews;
import org.stockpile.loss.LossReports;
import org.stockpile.security.CurrentUser;
import org.stockpile.security.Roles;
import org.stockpile.site.SiteService;
import org.stockpile.site.SiteView;
import org.stockpile.system.StoredText;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Loss and theft reports in the browser: the reports in the person's scope and the form a clerk (or anyone who finds
 * a loss) fills in at once; a report, with its weapons, where its loss stands in the ledger, and its investigation,
 * which inspectors and commanders follow from the same page. Each form carries the key it is sent under, so that a
 * form sent twice files one report.
 */
@Path("/app/loss-reports")
@RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class LossReportPages {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance lossReports(Page<LossReportViews.LossReportLine> reports, Pager pager,
                List<SiteView> sites, String key, LocalDate today, Confirmations.Attempt<?> attempt);

        static native TemplateInstance lossReport(LossReportViews.LossReportView report, boolean investigates,
                String key, Confirmations.Attempt<?> attempt);
    }

    private final LossReports reports;
    private final SiteService sites;
    private final CurrentUser user;
    private final PageContext page;
    private final Confirmations confirmations;
    private final Clock clock;

    LossReportPages(LossReports reports, SiteService sites, CurrentUser user, PageContext page,
            Confirmations confirmations, Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.sites = sites;
        this.user = user;
        this.page = page;
        this.confirmations = confirmations;
    }

    @GET
    public TemplateInstance lossReports(@QueryParam("page") @DefaultValue("0") int number) {
        return listPage(number, Forms.newKey(), null);
    }

    private TemplateInstance listPage(int number, String key, Confirmations.Attempt<?> attempt) {
        Page<LossReportViews.LossReportLine> shown = reports.list(new LossReports.Criteria(null, null),
                new PageRequest(number, PAGE_SIZE, "reportedAt,desc"));
        return page.localized(Templates.lossReports(shown, Pager.of(shown, "/app/loss-reports"),
                sites.visibleActive(), key, LocalDate.now(clock), attempt));
    }

    /** Files a report under the form's key; a refusal shows the list again with the same key, to be sent again. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(@RestForm String key, @RestForm String kind, @RestForm String siteCode,
            @RestForm String weapons, @RestForm String lots, @RestForm String discoveredOn,
            @RestForm String lastVerifiedOn, @RestForm String place, @RestForm String circumstances,
            @RestForm String policeReference) {
        var attempt = confirmations.attempt(new LossReportRequests.Filing(kind(kind), tags(weapons),
                date(discoveredOn), date(lastVerifiedOn), StoredText.blankAsNull(place),
                StoredText.blankAsNull(circumstances), StoredText.blankAsNull(policeReference),
                StoredText.blankAsNull(siteCode), lots(lots)), filing -> reports.file(filing, key));
        return attempt.refused() ? Response.ok(listPage(0, key, attempt)).build()
                : shown(Long.parseLong(confirmations.field(attempt.answer(), "id")));
    }

    @GET
    @Path("{id}")
    public TemplateInstance lossReport(@PathParam("id") long id) {
        return reportPage(id, Forms.newKey(), null);
    }

    private TemplateInstance reportPage(long id, String key, Confirmations.Attempt<?> attempt) {
        return page.localized(Templates.lossReport(reports.get(id), investigates(), key, attempt));
    }

    /** Records a step of the investigation under the form's key. */
    @POST
    @Path("{id}/entries")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Response record(@PathParam("id") long id, @RestForm String key, @RestForm String status,
            @RestForm String policeReference, @RestForm String note) {
        reports.get(id);
        var attempt = confirmations.attempt(new LossReportRequests.Entry(Forms.read(status, Investigation::valueOf),
                StoredText.blankAsNull(policeReference), StoredText.blankAsNull(note)),
                entry -> reports.record(id, entry, key));
        return attempt.refused() ? Response.ok(reportPage(id, key, attempt)).build() : shown(id);
    }

    private boolean investigates() {
        return user.hasRole(Roles.INSPECTOR) || user.hasRole(Roles.COMMANDER) || user.hasRole(Roles.ADMIN);
    }

    private static Response shown(long id) {
        return Response.seeOther(URI.create("/app/loss-reports/" + id)).build();
    }

    static LossReport.Kind kind(String typed) {
        return Forms.read(typed, text -> LossReport.Kind.valueOf(text.toUpperCase(Locale.ROOT)));
    }

    /** The tags typed or scanned into one field, one after another; no more than a report may name. */
    private static List<String> tags(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Forms.bounded(Arrays.asList(typed.strip().split("[\\s,;]+")), CustodyRequest.MAX_WEAPONS + 1);
    }

    /**
     * The lots typed or scanned, a line each: the lot's tag, the quantity lost and perhaps the storage location's tag;
     * a quantity that is not a whole number is left out, for the service to ask for. No more than a report may name.
     */
    private static List<LossReportRequests.LostLot> lots(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Forms.bounded(Arrays.asList(typed.strip().split("\\R+")), AmmunitionCustodyRequest.MAX_LINES + 1)
                .stream().map(line -> line.strip().split("[\\s,;]+", 3))
                .map(words -> new LossReportRequests.LostLot(words[0], words.length < 2 ? null
                        : Forms.read(words[1], Long::valueOf), words.length < 3 ? null : words[2]))
                .toList();
    }

    private static LocalDate date(String typed) {
        return Forms.read(typed, LocalDate::parse);
    }
}
