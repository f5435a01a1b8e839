package org.stockpile.web;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.stockpile.security.Roles;
import org.stockpile.system.PdfAnswer;
import org.stockpile.tag.LabelRenderer;
import org.stockpile.tag.Symbology;
import org.stockpile.tag.TagResource;
import org.stockpile.tag.TagService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Labels to print: codes scanned, typed or brought from another page (a weapon, the counter's last operation),
 * printed as a PDF on an A4 sheet of adhesive labels or a thermal roll. A code the person may not see is refused
 * as unknown, as the API refuses it.
 */
@Path("/app/labels")
@RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
public class LabelsPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance labels(String tags, List<LabelRenderer.Sheet> sheets,
                List<Symbology> symbologies);
    }

    private final TagService tags;
    private final LabelRenderer labels;
    private final PageContext page;

    LabelsPage(TagService tags, LabelRenderer labels, PageContext page) {
        this.tags = tags;
        this.labels = labels;
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance labels(@QueryParam("tag") List<String> tag) {
        return page.localized(Templates.labels(String.join("\n", tag), List.of(LabelRenderer.Sheet.values()),
                List.of(Symbology.values())));
    }

    /** The PDF of the labels listed, one code a line (or separated by spaces or commas). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(PdfAnswer.MEDIA_TYPE)
    public Response print(@RestForm String tags, @RestForm LabelRenderer.Sheet sheet, @RestForm Symbology symbology) {
        List<String> codes = Arrays.stream(String.valueOf(tags).split("[\\s,;]+")).filter(code -> !code.isBlank())
                .toList();
        byte[] pdf = labels.pdf(this.tags.requireAll(codes, TagResource.MAX_LABELS),
                symbology == null ? Symbology.QR : symbology, sheet == null ? LabelRenderer.Sheet.A4 : sheet);
        return PdfAnswer.of(pdf, "labels");
    }
}
