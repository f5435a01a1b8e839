package org.stockpile.custody;

import java.util.List;
import java.util.UUID;

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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stockpile.security.Roles;
import org.stockpile.system.Idempotency;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.Problem;

@Path("/api/custody")
@Tag(name = "Custody", description = "Scan-driven custody operations, the two-person rule, and the ledger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustodyResource {

    private final CustodyService custody;
    private final PendingOperations pending;
    private final CustodyRecords records;

    CustodyResource(CustodyService custody, PendingOperations pending, CustodyRecords records) {
        this.custody = custody;
        this.pending = pending;
        this.records = records;
    }

    /**
     * Issue, return, dispatch, receive, move, repair-out, repair-back, loss, theft, recovery or destruction of the
     * scanned weapons. 200 when done; 202 when a second person must approve.
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
            @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid CustodyRequest request) {
        return custody.perform(OperationType.named(operation, OperationType::forWeapons), request, key).toResponse();
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
            @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid CustodyRequest request) {
        return custody.requestOverride(OperationType.named(operation, OperationType::forWeapons), request, key)
                .toResponse();
    }

    @GET
    @Path("pending")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Page<Views.PendingView> pending(@QueryParam("siteCode") String siteCode, @BeanParam PageRequest page) {
        return pending.pending(siteCode, page);
    }

    @GET
    @Path("pending/{id}")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Views.PendingView pendingOperation(@PathParam("id") UUID id) {
        return pending.pendingOperation(id);
    }

    @POST
    @Path("pending/{id}/approve")
    @APIResponse(responseCode = "200", description = "Carried out: the events written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Views.Outcome.class)))
    @APIResponse(responseCode = "409", description = "Already decided, or the items changed since the request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a second person in scope; or a certification override "
            + "approved by someone other than a commander",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Response approve(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = Idempotency.HEADER_DOC)
            @HeaderParam(Idempotency.HEADER) String key,
            @RequestBody(description = "The commander's reason, required to approve a certification override")
            Views.DecisionRequest decision) {
        return pending.approve(id, decision == null ? null : decision.reason(), key).toResponse();
    }

    @POST
    @Path("pending/{id}/reject")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Views.PendingView.class)))
    @APIResponse(responseCode = "409", description = "Already decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Response reject(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = Idempotency.HEADER_DOC)
            @HeaderParam(Idempotency.HEADER) String key, @NotNull Views.DecisionRequest decision) {
        return pending.reject(id, decision.reason(), key).toResponse();
    }

    /** The requester takes back their own request while it waits. */
    @POST
    @Path("pending/{id}/withdraw")
    @APIResponse(responseCode = "200", description = "Withdrawn by its requester",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Views.PendingView.class)))
    @APIResponse(responseCode = "409", description = "Already decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({ Roles.CLERK, Roles.ADMIN })
    public Response withdraw(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = Idempotency.HEADER_DOC)
            @HeaderParam(Idempotency.HEADER) String key) {
        return pending.withdraw(id, key).toResponse();
    }

    @GET
    @Path("weapons/{id}/history")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public List<Views.EventView> history(@PathParam("id") long weaponId) {
        return records.history(weaponId);
    }

    @GET
    @Path("persons/{id}/holdings")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public List<Views.WeaponLine> holdings(@PathParam("id") long personId) {
        return records.holdings(personId);
    }

    @GET
    @Path("sites/{id}/inventory")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Views.Inventory inventory(@PathParam("id") long siteId) {
        return records.inventory(siteId);
    }

    /**
     * Walks a site's chain (or every chain, for national scope) and reports every break: each with who first found
     * it and when. A break found for the first time is recorded as found by the caller.
     */
    @GET
    @Path("ledger/verification")
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public CustodyLedger.Report verify(@QueryParam("siteCode") String siteCode) {
        return records.verify(siteCode);
    }
}
