package org.stockpile.loss;

import java.time.LocalDate;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stockpile.system.CsvWriter;
import org.stockpile.security.Roles;
import org.stockpile.system.Idempotency;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.Problem;

/**
 * Loss and theft reports. Whoever finds a loss reports it (a clerk, an inspector, a commander); those who follow the
 * investigation record its steps; the tracing export lists the lost and stolen weapons for the national bureau.
 */
@Path("/api/loss-reports")
@Tag(name = "Loss reports", description = "Losses and thefts reported, their investigation, and the tracing export")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LossReportResource {

    private final LossReports reports;

    LossReportResource(LossReports reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Page<LossReportViews.LossReportLine> list(@QueryParam("siteCode") String siteCode,
            @QueryParam("kind") LossReport.Kind kind, @BeanParam PageRequest page) {
        return reports.list(new LossReports.Criteria(siteCode, kind), page);
    }

    /**
     * The lost and stolen weapons in scope, for international tracing (JSON, or CSV with {@code Accept: text/csv}):
     * those whose loss the ledger records, discovered between {@code from} and {@code to} when given; recovered ones
     * only with {@code includeRecovered=true}.
     */
    @GET
    @Path("tracing")
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public List<LossReportViews.TracingLine> tracing(@QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("includeRecovered") boolean includeRecovered) {
        return reports.tracing(from, to, includeRecovered);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public LossReportViews.LossReportView get(@PathParam("id") long id) {
        return reports.get(id);
    }

    /**
     * Reports a loss or theft: the report is kept, and the loss of its weapons is submitted as a custody operation
     * (held for a second person where policy says so: see {@code approval} and {@code pendingOperationId}).
     */
    @POST
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    @APIResponse(responseCode = "201", description = "Reported", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LossReportViews.LossReportView.class)))
    @APIResponse(responseCode = "409", description = "A weapon in a state a loss cannot start from",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Refused by a rule, with each item and why",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response file(@Parameter(in = ParameterIn.HEADER, required = true, description = Idempotency.HEADER_DOC)
            @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid LossReportRequests.Filing filing) {
        return reports.file(filing, key).toResponse();
    }

    /** Records a step of the investigation: its status from now on, a police reference, what was learnt. */
    @POST
    @Path("{id}/entries")
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LossReportViews.LossReportView.class)))
    @APIResponse(responseCode = "409", description = "The investigation is closed, or would go back to OPEN",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = Idempotency.HEADER_DOC)
            @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid LossReportRequests.Entry entry) {
        return reports.record(id, entry, key).toResponse();
    }
}
