package org.stockpile.custody;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.stockpile.ammo.AmmunitionCustodyRequest;
import org.stockpile.security.Roles;
import org.stockpile.system.Idempotency;
import org.stockpile.system.problem.Problem;

@Path("/api/ammunition")
@Tag(name = "Ammunition custody", description = "Receipts, issues, returns, transfers, consumption, "
        + "adjustments, destruction, losses and thefts of ammunition lots; stock positions and conservation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AmmunitionCustodyResource {

    private final AmmunitionCustodyService custody;
    private final CustodyRecords records;

    AmmunitionCustodyResource(AmmunitionCustodyService custody, CustodyRecords records) {
        this.custody = custody;
        this.records = records;
    }

    /**
     * Receipt, issue, return, dispatch, receive, consumption, adjustment, destruction, loss or theft of ammunition at
     * a site (a loss or theft takes the rounds out of the store, with the circumstances as reason).
     * 200 when done; 202 when a second person must approve.
     */
    @POST
    @Path("{operation}")
    @APIResponse(responseCode = "200", description = "Done: the events written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Views.Outcome.class)))
    @APIResponse(responseCode = "202", description = "Held for a second person (pendingOperationId)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Views.Outcome.class)))
    @APIResponse(responseCode = "409", description = "Refused: items in a state or quantity that does not allow it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Refused by a rule, with each item and why",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({ Roles.CLERK, Roles.ADMIN })
    public Response perform(@PathParam("operation") String operation,
            @Parameter(in = ParameterIn.HEADER, required = true, description = Idempotency.HEADER_DOC)
            @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid AmmunitionCustodyRequest request) {
        OperationType type = OperationType.named(operation, AmmunitionCustodyService.OPERATIONS::contains);
        return custody.perform(type, request, key).toResponse();
    }

    /**
     * The same operation, refused for lacking certification, held for a commander to override (202); 422 when
     * nothing lacks.
     */
    @POST
    @Path("{operation}/certification-override")
    @APIResponse(responseCode = "202", description = "Held for a commander to override (pendingOperationId)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Views.Outcome.class)))
    @APIResponse(responseCode = "422", description = "Refused by a rule, or no certification lacks",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({ Roles.CLERK, Roles.ADMIN })
    public Response requestOverride(@PathParam("operation") String operation,
            @Parameter(in = ParameterIn.HEADER, required = true, description = Idempotency.HEADER_DOC)
            @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid AmmunitionCustodyRequest request) {
        OperationType type = OperationType.named(operation, AmmunitionCustodyService.OPERATIONS::contains);
        return custody.requestOverride(type, request, key).toResponse();
    }

    @GET
    @Path("stock")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public List<Views.StockLine> stock(@QueryParam("siteCode") String siteCode) {
        return records.stock(siteCode);
    }

    @GET
    @Path("conservation")
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public List<Views.Conservation> conservation() {
        return records.conservation();
    }
}
