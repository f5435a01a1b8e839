package org.stockpile.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.stockpile.system.ReasonRequest;

@Path("/api/training")
@Tag(name = "Training")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificateResource {

    private final Certificates certificates;

    CertificateResource(Certificates certificates) {
        this.certificates = certificates;
    }

    @GET
    @Path("certificates/{number}")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
    public TrainingViews.CertificateView get(@PathParam("number") String number) {
        return certificates.get(number);
    }

    /** The certificate to print, in French unless {@code lang=en}. */
    @GET
    @Path("certificates/{number}/pdf")
    @Produces(PdfAnswer.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "A PDF to print", content = @Content(
            mediaType = PdfAnswer.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
    public Response pdf(@PathParam("number") String number, @QueryParam("lang") String lang) {
        return PdfAnswer.of(certificates.pdf(number, Messages.supportedOrFrench(lang)), "certificate");
    }

    @POST
    @Path("certificates/{number}/revoke")
    @RolesAllowed({ Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
    public TrainingViews.CertificateView revoke(@PathParam("number") String number,
            @NotNull @Valid ReasonRequest request) {
        return certificates.revoke(number, request.reason());
    }

    /** A person's sessions, results, certificates and corrections. */
    @GET
    @Path("persons/{id}")
    @RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
    public TrainingViews.TrainingRecord record(@PathParam("id") long personId) {
        return certificates.recordOf(personId);
    }
}
