package org.stockpile.web;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.stockpile.security.CurrentUser;
import org.stockpile.security.Roles;
import org.stockpile.system.Messages;
import org.stockpile.system.PdfAnswer;
import org.stockpile.system.ReasonRequest;
import org.stockpile.system.StoredText;
import org.stockpile.training.Certificates;
import org.stockpile.training.TrainingViews;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A person's training record, for everyone whose scope includes the person: every session with its result, every
 * certificate (valid, expired or revoked today) printable in French or English, and every correction. Trainers,
 * commanders and administrators revoke a certificate from here, with a reason.
 */
@Path("/app/training-records")
@RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class TrainingRecordPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance record(TrainingViews.TrainingRecord record, boolean revokes,
                Confirmations.Attempt<?> attempt);
    }

    private final Certificates certificates;
    private final CurrentUser user;
    private final PageContext page;
    private final Confirmations confirmations;

    TrainingRecordPage(Certificates certificates, CurrentUser user, PageContext page, Confirmations confirmations) {
        this.certificates = certificates;
        this.user = user;
        this.page = page;
        this.confirmations = confirmations;
    }

    @GET
    @Path("{person}")
    public TemplateInstance record(@PathParam("person") long person) {
        return recordPage(person, null);
    }

    /** A certificate to print, in French or English whatever the page's language. */
    @GET
    @Path("certificates/{number}.pdf")
    @Produces(PdfAnswer.MEDIA_TYPE)
    public Response certificate(@PathParam("number") String number, @QueryParam("lang") String lang) {
        return PdfAnswer.of(certificates.pdf(number, Messages.supportedOrFrench(lang)), number);
    }

    /** Revokes a certificate (once, with a reason); the record is shown again as it now stands. */
    @POST
    @Path("certificates/{number}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
    public Response revoke(@PathParam("number") String number, @RestForm String reason) {
        long holder = certificates.get(number).holder().id();
        Confirmations.Attempt<?> attempt = confirmations.attempt(new ReasonRequest(StoredText.blankAsNull(reason)),
                request -> certificates.revoke(number, request.reason()));
        return attempt.refused() ? Response.ok(recordPage(holder, attempt)).build()
                : Response.seeOther(URI.create("/app/training-records/" + holder)).build();
    }

    private TemplateInstance recordPage(long person, Confirmations.Attempt<?> attempt) {
        boolean revokes = user.hasRole(Roles.TRAINER) || user.hasRole(Roles.COMMANDER) || user.hasRole(Roles.ADMIN);
        return page.localized(Templates.record(certificates.recordOf(person), revokes, attempt));
    }
}
