package org.stockpile.inspection;

import java.util.List;

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

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stockpile.security.Roles;
import org.stockpile.system.Messages;
import org.stockpile.system.PdfAnswer;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.Problem;

/**
 * Physical-security inspections. An inspector opens one at a site, assesses each item of the national checklist with
 * photos taken on a phone, and closes it; inspectors and commanders follow each failure's corrective action until it
 * is closed with evidence.
 */
@Path("/api/inspections")
@Tag(name = "Inspections", description = "Physical-security inspections, their photos and corrective actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionResource {

    private final Inspections inspections;

    InspectionResource(Inspections inspections) {
        this.inspections = inspections;
    }

    @GET
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Page<InspectionViews.InspectionLine> list(@QueryParam("siteCode") String siteCode,
            @QueryParam("status") Inspection.Status status, @BeanParam PageRequest page) {
        return inspections.list(new Inspections.Criteria(siteCode, status), page);
    }

    /** The checklist an inspection opened now starts from, in French and English. */
    @GET
    @Path("checklist")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public List<ChecklistItem> checklist() {
        return inspections.checklist();
    }

    /**
     * The corrective actions of closed inspections in scope, the earliest due first: those not closed, or those
     * {@code OPEN} (not yet due), {@code OVERDUE} or {@code CLOSED}.
     */
    @GET
    @Path("corrective-actions")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Page<InspectionViews.ActionLine> actions(@QueryParam("status") InspectionItem.ActionStatus status,
            @QueryParam("siteCode") String siteCode, @QueryParam("regionCode") String regionCode,
            @BeanParam PageRequest page) {
        return inspections.actions(new Inspections.ActionCriteria(status, siteCode, regionCode), page);
    }

    /** How many corrective actions are open, and overdue, at each site and in each region in scope. */
    @GET
    @Path("corrective-actions/summary")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public InspectionViews.ActionSummary actionSummary() {
        return inspections.actionSummary();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public InspectionViews.InspectionView get(@PathParam("id") long id) {
        return inspections.get(id);
    }

    /** The inspection's report to print, in French unless {@code lang=en}; an open one's says it is not final. */
    @GET
    @Path("{id}/report")
    @Produces(PdfAnswer.MEDIA_TYPE)
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    @APIResponse(responseCode = "200", description = "A PDF to print", content = @Content(
            mediaType = PdfAnswer.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response report(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return PdfAnswer.of(inspections.report(id, Messages.supportedOrFrench(lang)), "inspection-" + id);
    }

    /** Opens an inspection of a site; the caller's inspection already open there is given back instead (200). */
    @POST
    @RolesAllowed({ Roles.INSPECTOR, Roles.ADMIN })
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InspectionViews.InspectionView.class)))
    @APIResponse(responseCode = "200", description = "The caller's inspection already open at the site",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InspectionViews.InspectionView.class)))
    public Response open(@NotNull @Valid InspectionRequests.Opening opening) {
        return kept(inspections.open(opening));
    }

    /** Records what an item was found to be: a failure with its severity and corrective action. */
    @PUT
    @Path("{id}/items/{code}")
    @RolesAllowed({ Roles.INSPECTOR, Roles.ADMIN })
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionViews.ItemView.class)))
    @APIResponse(responseCode = "409", description = "The inspection is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InspectionViews.ItemView assess(@PathParam("id") long id, @PathParam("code") String code,
            @NotNull @Valid InspectionRequests.Assessment assessment) {
        return inspections.assess(id, code, assessment);
    }

    /**
     * Keeps a photo (JPEG or PNG, as sent) of what an item found ({@code FINDING}, while the inspection is open) or in
     * evidence that its corrective action was carried out ({@code EVIDENCE}, once it is closed); the same bytes sent
     * again for the same purpose are kept once (200).
     */
    @POST
    @Path("{id}/items/{code}/photos")
    @Consumes("image/*")
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    @APIResponse(responseCode = "201", description = "Kept", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionViews.PhotoView.class)))
    @APIResponse(responseCode = "200", description = "The same photo was already kept for this purpose",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InspectionViews.PhotoView.class)))
    @APIResponse(responseCode = "415", description = "Neither a JPEG nor a PNG",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addPhoto(@PathParam("id") long id, @PathParam("code") String code,
            @QueryParam("purpose") @NotNull InspectionPhoto.Purpose purpose, byte[] photo) {
        return kept(inspections.addPhoto(id, code, purpose, photo));
    }

    /** 201 for what this request added, 200 for what was kept before. */
    private static Response kept(InspectionViews.Kept<?> kept) {
        return Response.status(kept.added() ? Response.Status.CREATED : Response.Status.OK).entity(kept.value())
                .build();
    }

    /** A photo's bytes, exactly as uploaded. */
    @GET
    @Path("{id}/photos/{photoId}")
    @Produces({ "image/jpeg", "image/png" })
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    @APIResponse(responseCode = "200", description = "The photo", content = {
        @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        InspectionViews.PhotoContent photo = inspections.photo(id, photoId);
        return Response.ok(photo.content(), photo.mediaType()).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=86400").build();
    }

    /** Closes the inspection, once every item is assessed; only the inspector who opened it. */
    @POST
    @Path("{id}/close")
    @RolesAllowed({ Roles.INSPECTOR, Roles.ADMIN })
    public InspectionViews.InspectionView close(@PathParam("id") long id,
            @NotNull @Valid InspectionRequests.Closing closing) {
        return inspections.close(id, closing);
    }

    /** Closes a failure's corrective action with what was done; its evidence photos are uploaded first. */
    @POST
    @Path("{id}/items/{code}/action/close")
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public InspectionViews.ItemView closeAction(@PathParam("id") long id, @PathParam("code") String code,
            @NotNull @Valid InspectionRequests.ActionClosing closing) {
        return inspections.closeAction(id, code, closing);
    }
}
