package org.stockpile.person;

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

@Path("/api/persons")
@Tag(name = "Persons", description = "Security-force members: recipients of weapons, clerks, inspectors, trainees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    private final PersonService persons;

    PersonResource(PersonService persons) {
        this.persons = persons;
    }

    @GET
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
    public Page<PersonView> list(@QueryParam("q") String query, @QueryParam("siteCode") String siteCode,
            @QueryParam("forceCode") String forceCode, @QueryParam("unit") String unit,
            @QueryParam("status") RegistryRecord.Status status, @BeanParam PageRequest page) {
        return persons.list(new PersonService.Criteria(query, siteCode, forceCode, unit, status), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
    public PersonView get(@PathParam("id") long id) {
        return persons.get(id);
    }

    @POST
    @RolesAllowed({ Roles.CLERK, Roles.TRAINER, Roles.ADMIN })
    @ResponseStatus(201)
    @APIResponseSchema(value = PersonView.class, responseCode = "201", responseDescription = "Created")
    public PersonView create(@NotNull PersonRequest request) {
        return persons.create(request);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.CLERK, Roles.TRAINER, Roles.ADMIN })
    public PersonView update(@PathParam("id") long id, @NotNull PersonRequest request) {
        return persons.update(id, request);
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed({ Roles.CLERK, Roles.TRAINER, Roles.ADMIN })
    public PersonView retire(@PathParam("id") long id, @NotNull @Valid ReasonRequest request) {
        return persons.retire(id, request.reason());
    }
}
