package org.stockpile.custody;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.stockpile.security.CurrentUser;
import org.stockpile.site.SiteService;
import org.stockpile.system.Idempotency;
import org.stockpile.system.Messages;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The two-person rule: operations held for a second person, whatever they concern. Those in scope see them and a
 * second, different person in scope approves (the operation is checked again, and must find everything as the request
 * found it) or rejects them with a reason; the requester always sees their own requests, wherever the items have gone
 * since, and may withdraw them while they wait.
 */
@ApplicationScoped
public class PendingOperations {

    private static final Messages.Key PENDING = new Messages.Key("record.pending-operation");
    private static final Map<String, String> SORTABLE = Map.of("id", "p.id", "requestedAt", "p.requestedAt");

    private final PendingOperationRepository pendingOperations;
    private final CustodyOperations operations;
    private final CustodyService weapons;
    private final AmmunitionCustodyService ammunition;
    private final WeaponCorrections corrections;
    private final SiteService sites;
    private final Idempotency idempotency;
    private final CurrentUser user;
    private final ObjectMapper json;
    private final Clock clock;

    PendingOperations(PendingOperationRepository pendingOperations, CustodyOperations operations,
            CustodyService weapons, AmmunitionCustodyService ammunition, WeaponCorrections corrections,
            SiteService sites, Idempotency idempotency, CurrentUser user, ObjectMapper json, Clock clock) {
        this.pendingOperations = pendingOperations;
        this.operations = operations;
        this.weapons = weapons;
        this.ammunition = ammunition;
        this.corrections = corrections;
        this.sites = sites;
        this.idempotency = idempotency;
        this.user = user;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Operations waiting, at sites in the caller's scope or requested by the caller, a page at a time (oldest first
     * unless another order is asked for).
     */
    public Page<Views.PendingView> pending(String siteCode, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("status", PendingOperation.Status.PENDING);
        parameters.put("me", user.name());
        String scope = user.scope().condition("p.site", parameters);
        String query = "from PendingOperation p join fetch p.site s where p.status = :status and (" + scope
                + " or p.requestedBy = :me)";
        if (siteCode != null) {
            query += " and s.code = :siteCode";
            parameters.put("siteCode", siteCode);
        }
        return Page.of(pendingOperations.find(query, page.toSort(SORTABLE, "requestedAt"), parameters), page,
                this::view);
    }

    public Views.PendingView pendingOperation(UUID id) {
        return view(pendingOperations.findByIdOptional(id).filter(this::isVisible)
                .orElseThrow(() -> ProblemException.notFound(PENDING, id)));
    }

    /**
     * A second, different person in scope approves: the operation is checked again, then carried out. A request held
     * for a certification override is approved by a commander only, with the reason recorded in its events.
     */
    @Transactional
    public Idempotency.Answer approve(UUID pendingId, String overrideReason, String idempotencyKey) {
        // An approval without a reason keeps the fingerprint it always had.
        var first = idempotency.claim(user.name(), idempotencyKey, overrideReason == null
                ? List.of("approve", pendingId) : List.of("approve", pendingId, overrideReason));
        if (first.isPresent()) {
            return first.get();
        }
        if (overrideReason != null && overrideReason.length() > CustodyEvent.MAX_OVERRIDE_REASON) {
            throw ProblemException.rule("reason", "problem.certification.override-reason");
        }
        PendingOperation pending = requireDecidable(pendingId);
        Views.Outcome outcome = switch (pending.subject) {
            case WEAPONS -> operations.executeApproved(weapons, pending, user.name(), overrideReason);
            case AMMUNITION -> operations.executeApproved(ammunition, pending, user.name(), overrideReason);
            case WEAPON_RECORD -> corrections.executeApproved(pending, user.name());
        };
        decide(pending, PendingOperation.Status.APPROVED, pending.overrideFindings == null ? null : overrideReason);
        pending.operationId = outcome.operationId();
        return idempotency.complete(user.name(), idempotencyKey, 200, outcome);
    }

    @Transactional
    public Idempotency.Answer reject(UUID pendingId, String reason, String idempotencyKey) {
        var first = idempotency.claim(user.name(), idempotencyKey,
                List.of("reject", pendingId, String.valueOf(reason)));
        if (first.isPresent()) {
            return first.get();
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw ProblemException.rule("reason", "problem.custody.reason-required");
        }
        PendingOperation pending = requireDecidable(pendingId);
        decide(pending, PendingOperation.Status.REJECTED, reason);
        return idempotency.complete(user.name(), idempotencyKey, 200, view(pending));
    }

    /** The requester takes back a request that still waits: nothing of it is carried out. */
    @Transactional
    public Idempotency.Answer withdraw(UUID pendingId, String idempotencyKey) {
        var first = idempotency.claim(user.name(), idempotencyKey, List.of("withdraw", pendingId));
        if (first.isPresent()) {
            return first.get();
        }
        PendingOperation pending = lockVisible(pendingId);
        if (!pending.requestedBy.equals(user.name())) {
            throw new ProblemException(ProblemType.FORBIDDEN, null, "problem.custody.withdraw-own");
        }
        requireStillPending(pending);
        decide(pending, PendingOperation.Status.WITHDRAWN, null);
        return idempotency.complete(user.name(), idempotencyKey, 200, view(pending));
    }

    private boolean isVisible(PendingOperation pending) {
        return pending.requestedBy.equals(user.name()) || sites.isVisible(pending.site);
    }

    private PendingOperation lockVisible(UUID id) {
        return pendingOperations.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(this::isVisible)
                .orElseThrow(() -> ProblemException.notFound(PENDING, id));
    }

    /** Only a person in scope decides, never the requester, and only while the operation waits. */
    private PendingOperation requireDecidable(UUID id) {
        PendingOperation pending = lockVisible(id);
        if (!sites.isVisible(pending.site)) {
            throw ProblemException.notFound(PENDING, id);
        }
        requireStillPending(pending);
        if (pending.requestedBy.equals(user.name())) {
            throw new ProblemException(ProblemType.FORBIDDEN, null, "problem.custody.second-person");
        }
        return pending;
    }

    private static void requireStillPending(PendingOperation pending) {
        if (pending.status != PendingOperation.Status.PENDING) {
            throw new ProblemException(ProblemType.CUSTODY_CONFLICT, null, "problem.custody.already-decided",
                    new Messages.Key("pending." + pending.status.name()), String.valueOf(pending.decidedBy));
        }
    }

    private void decide(PendingOperation pending, PendingOperation.Status status, String reason) {
        pending.status = status;
        pending.decidedBy = user.name();
        pending.decidedAt = OffsetDateTime.now(clock);
        pending.decisionReason = reason;
    }

    private Views.PendingView view(PendingOperation p) {
        try {
            return new Views.PendingView(p.id, p.type, p.site.code, p.requestedBy, p.requestedAt, p.status,
                    p.decidedBy, p.decidedAt, p.decisionReason, p.operationId, p.subject, json.readTree(p.request),
                    p.overrideFindings == null ? List.of() : List.of(p.overrideFindings.split("\n")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept request could not be read back", e);
        }
    }
}
