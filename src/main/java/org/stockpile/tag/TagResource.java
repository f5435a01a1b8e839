package org.stockpile.tag;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
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

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stockpile.security.Roles;
import org.stockpile.system.InvalidTagException;
import org.stockpile.system.PdfAnswer;
import org.stockpile.system.TagCode;

@Path("/api/tags")
@Tag(name = "Tags", description = "Tag codes, printable labels, and decoding of photos")
@RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
public class TagResource {

    public static final int MAX_LABELS = 1000;
    static final String SVG = "image/svg+xml";

    private final TagService tags;
    private final LabelRenderer labels;
    private final PhotoDecoder photos;

    TagResource(TagService tags, LabelRenderer labels, PhotoDecoder photos) {
        this.tags = tags;
        this.labels = labels;
        this.photos = photos;
    }

    /** What a scanned code labels. A misread code fails its check character (422) before any lookup. */
    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    public TagService.TagView resolve(@PathParam("code") String code) {
        return tags.resolve(code);
    }

    @GET
    @Path("{code}/label.png")
    @Produces("image/png")
    public byte[] png(@PathParam("code") String code,
            @QueryParam("symbology") @DefaultValue("QR") Symbology symbology) {
        return labels.png(tags.resolve(code), symbology);
    }

    @GET
    @Path("{code}/label.svg")
    @Produces(SVG)
    public String svg(@PathParam("code") String code,
            @QueryParam("symbology") @DefaultValue("QR") Symbology symbology) {
        return labels.svg(tags.resolve(code), symbology);
    }

    /** A print run: up to 1,000 labels as a PDF, on an A4 sheet of adhesive labels or a 50 × 25 mm thermal roll. */
    public record LabelRun(List<String> tags, Symbology symbology, LabelRenderer.Sheet sheet) {
    }

    @POST
    @Path("labels")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(PdfAnswer.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "The labels, as a PDF to print", content = @Content(
            mediaType = PdfAnswer.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response sheet(@NotNull LabelRun run) {
        byte[] pdf = labels.pdf(tags.requireAll(run.tags(), MAX_LABELS),
                run.symbology() == null ? Symbology.DATA_MATRIX : run.symbology(),
                run.sheet() == null ? LabelRenderer.Sheet.A4 : run.sheet());
        return PdfAnswer.of(pdf, "labels");
    }

    /** One code found in a photo, with the record it labels when it is a tag the caller may see. */
    public record Found(String text, @Schema(nullable = true) TagService.TagView tag) {
    }

    /**
     * The codes found in a photo; {@code complete} is false when the search ran out of time, so that "no code" is
     * never said of a photo that was not fully searched.
     */
    public record Decoding(List<Found> codes, boolean complete) {
    }

    @POST
    @Path("decode")
    @Consumes("image/*")
    @Produces(MediaType.APPLICATION_JSON)
    public Decoding decode(byte[] photo) {
        PhotoDecoder.Decoded decoded = photos.decode(photo);
        return new Decoding(decoded.codes().stream().map(text -> new Found(text, resolveQuietly(text))).toList(),
                decoded.complete());
    }

    private TagService.TagView resolveQuietly(String text) {
        try {
            TagCode tag = TagCode.parse(text);
            return tags.resolveAll(List.of(tag)).get(tag);
        } catch (InvalidTagException notATag) {
            return null;
        }
    }
}
