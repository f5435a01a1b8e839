package org.stockpile.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.stockpile.custody.CustodyRequest;
import org.stockpile.custody.CustodyService;
import org.stockpile.custody.OperationType;
import org.stockpile.custody.ScanCheck;
import org.stockpile.custody.ScanCheck.ScannedItem;
import org.stockpile.security.Roles;
import org.stockpile.site.SiteService;
import org.stockpile.site.SiteView;
import org.stockpile.system.Messages;
import org.stockpile.system.StoredText;
import org.stockpile.tag.PhotoDecoder;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The armoury counter: a clerk scans badges, weapons and storage locations into a list, chooses the operation (or
 * lets the scans say it), sees what will happen, and confirms. The list lives in the page; every scan is checked at
 * once by the service, and the confirmation is one custody operation under an idempotency key made when the page
 * was opened, so a double click, a resend or a reload never records it twice.
 */
@Path("/app/counter")
@RolesAllowed({ Roles.CLERK, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class CounterPage {

    /** The operations a clerk chooses from, in the order of the counter's buttons, with their keys (Alt+key). */
    static final List<Choice> CHOICES = List.of(new Choice(OperationType.ISSUE, "i"),
            new Choice(OperationType.RETURN, "r"), new Choice(OperationType.MOVE, "m"),
            new Choice(OperationType.DISPATCH, "x"), new Choice(OperationType.RECEIVE, "v"),
            new Choice(OperationType.REPAIR_OUT, "o"), new Choice(OperationType.REPAIR_BACK, "b"),
            new Choice(OperationType.LOSS, "l"), new Choice(OperationType.THEFT, "t"),
            new Choice(OperationType.RECOVERY, "y"), new Choice(OperationType.DESTRUCTION, "z"));
    /** The most lines a list may hold: a full operation's weapons, a badge and a location. */
    static final int MAX_LINES = CustodyRequest.MAX_WEAPONS + 2;

    public record Choice(OperationType operation, String key) {

        public String slug() {
            return operation.slug();
        }

        /** The operation among {@code choices} that a form names by its slug; null when it names none of them. */
        static OperationType named(List<Choice> choices, String slug) {
            return choices.stream().map(Choice::operation).filter(operation -> operation.slug().equals(slug))
                    .findFirst().orElse(null);
        }
    }

    /**
     * What confirming would do: the operation (chosen, or suggested by the scans), its weapons, recipient and
     * location, and the weapons whose state it cannot start from.
     */
    public record Plan(OperationType operation, boolean suggested, List<ScannedItem> weapons, ScannedItem recipient,
            ScannedItem location, List<ScannedItem> blocked) {

        static final Plan EMPTY = of(List.of(), null);

        static Plan of(List<ScannedItem> lines, OperationType chosen) {
            List<ScannedItem> accepted = lines.stream().filter(ScannedItem::accepted).toList();
            List<ScannedItem> weapons = accepted.stream().filter(ScannedItem::isWeapon).toList();
            ScannedItem recipient = accepted.stream().filter(ScannedItem::isBadge).findFirst().orElse(null);
            ScannedItem location = accepted.stream().filter(ScannedItem::isLocation).findFirst().orElse(null);
            OperationType operation = chosen != null ? chosen
                    : OperationType.suggestedFor(recipient != null, location != null,
                            weapons.stream().map(ScannedItem::state).toList()).orElse(null);
            List<ScannedItem> blocked = operation == null ? List.of()
                    : weapons.stream().filter(w -> !operation.allowedFrom(w.state())).toList();
            return new Plan(operation, chosen == null && operation != null, weapons, recipient, location, blocked);
        }

        public boolean ready() {
            return operation != null && !weapons.isEmpty() && blocked.isEmpty();
        }
    }

    /**
     * How a confirmation ended, with what it concerned: the weapons, the recipient, the site; {@code override} when
     * it asked a commander to override the certification it lacked.
     */
    public record Outcome(Confirmations.Result result, OperationType operation, List<String> weapons,
            ScannedItem recipient, String siteCode, List<RefusedItem> items, boolean override) {

        public boolean done() {
            return "DONE".equals(result.status());
        }

        public boolean pending() {
            return "PENDING".equals(result.status());
        }
    }

    /** A refused item, with its line of the list when it was scanned (null otherwise). */
    public record RefusedItem(String tag, ScannedItem line, String message) {
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance counter(String key, List<Choice> choices, List<SiteView> destinations,
                Plan plan);

        static native TemplateInstance line(ScannedItem line);

        static native TemplateInstance counter$plan(Plan plan);

        static native TemplateInstance outcome(Outcome outcome, String key);
    }

    private final ScanCheck scans;
    private final CustodyService custody;
    private final SiteService sites;
    private final PageContext page;
    private final Messages messages;
    private final Confirmations confirmations;
    private final PhotoDecoder photos;

    CounterPage(ScanCheck scans, CustodyService custody, SiteService sites, PageContext page, Messages messages,
            Confirmations confirmations, PhotoDecoder photos) {
        this.scans = scans;
        this.custody = custody;
        this.sites = sites;
        this.page = page;
        this.messages = messages;
        this.confirmations = confirmations;
        this.photos = photos;
    }

    @GET
    public TemplateInstance counter() {
        return page.localized(Templates.counter(Forms.newKey(), CHOICES, sites.destinations(), Plan.EMPTY));
    }

    /**
     * Checks one scanned code against the list so far: answers its line (accepted or refused, with why) and the
     * plan brought up to date.
     */
    @POST
    @Path("scan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String scan(@RestForm String code, @RestForm("tag") List<String> listed, @RestForm String operation) {
        List<String> codes = Forms.bounded(listed, MAX_LINES);
        if (codes.size() >= MAX_LINES) {
            return page.render(Templates.line(scans.listFull(code, MAX_LINES)));
        }
        codes.add(code == null ? "" : code.strip());
        List<ScannedItem> lines = scans.checkAll(codes);
        return page.render(Templates.line(lines.get(lines.size() - 1)))
                + page.render(Templates.counter$plan(Plan.of(lines, Choice.named(CHOICES, operation))));
    }

    /** The plan for the list as it is now (after a line was removed, or the operation changed). */
    @POST
    @Path("plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String plan(@RestForm("tag") List<String> listed, @RestForm String operation) {
        List<ScannedItem> lines = scans.checkAll(Forms.bounded(listed, MAX_LINES));
        return page.render(Templates.counter$plan(Plan.of(lines, Choice.named(CHOICES, operation))));
    }

    /**
     * The codes found in a photo (a rack, a row of labels), in the order found, for the page to add as scans: each
     * is then checked as any scan is. The photo is decoded within the service's time and size bounds.
     */
    @POST
    @Path("photo")
    @Consumes("image/*")
    @Produces(MediaType.APPLICATION_JSON)
    public PhotoDecoder.Decoded photo(byte[] photo) {
        return photos.decode(photo);
    }

    /**
     * Sends the list as one custody operation, under the key the page was given when the operation began; with
     * {@code override}, after a refusal for lack of certification, as a request that a commander overrides it.
     */
    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String confirm(@RestForm String key, @RestForm("tag") List<String> listed, @RestForm String operation,
            @RestForm String planned, @RestForm String destination, @RestForm String reason,
            @RestForm String reference, @RestForm String method, @RestForm String witnesses,
            @RestForm boolean override) {
        List<ScannedItem> lines = scans.checkAll(Forms.bounded(listed, MAX_LINES));
        // What the clerk saw planned is what is sent: a resend repeats the same request, whatever has changed.
        Plan plan = Plan.of(lines, Choice.named(CHOICES, operation != null ? operation : planned));
        Confirmations.Result result = plan.operation() == null || plan.weapons().isEmpty()
                ? confirmations.refused(messages.get(plan.weapons().isEmpty() ? "problem.custody.no-weapon"
                        : "counter.choose-operation"), List.of())
                : confirmations.confirm(new CustodyRequest(tags(plan.weapons()),
                        plan.recipient() == null ? null : plan.recipient().code(),
                        plan.location() == null ? null : plan.location().code(), StoredText.blankAsNull(destination),
                        StoredText.blankAsNull(reason), StoredText.blankAsNull(reference),
                        StoredText.blankAsNull(method), StoredText.blankAsNull(witnesses), null, null),
                        request -> override ? custody.requestOverride(plan.operation(), request, key)
                                : custody.perform(plan.operation(), request, key));
        Map<String, ScannedItem> byTag = lines.stream().filter(ScannedItem::accepted)
                .collect(Collectors.toMap(ScannedItem::code, Function.identity(), (a, b) -> a));
        List<RefusedItem> items = result.items().stream()
                .map(item -> new RefusedItem(item.tag(), byTag.get(item.tag()), item.message())).toList();
        Outcome outcome = new Outcome(result, plan.operation(), tags(plan.weapons()), plan.recipient(),
                plan.weapons().isEmpty() ? null : plan.weapons().get(0).siteCode(), items, override);
        return page.render(Templates.outcome(outcome, result.finished() ? Forms.newKey() : key));
    }

    private static List<String> tags(List<ScannedItem> lines) {
        return lines.stream().map(ScannedItem::code).toList();
    }

}
