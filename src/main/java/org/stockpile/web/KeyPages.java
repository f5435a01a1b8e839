package org.stockpile.web;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

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
import org.stockpile.key.KeyRegister;
import org.stockpile.key.KeyRequests;
import org.stockpile.key.KeyViews;
import org.stockpile.security.CurrentUser;
import org.stockpile.security.Roles;
import org.stockpile.site.SiteService;
import org.stockpile.site.SiteView;
import org.stockpile.system.ReasonRequest;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.StoredText;
import org.stockpile.system.TagCode;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The key register in the browser. At the counter, a handover is two scans: the key's tag, then the receiving
 * person's badge; the key's page then shows who holds it, every handover, and the count the handover opened. A
 * site's commander registers keys and their copies here and goes straight on to print their labels.
 */
@Path("/app/keys")
@RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class KeyPages {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance keys(Page<KeyViews.KeyView> keys, Pager pager, boolean handsOver,
                List<SiteView> sites, String key, Confirmations.Attempt<?> attempt);

        static native TemplateInstance key(KeyViews.KeyView siteKey, Page<KeyViews.HandoverView> handovers,
                Pager pager, boolean handsOver, boolean keeps, String key, Confirmations.Attempt<?> attempt);
    }

    private final KeyRegister register;
    private final SiteService sites;
    private final CurrentUser user;
    private final PageContext page;
    private final Confirmations confirmations;

    KeyPages(KeyRegister register, SiteService sites, CurrentUser user, PageContext page,
            Confirmations confirmations) {
        this.register = register;
        this.sites = sites;
        this.user = user;
        this.page = page;
        this.confirmations = confirmations;
    }

    /** The keys in scope, with the handover form for those at the counter and the registration form for commanders. */
    @GET
    public TemplateInstance keys(@QueryParam("page") @DefaultValue("0") int number) {
        return listPage(number, Forms.newKey(), null);
    }

    private TemplateInstance listPage(int number, String key, Confirmations.Attempt<?> attempt) {
        Page<KeyViews.KeyView> shown = register.list(new KeyRegister.Criteria(null, RegistryRecord.Status.ACTIVE),
                new PageRequest(number, PAGE_SIZE, "siteCode"));
        return page.localized(Templates.keys(shown, Pager.of(shown, "/app/keys"), handsOver(),
                keeps() ? sites.visibleActive() : List.of(), key, attempt));
    }

    /** Records a handover under the form's key, and shows the key; a refusal shows the form again, to scan again. */
    @POST
    @Path("handovers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CLERK, Roles.COMMANDER, Roles.ADMIN })
    public Response handOver(@RestForm String key, @RestForm String keyTag, @RestForm String personTag,
            @RestForm String from) {
        var attempt = confirmations.attempt(new KeyRequests.Handover(StoredText.blankAsNull(keyTag),
                StoredText.blankAsNull(personTag)), handover -> register.handOver(handover, key));
        if (attempt.refused()) {
            Long shownKey = from == null ? null : Forms.read(from, Long::valueOf);
            return Response.ok(shownKey == null ? listPage(0, key, attempt) : keyPage(shownKey, 0, key, attempt))
                    .build();
        }
        return shown(TagCode.parse(confirmations.field(attempt.answer(), "keyTag")).number());
    }

    /** Registers keys and copies, then opens their labels to print. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.COMMANDER, Roles.ADMIN })
    public Response register(@RestForm String siteCode, @RestForm String opens, @RestForm String locationTag,
            @RestForm String copies) {
        var attempt = confirmations.attempt(new KeyRequests.Registration(StoredText.blankAsNull(siteCode),
                StoredText.blankAsNull(opens), StoredText.blankAsNull(locationTag), Forms.read(copies,
                        Integer::valueOf)), register::register);
        if (attempt.refused()) {
            return Response.ok(listPage(0, Forms.newKey(), attempt)).build();
        }
        return Response.seeOther(URI.create("/app/labels?" + attempt.answer().stream()
                .map(registered -> "tag=" + registered.tag()).collect(Collectors.joining("&")))).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance key(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int number) {
        return keyPage(id, number, Forms.newKey(), null);
    }

    private TemplateInstance keyPage(long id, int number, String key, Confirmations.Attempt<?> attempt) {
        KeyViews.KeyView shown = register.get(id);
        Page<KeyViews.HandoverView> handovers = register.handovers(id, new PageRequest(number, PAGE_SIZE,
                "handedAt,desc"));
        return page.localized(Templates.key(shown, handovers, Pager.of(handovers, "/app/keys/" + id), handsOver(),
                keeps(), key, attempt));
    }

    /** Retires a key that is lost or destroyed; its handovers stay. */
    @POST
    @Path("{id}/retire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.COMMANDER, Roles.ADMIN })
    public Response retire(@PathParam("id") long id, @RestForm String reason) {
        var attempt = confirmations.attempt(new ReasonRequest(StoredText.blankAsNull(reason)),
                request -> register.retire(id, request.reason()));
        return attempt.refused() ? Response.ok(keyPage(id, 0, Forms.newKey(), attempt)).build() : shown(id);
    }

    private boolean handsOver() {
        return user.hasRole(Roles.CLERK) || keeps();
    }

    private boolean keeps() {
        return user.hasRole(Roles.COMMANDER) || user.hasRole(Roles.ADMIN);
    }

    private static Response shown(long id) {
        return Response.seeOther(URI.create("/app/keys/" + id)).build();
    }
}
