package org.stockpile.training;

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
import org.stockpile.system.ReasonRequest;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;

@Path("/api/training/courses")
@Tag(name = "Training", description = "Courses, sessions, results and the certificates that custody requires")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourseResource {

    private final CourseService courses;

    CourseResource(CourseService courses) {
        this.courses = courses;
    }

    @GET
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
    public Page<CourseView> list(@QueryParam("q") String query, @QueryParam("status") RegistryRecord.Status status,
            @BeanParam PageRequest page) {
        return courses.list(query, status, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
    public CourseView get(@PathParam("id") long id) {
        return courses.get(id);
    }

    @POST
    @RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
    @ResponseStatus(201)
    @APIResponseSchema(value = CourseView.class, responseCode = "201", responseDescription = "Created")
    public CourseView create(@NotNull CourseRequest request) {
        return courses.create(request);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
    public CourseView update(@PathParam("id") long id, @NotNull CourseRequest request) {
        return courses.update(id, request);
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
    public CourseView retire(@PathParam("id") long id, @NotNull @Valid ReasonRequest request) {
        return courses.retire(id, request.reason());
    }
}
