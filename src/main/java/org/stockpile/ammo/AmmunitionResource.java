package org.stockpile.ammo;

import java.time.LocalDate;

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

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.stockpile.security.Roles;
import org.stockpile.site.HazardDivision;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.ReasonRequest;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;

@Path("/api")
@Tag(name = "Ammunition", description = "The ammunition catalogue (items) and production lots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AmmunitionResource {

    private final AmmunitionItemService items;
    private final AmmunitionLotService lots;

    AmmunitionResource(AmmunitionItemService items, AmmunitionLotService lots) {
        this.items = items;
        this.lots = lots;
    }

    @GET
    @Path("ammunition-items")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
    public Page<AmmunitionItemView> listItems(@QueryParam("q") String query, @QueryParam("calibre") String calibre,
            @QueryParam("hazardDivision") HazardDivision hazardDivision,
            @QueryParam("compatibilityGroup") CompatibilityGroup compatibilityGroup,
            @QueryParam("status") RegistryRecord.Status status, @BeanParam PageRequest page) {
        return items.list(new AmmunitionItemService.Criteria(query, calibre, hazardDivision, compatibilityGroup,
                status), page);
    }

    @GET
    @Path("ammunition-items/{id}")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
    public AmmunitionItemView getItem(@PathParam("id") long id) {
        return items.get(id);
    }

    @POST
    @Path("ammunition-items")
    @RolesAllowed(Roles.ADMIN)
    @ResponseStatus(201)
    @APIResponseSchema(value = AmmunitionItemView.class, responseCode = "201", responseDescription = "Created")
    public AmmunitionItemView createItem(@NotNull AmmunitionItemRequest request) {
        return items.create(request);
    }

    @PUT
    @Path("ammunition-items/{id}")
    @RolesAllowed(Roles.ADMIN)
    public AmmunitionItemView updateItem(@PathParam("id") long id, @NotNull AmmunitionItemRequest request) {
        return items.update(id, request);
    }

    @POST
    @Path("ammunition-items/{id}/retire")
    @RolesAllowed(Roles.ADMIN)
    public AmmunitionItemView retireItem(@PathParam("id") long id, @NotNull @Valid ReasonRequest request) {
        return items.retire(id, request.reason());
    }

    @GET
    @Path("ammunition-lots")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Page<AmmunitionLotView> listLots(@QueryParam("q") String query, @QueryParam("itemCode") String itemCode,
            @QueryParam("condition") AmmunitionLot.Condition condition,
            @QueryParam("expiresBefore") LocalDate expiresBefore, @QueryParam("status") RegistryRecord.Status status,
            @BeanParam PageRequest page) {
        return lots.list(new AmmunitionLotService.Criteria(query, itemCode, condition, expiresBefore, status), page);
    }

    @GET
    @Path("ammunition-lots/{id}")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public AmmunitionLotView getLot(@PathParam("id") long id) {
        return lots.get(id);
    }

    @POST
    @Path("ammunition-lots")
    @RolesAllowed({ Roles.CLERK, Roles.ADMIN })
    @ResponseStatus(201)
    @APIResponseSchema(value = AmmunitionLotView.class, responseCode = "201", responseDescription = "Created")
    public AmmunitionLotView createLot(@NotNull AmmunitionLotRequest request) {
        return lots.create(request);
    }

    @PUT
    @Path("ammunition-lots/{id}")
    @RolesAllowed({ Roles.INSPECTOR, Roles.ADMIN })
    public AmmunitionLotView updateLot(@PathParam("id") long id, @NotNull AmmunitionLotRequest request) {
        return lots.update(id, request);
    }

    /** Restricts a lot nationally (it can no longer be issued anywhere), with the reason. */
    @POST
    @Path("ammunition-lots/{id}/restrict")
    @RolesAllowed({ Roles.INSPECTOR, Roles.ADMIN })
    public AmmunitionLotView restrictLot(@PathParam("id") long id, @NotNull @Valid ReasonRequest reason) {
        return lots.restrict(id, LotRestriction.Action.RESTRICT, reason.reason());
    }

    @POST
    @Path("ammunition-lots/{id}/lift")
    @RolesAllowed({ Roles.INSPECTOR, Roles.ADMIN })
    public AmmunitionLotView liftLot(@PathParam("id") long id, @NotNull @Valid ReasonRequest reason) {
        return lots.restrict(id, LotRestriction.Action.LIFT, reason.reason());
    }

    @POST
    @Path("ammunition-lots/{id}/retire")
    @RolesAllowed(Roles.ADMIN)
    public AmmunitionLotView retireLot(@PathParam("id") long id, @NotNull @Valid ReasonRequest request) {
        return lots.retire(id, request.reason());
    }
}
