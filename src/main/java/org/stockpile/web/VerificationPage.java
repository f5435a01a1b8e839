package org.stockpile.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.stockpile.system.Messages;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.training.Certificates;
import org.stockpile.training.TrainingViews;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The page a certificate's QR code opens, for anyone (no sign-in): valid, expired or revoked today, with the
 * holder's name and the course and nothing more, and only for the number with the code printed beside it.
 */
@Path("/verify")
@Produces(MediaType.TEXT_HTML)
public class VerificationPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance verification(String lang, TrainingViews.Verification verification,
                LocalDate today);
    }

    private final Certificates certificates;
    private final Clock clock;

    VerificationPage(Certificates certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    @GET
    @Path("{number}")
    public Response verify(@PathParam("number") String number, @QueryParam("code") String code,
            @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Locale locale = lang != null && Messages.supported(lang) != null ? Messages.supported(lang)
                : Messages.resolve(acceptLanguage);
        TrainingViews.Verification verification;
        int status;
        try {
            verification = certificates.verify(number, code);
            status = 200;
        } catch (ProblemException unknown) {
            verification = null;
            status = 404;
        }
        String page = Templates.verification(locale.getLanguage(), verification, LocalDate.now(clock))
                .setLocale(locale).render();
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'self'; base-uri 'none'; "
                        + "form-action 'none'; frame-ancestors 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer").build();
    }
}
