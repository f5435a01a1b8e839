package org.stockpile.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

import org.jboss.resteasy.reactive.RestForm;
import org.stockpile.custody.PendingOperation;
import org.stockpile.custody.PendingOperations;
import org.stockpile.custody.ScanCheck;
import org.stockpile.custody.ScanCheck.ScannedItem;
import org.stockpile.custody.Views;
import org.stockpile.security.CurrentUser;
import org.stockpile.security.Roles;
import org.stockpile.system.Messages;
import org.stockpile.system.StoredText;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.ProblemException;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The queue of operations waiting for a second person, in the person's scope, with what each would do: a person
 * other than the requester approves or rejects it with a reason; the requester sees theirs waiting and may withdraw
 * it. Each decision is sent under a key made when the queue was shown, so a resend decides once.
 */
@Path("/app/approvals")
@RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class ApprovalsPage {

    /** Each entry shows its weapons as the counter would: a page of them is enough to decide on. */
    static final int PAGE_SIZE = 20;
    private static final String LATEST_FIRST = "requestedAt,desc";

    /**
     * One waiting operation: its record, the weapons it concerns as the counter shows them now (or the ammunition
     * lots and quantities), whether the person looking requested it, and the key a decision on it is sent with.
     */
    public record Waiting(Views.PendingView view, List<ScannedItem> weapons, List<String> lots, String recipient,
            String destination, String reason, String reference, boolean mine, String key) {

        public boolean waits() {
            return view.status() == PendingOperation.Status.PENDING;
        }
    }

    /** What became of a decision: the operation's new status, or why it was refused. */
    public record Decision(PendingOperation.Status status, String refusal) {
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance queue(Page<Views.PendingView> shown, List<Waiting> waiting, Pager pager);

        static native TemplateInstance decided(Waiting waiting, Decision decision);
    }

    private final PendingOperations pending;
    private final ScanCheck scans;
    private final CurrentUser user;
    private final PageContext page;
    private final Messages messages;

    ApprovalsPage(PendingOperations pending, ScanCheck scans, CurrentUser user, PageContext page,
            Messages messages) {
        this.pending = pending;
        this.scans = scans;
        this.user = user;
        this.page = page;
        this.messages = messages;
    }

    /**
     * The queue, a page at a time, the latest request first: the one a clerk has just asked a commander to approve
     * is the one on top. The number waiting in all is said above it.
     */
    @GET
    public TemplateInstance queue(@QueryParam("page") @DefaultValue("0") int number) {
        Page<Views.PendingView> shown = pending.pending(null, new PageRequest(number, PAGE_SIZE, LATEST_FIRST));
        return page.localized(Templates.queue(shown, shown.items().stream().map(this::waiting).toList(),
                Pager.of(shown, "/app/approvals")));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String approve(@PathParam("id") UUID id, @RestForm String key, @RestForm String reason) {
        return decide(id, () -> pending.approve(id, StoredText.blankAsNull(reason), key),
                PendingOperation.Status.APPROVED);
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String reject(@PathParam("id") UUID id, @RestForm String key, @RestForm String reason) {
        return decide(id, () -> pending.reject(id, reason, key), PendingOperation.Status.REJECTED);
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String withdraw(@PathParam("id") UUID id, @RestForm String key) {
        return decide(id, () -> pending.withdraw(id, key), PendingOperation.Status.WITHDRAWN);
    }

    /** Carries out a decision and answers the operation's entry as it now stands (404 if it cannot be seen). */
    private String decide(UUID id, Runnable decision, PendingOperation.Status status) {
        Decision result;
        try {
            decision.run();
            result = new Decision(status, null);
        } catch (ProblemException refused) {
            if (refused.type().status() == 404) {
                throw refused;
            }
            result = new Decision(null, messages.get(refused.detailKey(), refused.arguments()));
        }
        Waiting waiting = waiting(pending.pendingOperation(id));
        return page.render(Templates.decided(waiting, result));
    }

    private Waiting waiting(Views.PendingView view) {
        JsonNode request = (JsonNode) view.request();
        List<ScannedItem> weapons = view.subject() == PendingOperation.Subject.WEAPONS
                ? scans.checkAll(texts(request.path("weaponTags"))) : List.of();
        List<String> lots = new ArrayList<>();
        request.path("lines").forEach(line -> lots.add(line.path("lotTag").asText() + " × "
                + line.path("quantity").asText()));
        return new Waiting(view, weapons, lots, text(request, "personTag"), text(request, "destinationSiteCode"),
                text(request, "reason"), text(request, "reference"), view.requestedBy().equals(user.name()),
                Forms.newKey());
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }
}
