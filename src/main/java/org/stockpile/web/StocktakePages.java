package org.stockpile.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.stockpile.security.CurrentUser;
import org.stockpile.security.Roles;
import org.stockpile.site.SiteService;
import org.stockpile.site.SiteView;
import org.stockpile.stocktake.CountCorrections;
import org.stockpile.stocktake.CountsDue;
import org.stockpile.stocktake.Stocktake;
import org.stockpile.stocktake.StocktakeReport;
import org.stockpile.stocktake.StocktakeRequests;
import org.stockpile.stocktake.StocktakeViews;
import org.stockpile.stocktake.Stocktakes;
import org.stockpile.system.PdfAnswer;
import org.stockpile.system.StoredText;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Stocktakes in the browser, made for a phone: the counts in the person's scope and opening one; a count's counting
 * page, where anyone counting (an inspector too) scans weapon tags, with the storage location they stand at, and
 * counts lots, seeing only running counts; and, apart from it, the findings page of those who reconcile, with
 * recounts, explanations and closing. A scan posted by the page's script comes back as the counting section alone;
 * without the script, the page is shown again.
 */
@Path("/app/stocktakes")
@RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class StocktakePages {

    static final int PAGE_SIZE = 20;
    /** The header the counting script sends to have the counting section answered alone. */
    static final String FRAGMENT = "X-Stockpile-Fragment";

    /**
     * A count's counting page: the count, the running counts, the storage location the counter stands at, and a
     * fresh id for the next scan (so that the same form sent twice is one scan). Nothing of the book.
     */
    public record CountPage(StocktakeViews.StocktakeView stocktake, StocktakeViews.Progress progress,
            String location, String nextScan, boolean reconciles) {

        public boolean open() {
            return stocktake.status() == Stocktake.Status.OPEN;
        }
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance stocktakes(Page<StocktakeViews.StocktakeView> stocktakes, Pager pager,
                List<SiteView> sites, boolean reconciles, List<CountsDue.SiteCounts> late,
                Confirmations.Attempt<?> attempt);

        static native TemplateInstance stocktake(CountPage view, Confirmations.Attempt<?> attempt);

        static native TemplateInstance stocktake$count(CountPage view, Confirmations.Attempt<?> attempt);

        static native TemplateInstance findings(StocktakeViews.StocktakeView stocktake,
                StocktakeViews.Findings findings, String key, Confirmations.Attempt<?> attempt);
    }

    private final Stocktakes stocktakes;
    private final StocktakeReport report;
    private final CountCorrections corrections;
    private final CountsDue countsDue;
    private final SiteService sites;
    private final CurrentUser user;
    private final PageContext page;
    private final Confirmations confirmations;

    StocktakePages(Stocktakes stocktakes, StocktakeReport report, CountCorrections corrections, CountsDue countsDue,
            SiteService sites, CurrentUser user, PageContext page, Confirmations confirmations) {
        this.stocktakes = stocktakes;
        this.report = report;
        this.corrections = corrections;
        this.countsDue = countsDue;
        this.sites = sites;
        this.user = user;
        this.page = page;
        this.confirmations = confirmations;
    }

    /** The counts in scope, the latest first, the form to open one, and the sites late for a count. */
    @GET
    public TemplateInstance stocktakes(@QueryParam("page") @DefaultValue("0") int number) {
        return listPage(number, null);
    }

    private TemplateInstance listPage(int number, Confirmations.Attempt<?> attempt) {
        Page<StocktakeViews.StocktakeView> shown = stocktakes.list(new Stocktakes.Criteria(null, null),
                new PageRequest(number, PAGE_SIZE, "openedAt,desc"));
        return page.localized(Templates.stocktakes(shown, Pager.of(shown, "/app/stocktakes"),
                reconciles() ? sites.visibleActive() : List.of(), reconciles(), countsDue.forSitesInScope(true),
                attempt));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Response open(@RestForm String siteCode, @RestForm String locationTag, @RestForm String scope) {
        var attempt = confirmations.attempt(new StocktakeRequests.Open(StoredText.blankAsNull(siteCode),
                StoredText.blankAsNull(locationTag), scope(scope)), stocktakes::open);
        return attempt.refused() ? Response.ok(listPage(0, attempt)).build() : shown(attempt.answer().id(), "");
    }

    @GET
    @Path("{id}")
    public TemplateInstance stocktake(@PathParam("id") long id, @QueryParam("at") String location) {
        return page.localized(Templates.stocktake(view(id, location), null));
    }

    /** What the count finds against the book, with the forms to recount, explain and close. */
    @GET
    @Path("{id}/findings")
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public TemplateInstance findings(@PathParam("id") long id) {
        return findingsPage(id, null);
    }

    private TemplateInstance findingsPage(long id, Confirmations.Attempt<?> attempt) {
        return page.localized(Templates.findings(stocktakes.get(id), stocktakes.findingsShown(id), Forms.newKey(),
                attempt));
    }

    /** The closed count's report to print and sign, in the person's language. */
    @GET
    @Path("{id}/report.pdf")
    @Produces(PdfAnswer.MEDIA_TYPE)
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Response report(@PathParam("id") long id) {
        return PdfAnswer.of(report.pdf(id, page.locale()), "stocktake-" + id);
    }

    /** A weapon tag scanned where the counter stands; the counting section comes back ready for the next. */
    @POST
    @Path("{id}/scans")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response scan(@PathParam("id") long id, @RestForm String scanId, @RestForm String code,
            @RestForm String location, @HeaderParam(FRAGMENT) String fragment) {
        return count(id, location, fragment, () -> confirmations.attempt(new StocktakeRequests.Scan(uuid(scanId),
                StoredText.blankAsNull(code), StoredText.blankAsNull(location), null),
                request -> stocktakes.scan(id, request)));
    }

    /** A lot counted where the counter stands. */
    @POST
    @Path("{id}/lot-counts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response countLot(@PathParam("id") long id, @RestForm String scanId, @RestForm String lot,
            @RestForm String quantity, @RestForm String location, @HeaderParam(FRAGMENT) String fragment) {
        return count(id, location, fragment, () -> confirmations.attempt(new StocktakeRequests.LotCount(
                uuid(scanId), StoredText.blankAsNull(lot), StoredText.blankAsNull(location), whole(quantity), null),
                request -> stocktakes.countLot(id, request)));
    }

    private Response count(long id, String location, String fragment, Supplier<Confirmations.Attempt<?>> action) {
        stocktakes.get(id);
        Confirmations.Attempt<?> attempt = action.get();
        if (fragment != null) {
            return Response.ok(page.localized(Templates.stocktake$count(view(id, location), attempt))).build();
        }
        return attempt.refused() ? Response.ok(page.localized(Templates.stocktake(view(id, location), attempt)))
                .build() : shown(id, location == null || location.isBlank() ? "#count"
                        : "?at=" + URLEncoder.encode(location.strip(), StandardCharsets.UTF_8) + "#count");
    }

    /** Asks for the items ticked to be counted again. */
    @POST
    @Path("{id}/recounts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Response recount(@PathParam("id") long id, @RestForm("item") List<String> items) {
        return act(id, () -> confirmations.attempt(new StocktakeRequests.Recount(Forms.bounded(items,
                StocktakeRequests.MAX_ITEMS)), request -> stocktakes.recount(id, request)));
    }

    /** Explains the discrepancies of the items ticked. */
    @POST
    @Path("{id}/explanations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Response explain(@PathParam("id") long id, @RestForm("item") List<String> items,
            @RestForm String explanation) {
        return act(id, () -> confirmations.attempt(new StocktakeRequests.Explanation(Forms.bounded(items,
                StocktakeRequests.MAX_ITEMS), StoredText.blankAsNull(explanation)), request -> stocktakes.explain(id,
                        request)));
    }

    /** Reports the missing weapons ticked as lost (or stolen), under the key the page was given. */
    @POST
    @Path("{id}/loss-reports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Response reportLoss(@PathParam("id") long id, @RestForm String key, @RestForm("item") List<String> items,
            @RestForm String kind, @RestForm String explanation) {
        return act(id, () -> confirmations.attempt(new StocktakeRequests.LossEscalation(LossReportPages.kind(kind),
                Forms.bounded(items, StocktakeRequests.MAX_ITEMS), StoredText.blankAsNull(explanation), null, null),
                request -> stocktakes.reportLoss(id, request, key)));
    }

    /** Asks for the moves and adjustments that put the ticked items right, under the key the page was given. */
    @POST
    @Path("{id}/corrections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Response correct(@PathParam("id") long id, @RestForm String key, @RestForm("item") List<String> items,
            @RestForm String explanation) {
        return act(id, () -> confirmations.attempt(new StocktakeRequests.Correction(Forms.bounded(items,
                StocktakeRequests.MAX_ITEMS), StoredText.blankAsNull(explanation)), request -> corrections.correct(id,
                        request, key)));
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Response close(@PathParam("id") long id, @RestForm String remarks) {
        return act(id, () -> confirmations.attempt(new StocktakeRequests.Close(StoredText.blankAsNull(remarks)),
                request -> stocktakes.close(id, request)));
    }

    /** Carries out an action on a count seen first (404 out of scope, as in the API), then shows its page. */
    private Response act(long id, Supplier<Confirmations.Attempt<?>> action) {
        stocktakes.get(id);
        Confirmations.Attempt<?> attempt = action.get();
        return attempt.refused() ? Response.ok(findingsPage(id, attempt)).build() : shown(id, "/findings");
    }

    private CountPage view(long id, String location) {
        return new CountPage(stocktakes.get(id), stocktakes.progress(id), location == null ? "" : location.strip(),
                UUID.randomUUID().toString(), reconciles());
    }

    private boolean reconciles() {
        return user.hasRole(Roles.INSPECTOR) || user.hasRole(Roles.COMMANDER) || user.hasRole(Roles.ADMIN);
    }

    private static Response shown(long id, String suffix) {
        return Response.seeOther(URI.create("/app/stocktakes/" + id + suffix)).build();
    }

    private static Stocktake.Scope scope(String typed) {
        return Forms.read(typed, text -> Stocktake.Scope.valueOf(text.toUpperCase(Locale.ROOT)));
    }

    private static UUID uuid(String typed) {
        return Forms.read(typed, UUID::fromString);
    }

    private static Long whole(String typed) {
        return Forms.read(typed, Long::valueOf);
    }
}
