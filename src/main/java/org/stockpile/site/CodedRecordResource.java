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
import org.jboss.resteasy.reactive.ResponseStatus;
import org.stockpile.security.Roles;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.ReasonRequest;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;

/**
 * HTTP for a national code list: everyone signed in reads it, administrators maintain it. The OpenAPI generator
 * does not see the security of methods inherited from an abstract class: each list's resource says it.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class CodedRecordResource {

    private final CodedRecordService<?> service;

    protected CodedRecordResource(CodedRecordService<?> service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
    public Page<CodedRecordView> list(@QueryParam("q") String query, @QueryParam("status") RegistryRecord.Status status,
            @BeanParam PageRequest page) {
        return service.list(query, status, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
    public CodedRecordView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @ResponseStatus(201)
    @APIResponseSchema(value = CodedRecordView.class, responseCode = "201", responseDescription = "Created")
    public CodedRecordView create(@NotNull CodedRecordRequest request) {
        return service.create(request);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public CodedRecordView update(@PathParam("id") long id, @NotNull CodedRecordRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed(Roles.ADMIN)
    public CodedRecordView retire(@PathParam("id") long id, @NotNull @Valid ReasonRequest request) {
        return service.retire(id, request.reason());
    }
}
