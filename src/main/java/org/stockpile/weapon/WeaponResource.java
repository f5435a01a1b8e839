package org.stockpile.weapon;

import java.util.Map;

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

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stockpile.security.Roles;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.ReasonRequest;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;

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
    public Response register(@NotNull WeaponRequest request) {
        return Response.status(Response.Status.CREATED).entity(weapons.register(request)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.CLERK, Roles.ADMIN })
    public Response update(@PathParam("id") long id, @NotNull WeaponRequest request) {
        WeaponService.Correction correction = weapons.update(id, request);
        return correction.pendingOperationId() == null ? Response.ok(correction.weapon()).build()
                : Response.accepted(Map.of("status", "PENDING", "pendingOperationId",
                        correction.pendingOperationId())).build();
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed(Roles.ADMIN)
    public WeaponView retire(@PathParam("id") long id, @NotNull @Valid ReasonRequest request) {
        return weapons.retire(id, request.reason());
    }
}
