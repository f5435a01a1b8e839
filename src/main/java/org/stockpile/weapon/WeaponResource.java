package org.stockpile.weapon;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.stockpile.security.Roles;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.ReasonRequest;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.Problem;

@Path("/api/weapons")
@Tag(name = "Weapons", description = "Serialised small arms and light weapons (ISACS 05.30 record)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WeaponResource {

    private final WeaponService weapons;

    WeaponResource(WeaponService weapons) {
        this.weapons = weapons;
    }

    @GET
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Page<WeaponView> list(@QueryParam("q") String query, @QueryParam("siteCode") String siteCode,
            @QueryParam("state") Weapon.State state, @QueryParam("type") Weapon.Type type,
            @QueryParam("calibre") String calibre, @QueryParam("owningForceCode") String owningForceCode,
            @QueryParam("status") RegistryRecord.Status status, @BeanParam PageRequest page) {
        return weapons.list(new WeaponService.Criteria(query, siteCode, state, type, calibre, owningForceCode, status),
                page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public WeaponView get(@PathParam("id") long id) {
        return weapons.get(id);
    }

    @POST
    @RolesAllowed({ Roles.CLERK, Roles.ADMIN })
    @ResponseStatus(201)
    @APIResponseSchema(value = WeaponView.class, responseCode = "201", responseDescription = "Created")
    public WeaponView register(@NotNull WeaponRequest request) {
        return weapons.register(request);
    }

    /** A correction of what identifies a weapon, held for a second person. */
    public record HeldCorrection(String status, UUID pendingOperationId) {
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.CLERK, Roles.ADMIN })
    @APIResponse(responseCode = "200", description = "Updated (no field that identifies the weapon changed)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WeaponView.class)))
    @APIResponse(responseCode = "202", description = "An identity correction, held for a second person",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HeldCorrection.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else since it was read, or a correction "
            + "already waits", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Refused by a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") long id, @NotNull WeaponRequest request) {
        WeaponService.Correction correction = weapons.update(id, request);
        return correction.pendingOperationId() == null ? Response.ok(correction.weapon()).build()
                : Response.accepted(new HeldCorrection("PENDING", correction.pendingOperationId())).build();
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed(Roles.ADMIN)
    public WeaponView retire(@PathParam("id") long id, @NotNull @Valid ReasonRequest request) {
        return weapons.retire(id, request.reason());
    }
}
