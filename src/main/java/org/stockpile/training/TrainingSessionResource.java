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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.stockpile.security.Roles;
import org.stockpile.system.Messages;
import org.stockpile.system.PdfAnswer;
import org.stockpile.system.ReasonRequest;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;

@Path("/api/training/sessions")
@Tag(name = "Training")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingSessionResource {

    private final TrainingSessions sessions;

    TrainingSessionResource(TrainingSessions sessions) {
        this.sessions = sessions;
    }

    /** Sessions at places in the caller's scope; {@code mine=true} keeps those the caller trains. */
    @GET
    @RolesAllowed({ Roles.INSPECTOR, Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
    public Page<TrainingViews.SessionView> list(@QueryParam("courseCode") String courseCode,
            @QueryParam("regionCode") String regionCode, @QueryParam("status") TrainingSession.Status status,
            @QueryParam("mine") boolean mine, @BeanParam PageRequest page) {
        return sessions.list(new TrainingSessions.Criteria(courseCode, regionCode, status, mine), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.INSPECTOR, Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
    public TrainingViews.SessionDetail get(@PathParam("id") long id) {
        return sessions.get(id);
    }

    /** The attendance sheet to print and sign, in French unless {@code lang=en}. */
    @GET
    @Path("{id}/attendance-sheet")
    @Produces(PdfAnswer.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "A PDF to print", content = @Content(
            mediaType = PdfAnswer.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @RolesAllowed({ Roles.INSPECTOR, Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
    public Response attendanceSheet(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return PdfAnswer.of(sessions.attendanceSheet(id, Messages.supportedOrFrench(lang)), "attendance");
    }

    @POST
    @RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
    @ResponseStatus(201)
    @APIResponseSchema(value = TrainingViews.SessionDetail.class, responseCode = "201",
            responseDescription = "Created")
    public TrainingViews.SessionDetail create(@NotNull @Valid TrainingRequests.Session request) {
        return sessions.create(request);
    }

    @POST
    @Path("{id}/enrolments")
    @RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
    @ResponseStatus(201)
    @APIResponseSchema(value = TrainingViews.EnrolmentView.class, responseCode = "201",
            responseDescription = "Enrolled")
    public TrainingViews.EnrolmentView enrol(@PathParam("id") long id, @NotNull @Valid TrainingRequests.Enrol request) {
        return sessions.enrol(id, request);
    }

    /** One day's sheet: those present are listed, every other trainee was absent. */
    @PUT
    @Path("{id}/attendance")
    @RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
    public TrainingViews.SessionDetail attendance(@PathParam("id") long id,
            @NotNull @Valid TrainingRequests.Attendance request) {
        return sessions.attendance(id, request);
    }

    @PUT
    @Path("{id}/enrolments/{enrolmentId}/result")
    @RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
    public TrainingViews.EnrolmentView result(@PathParam("id") long id, @PathParam("enrolmentId") long enrolmentId,
            @NotNull @Valid TrainingRequests.Result request) {
        return sessions.result(id, enrolmentId, request);
    }

    /** Closes the session and issues the certificates of those who passed. */
    @POST
    @Path("{id}/close")
    @RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
    public TrainingViews.SessionDetail close(@PathParam("id") long id) {
        return sessions.close(id);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
    public TrainingViews.SessionDetail cancel(@PathParam("id") long id, @NotNull @Valid ReasonRequest request) {
        return sessions.cancel(id, request.reason());
    }

    /** Changes a closed session's result, recorded with its reason. */
    @POST
    @Path("{id}/enrolments/{enrolmentId}/corrections")
    @RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
    public TrainingViews.EnrolmentView correct(@PathParam("id") long id, @PathParam("enrolmentId") long enrolmentId,
            @NotNull @Valid TrainingRequests.Correction request) {
        return sessions.correct(id, enrolmentId, request);
    }
}
