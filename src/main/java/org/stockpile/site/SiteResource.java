package org.stockpile.site;

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
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.ReasonRequest;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;

@Path("/api/sites")
@Tag(name = "Sites", description = "Armouries and explosive storehouses, and their storage locations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiteResource {

    private final SiteService sites;
    private final StorageLocationService locations;

    SiteResource(SiteService sites, StorageLocationService locations) {
        this.sites = sites;
        this.locations = locations;
    }

    @GET
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
    public Page<SiteView> list(@QueryParam("q") String query, @QueryParam("kind") Site.Kind kind,
            @QueryParam("forceCode") String forceCode, @QueryParam("regionCode") String regionCode,
            @QueryParam("status") RegistryRecord.Status status, @BeanParam PageRequest page) {
        return sites.list(new SiteService.Criteria(query, kind, forceCode, regionCode, status), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
    public SiteView get(@PathParam("id") long id) {
        return sites.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @ResponseStatus(201)
    @APIResponseSchema(value = SiteView.class, responseCode = "201", responseDescription = "Created")
    public SiteView create(@NotNull SiteRequest request) {
        return sites.create(request);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public SiteView update(@PathParam("id") long id, @NotNull SiteRequest request) {
        return sites.update(id, request);
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed(Roles.ADMIN)
    public SiteView retire(@PathParam("id") long id, @NotNull @Valid ReasonRequest request) {
        return sites.retire(id, request.reason());
    }

    @GET
    @Path("{siteId}/storage-locations")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Page<StorageLocationView> listLocations(@PathParam("siteId") long siteId, @QueryParam("q") String query,
            @QueryParam("status") RegistryRecord.Status status, @BeanParam PageRequest page) {
        return locations.list(siteId, query, status, page);
    }

    @GET
    @Path("{siteId}/storage-locations/{id}")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public StorageLocationView getLocation(@PathParam("siteId") long siteId, @PathParam("id") long id) {
        return locations.get(siteId, id);
    }

    @POST
    @Path("{siteId}/storage-locations")
    @RolesAllowed({ Roles.CLERK, Roles.ADMIN })
    @ResponseStatus(201)
    @APIResponseSchema(value = StorageLocationView.class, responseCode = "201", responseDescription = "Created")
    public StorageLocationView createLocation(@PathParam("siteId") long siteId,
            @NotNull StorageLocationRequest request) {
        return locations.create(siteId, request);
    }

    @PUT
    @Path("{siteId}/storage-locations/{id}")
    @RolesAllowed({ Roles.CLERK, Roles.ADMIN })
    public StorageLocationView updateLocation(@PathParam("siteId") long siteId, @PathParam("id") long id,
            @NotNull StorageLocationRequest request) {
        return locations.update(siteId, id, request);
    }

    @POST
    @Path("{siteId}/storage-locations/{id}/retire")
    @RolesAllowed({ Roles.CLERK, Roles.ADMIN })
    public StorageLocationView retireLocation(@PathParam("siteId") long siteId, @PathParam("id") long id,
            @NotNull @Valid ReasonRequest request) {
        return locations.retire(siteId, id, request.reason());
    }
}
