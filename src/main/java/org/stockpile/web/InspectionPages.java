package org.stockpile.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.stockpile.inspection.InspectionItem;
import org.stockpile.inspection.InspectionPhoto;
import org.stockpile.inspection.InspectionRequests;
import org.stockpile.inspection.InspectionViews;
import org.stockpile.inspection.Inspections;
import org.stockpile.security.CurrentUser;
import org.stockpile.security.Roles;
import org.stockpile.site.SiteService;
import org.stockpile.site.SiteView;
import org.stockpile.system.PdfAnswer;
import org.stockpile.system.StoredText;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Inspections in the browser, made for a phone: the inspections in scope and opening one; an inspection's checklist
 * and its closing; each item on a page of its own, assessed with its photos taken by the phone's camera, and saving
 * goes on to the next item; and the follow-up of corrective actions, open and overdue by region and site, each
 * closed on its item's page with an evidence photo.
 */
@Path("/app/inspections")
@RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class InspectionPages {

    static final int PAGE_SIZE = 20;

    /**
     * An item's page: the item, where it stands in the checklist, what its form shows (as recorded, or as typed when
     * it was refused), and what the person may do with it.
     */
    public record ItemPage(InspectionViews.InspectionView inspection, InspectionViews.ItemView item,
            String previous, String next, Assessing form, boolean records, boolean followsUp) {

        public List<String> results() {
            return Arrays.stream(InspectionItem.Result.values()).map(Enum::name).toList();
        }

        public List<String> severities() {
            return Arrays.stream(InspectionItem.Severity.values()).map(Enum::name).toList();
        }

        public List<InspectionViews.PhotoView> photos(String purpose) {
            return item.photos().stream().filter(photo -> photo.purpose().name().equals(purpose)).toList();
        }
    }

    /** An assessment form's fields, as text. */
    public record Assessing(String result, String severity, String comment, String description, String owner,
            String dueOn) {

        static Assessing of(InspectionViews.ItemView item) {
            InspectionViews.ActionView action = item.action();
            return new Assessing(item.result() == null ? "" : item.result().name(),
                    item.severity() == null ? "" : item.severity().name(), blankIfNull(item.comment()),
                    action == null ? "" : action.description(), action == null ? "" : action.owner(),
                    action == null ? "" : action.dueOn().toString());
        }

        private static String blankIfNull(String text) {
            return text == null ? "" : text;
        }
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance inspections(Page<InspectionViews.InspectionLine> inspections, Pager pager,
                List<SiteView> sites, Confirmations.Attempt<?> attempt);

        static native TemplateInstance inspection(InspectionViews.InspectionView inspection, long assessed,
                boolean records, Confirmations.Attempt<?> attempt);

        static native TemplateInstance item(ItemPage view, Confirmations.Attempt<?> attempt);

        static native TemplateInstance actions(InspectionViews.ActionSummary summary,
                Page<InspectionViews.ActionLine> actions, Pager pager, String status);
    }

    private final Inspections inspections;
    private final SiteService sites;
    private final CurrentUser user;
    private final PageContext page;
    private final Confirmations confirmations;

    InspectionPages(Inspections inspections, SiteService sites, CurrentUser user, PageContext page,
            Confirmations confirmations) {
        this.inspections = inspections;
        this.sites = sites;
        this.user = user;
        this.page = page;
        this.confirmations = confirmations;
    }

    /** The inspections in scope, the latest first, and for inspectors the form to open one. */
    @GET
    public TemplateInstance inspections(@QueryParam("page") @DefaultValue("0") int number) {
        return listPage(number, null);
    }

    private TemplateInstance listPage(int number, Confirmations.Attempt<?> attempt) {
        Page<InspectionViews.InspectionLine> shown = inspections.list(new Inspections.Criteria(null, null),
                new PageRequest(number, PAGE_SIZE, "openedAt,desc"));
        return page.localized(Templates.inspections(shown, Pager.of(shown, "/app/inspections"),
                inspects() ? sites.visibleActive() : List.of(), attempt));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.INSPECTOR, Roles.ADMIN })
    public Response open(@RestForm String siteCode) {
        var attempt = confirmations.attempt(new InspectionRequests.Opening(StoredText.blankAsNull(siteCode)),
                inspections::open);
        return attempt.refused() ? Response.ok(listPage(0, attempt)).build()
                : shown(attempt.answer().value().id(), "");
    }

    /** Corrective actions in scope: how many are open and overdue by region and site, and the list, filtered. */
    @GET
    @Path("actions")
    public TemplateInstance actions(@QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int number) {
        InspectionItem.ActionStatus standing = Forms.read(status, typed -> InspectionItem.ActionStatus.valueOf(
                typed.toUpperCase(Locale.ROOT)));
        Page<InspectionViews.ActionLine> shown = inspections.actions(new Inspections.ActionCriteria(standing, null,
                null), new PageRequest(number, PAGE_SIZE, "dueOn"));
        String filter = standing == null || standing == InspectionItem.ActionStatus.NONE ? "" : standing.name();
        return page.localized(Templates.actions(inspections.actionSummary(), shown, Pager.of(shown,
                "/app/inspections/actions" + (filter.isEmpty() ? "" : "?status=" + filter)), filter));
    }

    @GET
    @Path("{id}")
    public TemplateInstance inspection(@PathParam("id") long id) {
        return inspectionPage(id, null);
    }

    private TemplateInstance inspectionPage(long id, Confirmations.Attempt<?> attempt) {
        InspectionViews.InspectionView shown = inspections.get(id);
        long assessed = shown.items().stream().filter(item -> item.result() != null).count();
        return page.localized(Templates.inspection(shown, assessed, records(shown), attempt));
    }

    /** The report to print, in the person's language. */
    @GET
    @Path("{id}/report.pdf")
    @Produces(PdfAnswer.MEDIA_TYPE)
    public Response report(@PathParam("id") long id) {
        return PdfAnswer.of(inspections.report(id, page.locale()), "inspection-" + id);
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.INSPECTOR, Roles.ADMIN })
    public Response close(@PathParam("id") long id, @RestForm String remarks) {
        inspections.get(id);
        var attempt = confirmations.attempt(new InspectionRequests.Closing(StoredText.blankAsNull(remarks)),
                request -> inspections.close(id, request));
        return attempt.refused() ? Response.ok(inspectionPage(id, attempt)).build() : shown(id, "");
    }

    @GET
    @Path("{id}/items/{code}")
    public TemplateInstance item(@PathParam("id") long id, @PathParam("code") String code) {
        return itemPage(id, code, null, null);
    }

    private TemplateInstance itemPage(long id, String code, Assessing typed, Confirmations.Attempt<?> attempt) {
        InspectionViews.InspectionView shown = inspections.get(id);
        List<InspectionViews.ItemView> items = shown.items();
        int index = shown.indexOf(code);
        InspectionViews.ItemView item = items.get(index);
        boolean followsUp = shown.closedAt() != null && item.action() != null && item.action().closedAt() == null
                && (user.hasRole(Roles.INSPECTOR) || user.hasRole(Roles.COMMANDER)
                        || user.hasRole(Roles.ADMIN));
        return page.localized(Templates.item(new ItemPage(shown, item, index > 0 ? items.get(index - 1).code()
                : null, index + 1 < items.size() ? items.get(index + 1).code() : null, typed == null
                        ? Assessing.of(item) : typed, records(shown), followsUp), attempt));
    }

    /** Records the item's finding, then goes on to the next item (or back to the checklist after the last). */
    @POST
    @Path("{id}/items/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.INSPECTOR, Roles.ADMIN })
    public Response assess(@PathParam("id") long id, @PathParam("code") String code, @RestForm String result,
            @RestForm String severity, @RestForm String comment, @RestForm String description,
            @RestForm String owner, @RestForm String dueOn) {
        InspectionViews.InspectionView shown = inspections.get(id);
        Assessing typed = new Assessing(result, severity, comment, description, owner, dueOn);
        InspectionItem.Result found = Forms.read(result, InspectionItem.Result::valueOf);
        InspectionRequests.Action action = StoredText.blankAsNull(description) == null
                && StoredText.blankAsNull(owner) == null && StoredText.blankAsNull(dueOn) == null ? null
                        : new InspectionRequests.Action(StoredText.blankAsNull(description),
                                StoredText.blankAsNull(owner), Forms.read(dueOn, LocalDate::parse));
        var attempt = confirmations.attempt(new InspectionRequests.Assessment(found, Forms.read(severity,
                InspectionItem.Severity::valueOf), StoredText.blankAsNull(comment), action),
                request -> inspections.assess(id, code, request));
        if (attempt.refused()) {
            return Response.ok(itemPage(id, code, typed, attempt)).build();
        }
        int next = shown.indexOf(code) + 1;
        return shown(id, next < shown.items().size() ? "/items/" + shown.items().get(next).code() : "");
    }

    /**
     * Keeps a photo taken on the phone: of the finding, or in evidence of the corrective action. No more of the upload
     * is read than one byte beyond the largest photo kept, so that the service refuses a larger one by its size.
     */
    @POST
    @Path("{id}/items/{code}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Response addPhoto(@PathParam("id") long id, @PathParam("code") String code, @RestForm String purpose,
            @RestForm("photo") FileUpload photo) {
        inspections.get(id);
        InspectionPhoto.Purpose kept = Forms.read(purpose, InspectionPhoto.Purpose::valueOf);
        if (kept == null) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "purpose",
                    "problem.malformed-request.not-one-of", "purpose", "FINDING, EVIDENCE");
        }
        var attempt = confirmations.attempt(kept, request -> inspections.addPhoto(id, code, request, bytes(photo)));
        return attempt.refused() ? Response.ok(itemPage(id, code, null, attempt)).build()
                : shown(id, "/items/" + code + "#photos");
    }

    private byte[] bytes(FileUpload photo) {
        if (photo == null) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(photo.uploadedFile())) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, inspections.photoSizeLimit() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A photo, as kept, for the item's page. */
    @GET
    @Path("{id}/photos/{photoId}")
    @Produces({ "image/jpeg", "image/png" })
    public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        InspectionViews.PhotoContent photo = inspections.photo(id, photoId);
        return Response.ok(photo.content(), photo.mediaType()).build();
    }

    /** Closes the item's corrective action with what was done, its evidence photos sent before. */
    @POST
    @Path("{id}/items/{code}/action/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
    public Response closeAction(@PathParam("id") long id, @PathParam("code") String code, @RestForm String note) {
        inspections.get(id);
        var attempt = confirmations.attempt(new InspectionRequests.ActionClosing(StoredText.blankAsNull(note)),
                request -> inspections.closeAction(id, code, request));
        return attempt.refused() ? Response.ok(itemPage(id, code, null, attempt)).build()
                : shown(id, "/items/" + code);
    }

    /** Whether this person records the inspection's findings: its own inspector, while it is open. */
    private boolean records(InspectionViews.InspectionView inspection) {
        return inspection.closedAt() == null && inspection.openedBy().equals(user.name())
                && (user.hasRole(Roles.INSPECTOR) || user.hasRole(Roles.ADMIN));
    }

    private boolean inspects() {
        return user.hasRole(Roles.INSPECTOR) || user.hasRole(Roles.ADMIN);
    }

    private static Response shown(long id, String suffix) {
        return Response.seeOther(URI.create("/app/inspections/" + id + suffix)).build();
    }
}
