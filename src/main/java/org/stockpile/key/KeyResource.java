package org.stockpile.key;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stockpile.security.Roles;
import org.stockpile.system.Idempotency;
import org.stockpile.system.ReasonRequest;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.Problem;

/**
 * The key register. A site's commander registers its keys and copies; the clerk at the counter records each
 * handover by scanning the key and the receiving person's badge; inspectors read the register.
 */
@Path("/api/keys")
@Tag(name = "Keys", description = "The key register: keys and copies of each site, their holders and handovers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KeyResource {

    private final KeyRegister register;

    KeyResource(KeyRegister register) {
        this.register = register;
    }

    @GET
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Page<KeyViews.KeyView> list(@QueryParam("siteCode") String siteCode,
            @QueryParam("status") RegistryRecord.Status status, @BeanParam PageRequest page) {
        return register.list(new KeyRegister.Criteria(siteCode, status), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public KeyViews.KeyView get(@PathParam("id") long id) {
        return register.get(id);
    }

    @GET
    @Path("{id}/handovers")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Page<KeyViews.HandoverView> handovers(@PathParam("id") long id, @BeanParam PageRequest page) {
        return register.handovers(id, page);
    }

    /** Registers a key and the copies being labelled with it; each gets its own tag. */
    @POST
    @RolesAllowed({ Roles.COMMANDER, Roles.ADMIN })
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY,
                    implementation = KeyViews.KeyView.class)))
    public Response register(@NotNull @Valid KeyRequests.Registration registration) {
        List<KeyViews.KeyView> keys = register.register(registration);
        return Response.status(Response.Status.CREATED).entity(keys).build();
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed({ Roles.COMMANDER, Roles.ADMIN })
    public KeyViews.KeyView retire(@PathParam("id") long id, @NotNull @Valid ReasonRequest request) {
        return register.retire(id, request.reason());
    }

    /**
     * Records a key passing to the person whose badge was scanned. Where national policy requires a count at every
     * change of holder, the answer names the stocktake it opened (or the one already open at the site).
     */
    @POST
    @Path("handovers")
    @RolesAllowed({ Roles.CLERK, Roles.COMMANDER, Roles.ADMIN })
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = KeyViews.HandoverView.class)))
    @APIResponse(responseCode = "409", description = "The person holds the key already, or it is retired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A tag of no key or person in scope, or a person of another site",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response handOver(@Parameter(in = ParameterIn.HEADER, required = true, description = Idempotency.HEADER_DOC)
            @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid KeyRequests.Handover handover) {
        return register.handOver(handover, key).toResponse();
    }
}
