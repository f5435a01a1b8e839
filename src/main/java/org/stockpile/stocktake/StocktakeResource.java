package org.stockpile.stocktake;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.stockpile.loss.LossReportViews;
import org.stockpile.security.Roles;
import org.stockpile.system.Idempotency;
import org.stockpile.system.Messages;
import org.stockpile.system.PdfAnswer;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.Problem;

/**
 * Stocktakes. Inspectors and commanders open, reconcile and close them; clerks count too. A counter's answers carry
 * running counts only: the book reaches only those who reconcile, through the findings.
 */
@Path("/api/stocktakes")
@Tag(name = "Stocktakes", description = "Counts of a site's weapons and lots against the book, blind, by scanning")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StocktakeResource {

    /** The header giving the SHA-256 of the findings' bytes, as kept when the count closed. */
    static final String FINDINGS_HASH = "Stockpile-Findings-SHA256";

    private final Stocktakes stocktakes;
    private final CountsDue countsDue;
    private final StocktakeReport report;
    private final CountCorrections corrections;

    StocktakeResource(Stocktakes stocktakes, CountsDue countsDue, StocktakeReport report,
            CountCorrections corrections) {
        this.report = report;
        this.corrections = corrections;
        this.stocktakes = stocktakes;
        this.countsDue = countsDue;
    }

    @GET
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Page<StocktakeViews.StocktakeView> list(@QueryParam("siteCode") String siteCode,
            @QueryParam("status") Stocktake.Status status, @BeanParam PageRequest page) {
        return stocktakes.list(new Stocktakes.Criteria(siteCode, status), page);
    }

    /**
     * When each site in scope is next due for each count national policy sets for its kind; with
     * {@code late=true}, the sites with a count overdue or never done.
     */
    @GET
    @Path("schedule")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public List<CountsDue.SiteCounts> schedule(@QueryParam("late") boolean late) {
        return countsDue.forSitesInScope(late);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public StocktakeViews.StocktakeView get(@PathParam("id") long id) {
        return stocktakes.get(id);
    }

    /** Opens a count of a site, or of one storage location, snapshotting the book. */
    @POST
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    @ResponseStatus(201)
    @APIResponseSchema(value = StocktakeViews.StocktakeView.class, responseCode = "201", responseDescription = "Opened")
    public StocktakeViews.StocktakeView open(@NotNull @Valid StocktakeRequests.Open request) {
        return stocktakes.open(request);
    }

    /** Records a weapon tag scanned: 201 the first time, 200 for the same scan (same id) sent again. */
    @POST
    @Path("{id}/scans")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StocktakeViews.ScanReceipt.class)))
    @APIResponse(responseCode = "200", description = "Already recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StocktakeViews.ScanReceipt.class)))
    public Response scan(@PathParam("id") long id, @NotNull @Valid StocktakeRequests.Scan request) {
        StocktakeViews.ScanReceipt receipt = stocktakes.scan(id, request);
        return Response.status(receipt.recorded() ? 201 : 200).entity(receipt).build();
    }

    /**
     * Escalates weapons the count could not find as one loss (or theft) report, which explains them: the loss is
     * submitted under the two-person rule (201 with the report).
     */
    @POST
    @Path("{id}/loss-reports")
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    @APIResponse(responseCode = "201", description = "Reported", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LossReportViews.LossReportView.class)))
    @APIResponse(responseCode = "422", description = "A weapon named is not missing from this count",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reportLoss(@PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = Idempotency.HEADER_DOC)
            @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid StocktakeRequests.LossEscalation request) {
        return stocktakes.reportLoss(id, request, key).toResponse();
    }

    /** Records the quantity of a lot counted at a place: 201 the first time, 200 for the same count sent again. */
    /**
     * Puts the book right where the count found it wrong: weapons found at another location are moved there, lots
     * counted in another quantity adjusted; the operations are held for a second person at the site (201 with them),
     * and the explanation settles the findings.
     */
    @POST
    @Path("{id}/corrections")
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    @APIResponse(responseCode = "201", description = "Held for a second person", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StocktakeViews.Corrections.class)))
    @APIResponse(responseCode = "422", description = "An item named is neither moved nor in another quantity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response correct(@PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = Idempotency.HEADER_DOC)
            @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid StocktakeRequests.Correction request) {
        return corrections.correct(id, request, key).toResponse();
    }

    @POST
    @Path("{id}/lot-counts")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StocktakeViews.LotCountReceipt.class)))
    @APIResponse(responseCode = "200", description = "Already recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StocktakeViews.LotCountReceipt.class)))
    public Response countLot(@PathParam("id") long id, @NotNull @Valid StocktakeRequests.LotCount request) {
        StocktakeViews.LotCountReceipt receipt = stocktakes.countLot(id, request);
        return Response.status(receipt.recorded() ? 201 : 200).entity(receipt).build();
    }

    @GET
    @Path("{id}/progress")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public StocktakeViews.Progress progress(@PathParam("id") long id) {
        return stocktakes.progress(id);
    }

    /**
     * What the count found against the book: computed now while it is open; once closed, the bytes kept when it
     * closed, whose SHA-256 the {@value #FINDINGS_HASH} header gives.
     */
    @GET
    @Path("{id}/findings")
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    @APIResponse(responseCode = "200", description = "The findings", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StocktakeViews.Findings.class)))
    public Response findings(@PathParam("id") long id) {
        Stocktakes.KeptFindings findings = stocktakes.findings(id);
        return Response.ok(findings.json(), MediaType.APPLICATION_JSON).header(FINDINGS_HASH, findings.sha256())
                .build();
    }

    /**
     * The closed count's report to print and sign, in French unless {@code lang=en}: it names the SHA-256 of the
     * findings kept at closing. An open count has none yet (409).
     */
    @GET
    @Path("{id}/report")
    @Produces(PdfAnswer.MEDIA_TYPE)
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    @APIResponse(responseCode = "200", description = "A PDF to print", content = @Content(
            mediaType = PdfAnswer.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "The count is still open",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return PdfAnswer.of(report.pdf(id, Messages.supportedOrFrench(lang)), "stocktake-" + id);
    }

    /** Asks for items to be counted again (every unexplained discrepancy when none is named). */
    @POST
    @Path("{id}/recounts")
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    @ResponseStatus(201)
    @APIResponseSchema(value = StocktakeViews.RecountView.class, responseCode = "201",
            responseDescription = "Recount asked for")
    public StocktakeViews.RecountView recount(@PathParam("id") long id,
            @NotNull @Valid StocktakeRequests.Recount request) {
        return stocktakes.recount(id, request);
    }

    @POST
    @Path("{id}/explanations")
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public StocktakeViews.Findings explain(@PathParam("id") long id,
            @NotNull @Valid StocktakeRequests.Explanation request) {
        return stocktakes.explain(id, request);
    }

    /** Closes the count: by someone other than who opened it, with every discrepancy explained. */
    @POST
    @Path("{id}/close")
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public StocktakeViews.StocktakeView close(@PathParam("id") long id,
            @NotNull @Valid StocktakeRequests.Close request) {
        return stocktakes.close(id, request);
    }
}
