package org.stockpile.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.stockpile.ammo.AmmunitionCustodyRequest;
import org.stockpile.custody.AmmunitionCustodyService;
import org.stockpile.custody.OperationType;
import org.stockpile.custody.ScanCheck;
import org.stockpile.custody.ScanCheck.ScannedItem;
import org.stockpile.security.Roles;
import org.stockpile.site.SiteService;
import org.stockpile.site.SiteView;
import org.stockpile.system.Messages;
import org.stockpile.system.StoredText;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The ammunition counter: at one site, lots are scanned with the quantity counted for each, and one operation
 * (receipt, issue, return, dispatch, receipt of a transfer, consumption, adjustment, destruction) is confirmed under
 * the key made when it began. A refusal says its numbers: the licence's limit and headroom, the quantities held.
 */
@Path("/app/ammunition")
@RolesAllowed({ Roles.CLERK, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class AmmunitionCounterPage {

    static final List<CounterPage.Choice> CHOICES = List.of(new CounterPage.Choice(OperationType.RECEIPT, "e"),
            new CounterPage.Choice(OperationType.ISSUE, "i"), new CounterPage.Choice(OperationType.RETURN, "r"),
            new CounterPage.Choice(OperationType.DISPATCH, "x"), new CounterPage.Choice(OperationType.RECEIVE, "v"),
            new CounterPage.Choice(OperationType.CONSUMPTION, "c"),
            new CounterPage.Choice(OperationType.ADJUSTMENT, "a"),
            new CounterPage.Choice(OperationType.DESTRUCTION, "z"));

    /** How a confirmation ended, with the operation and how many lots it concerned. */
    public record Outcome(Confirmations.Result result, OperationType operation, int lots, boolean override) {
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance counter(String key, List<CounterPage.Choice> choices, List<SiteView> sites,
                List<SiteView> destinations);

        static native TemplateInstance line(ScannedItem line);

        static native TemplateInstance outcome(Outcome outcome, String key);
    }

    private final ScanCheck scans;
    private final AmmunitionCustodyService custody;
    private final SiteService sites;
    private final PageContext page;
    private final Messages messages;
    private final Confirmations confirmations;

    AmmunitionCounterPage(ScanCheck scans, AmmunitionCustodyService custody, SiteService sites, PageContext page,
            Messages messages, Confirmations confirmations) {
        this.scans = scans;
        this.custody = custody;
        this.sites = sites;
        this.page = page;
        this.messages = messages;
        this.confirmations = confirmations;
    }

    @GET
    public TemplateInstance counter() {
        return page.localized(Templates.counter(Forms.newKey(), CHOICES, sites.visibleActive(),
                sites.destinations()));
    }

    /** Checks one scanned lot against the list so far: its line, with a field for the quantity counted. */
    @POST
    @Path("scan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String scan(@RestForm String code, @RestForm("lot") List<String> listed) {
        List<String> codes = Forms.bounded(listed, AmmunitionCustodyRequest.MAX_LINES);
        if (codes.size() >= AmmunitionCustodyRequest.MAX_LINES) {
            return page.render(Templates.line(scans.listFull(code, AmmunitionCustodyRequest.MAX_LINES)));
        }
        codes.add(code == null ? "" : code.strip());
        List<ScannedItem> lines = scans.checkLots(codes);
        return page.render(Templates.line(lines.get(lines.size() - 1)));
    }

    /** Sends the lots and quantities as one operation, under the key the page was given when it began. */
    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String confirm(@RestForm String key, @RestForm String operation, @RestForm String site,
            @RestForm("lot") List<String> lots, @RestForm("quantity") List<String> quantities,
            @RestForm String person, @RestForm String unit, @RestForm String origin, @RestForm String destination,
            @RestForm String reason, @RestForm String reference, @RestForm String method,
            @RestForm String witnesses, @RestForm boolean override) {
        OperationType type = CounterPage.Choice.named(CHOICES, operation);
        List<String> scanned = Forms.bounded(lots, AmmunitionCustodyRequest.MAX_LINES);
        List<AmmunitionCustodyRequest.Line> lines = new ArrayList<>();
        for (int i = 0; i < scanned.size(); i++) {
            lines.add(new AmmunitionCustodyRequest.Line(scanned.get(i),
                    quantity(quantities != null && i < quantities.size() ? quantities.get(i) : null), null));
        }
        Confirmations.Result result = type == null ? confirmations.refused(messages.get("counter.choose-operation"),
                List.of())
                : confirmations.confirm(new AmmunitionCustodyRequest(StoredText.blankAsNull(site), lines,
                        StoredText.blankAsNull(person), StoredText.blankAsNull(unit), StoredText.blankAsNull(origin),
                        StoredText.blankAsNull(destination), StoredText.blankAsNull(reference),
                        StoredText.blankAsNull(reason), StoredText.blankAsNull(method),
                        StoredText.blankAsNull(witnesses), null, null),
                        request -> override ? custody.requestOverride(type, request, key)
                                : custody.perform(type, request, key));
        return page.render(Templates.outcome(new Outcome(result, type, lines.size(), override),
                result.finished() ? Forms.newKey() : key));
    }

    /** A quantity as typed; anything that is not a whole number is left for the service to refuse. */
    private static Long quantity(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
