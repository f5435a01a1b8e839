package org.stockpile.custody;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.stockpile.security.CurrentUser;
import org.stockpile.security.Roles;
import org.stockpile.system.Idempotency;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;
import org.stockpile.training.Certification;

/**
 * The steps of every custody operation, whatever it moves, in one transaction: claim the idempotency key (a repeat
 * gets the first answer) → check the device time → plan (resolve, lock and check every item) → check certification
 * (refused, 422, when lacking; or held for a commander's override when that was asked) → hold the operation for a
 * second person when national policy says so (202), or carry it out (200), unless the site's stock is being counted
 * and policy freezes movements there (409) → store the answer with the key.
 */
@ApplicationScoped
class CustodyOperations {

    /** Whether a request asks to be carried out as it is or, lacking certification, held for a commander. */
    enum Mode {
        PERFORM, REQUEST_OVERRIDE
    }

    private final Idempotency idempotency;
    private final CurrentUser user;
    private final ScannedInputs inputs;
    private final CertificationPolicy certification;
    private final Clock clock;
    private final MovementFreeze freeze;

    CustodyOperations(Idempotency idempotency, CurrentUser user, ScannedInputs inputs,
            CertificationPolicy certification, Clock clock, MovementFreeze freeze) {
        this.freeze = freeze;
        this.idempotency = idempotency;
        this.user = user;
        this.inputs = inputs;
        this.certification = certification;
        this.clock = clock;
    }

    @Transactional
    <R, P extends ItemCustody.Planned> Idempotency.Answer perform(ItemCustody<R, P> custody, OperationType type,
            R request, String key, Mode mode) {
        // A plain request keeps the fingerprint it always had, so that a retry across an upgrade still matches.
        Object fingerprint = mode == Mode.PERFORM ? custody.fingerprint(type, request)
                : List.of(custody.fingerprint(type, request), mode.name());
        var first = idempotency.claim(user.name(), key, fingerprint);
        if (first.isPresent()) {
            return first.get();
        }
        Views.Outcome outcome = submit(custody, type, request, mode);
        return idempotency.complete(user.name(), key, outcome.isPending() ? 202 : 200, outcome);
    }

    /**
     * The operation checked, then held for a second person or carried out, in the caller's transaction; the caller
     * owns the request's idempotency. A held operation moves nothing, so a count that freezes the site's movements
     * refuses only what would be carried out now: a loss found by the count can still be reported while it is open.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    <R, P extends ItemCustody.Planned> Views.Outcome submit(ItemCustody<R, P> custody, OperationType type,
            R request, Mode mode) {
        inputs.requirePlausibleDeviceTime(custody.deviceTime(request));
        P plan = custody.plan(type, request);
        List<Certification.Shortfall> missing = certification.shortfalls(type, plan, user.name(),
                custody.deviceTime(request), OffsetDateTime.now(clock));
        if (mode == Mode.REQUEST_OVERRIDE) {
            if (missing.isEmpty()) {
                throw ProblemException.rule(null, "problem.certification.override-not-needed");
            }
            return hold(custody, type, plan, request, CertificationOverride.of(null, missing).findings());
        }
        if (!missing.isEmpty()) {
            throw CertificationPolicy.refusal(missing);
        }
        if (custody.requiresSecondPerson(plan)) {
            return hold(custody, type, plan, request, null);
        }
        freeze.requireMovementsAllowed(plan.site());
        return custody.execute(plan, user.name(), null, null, null);
    }

    /**
     * An operation a count asks for to put the book right (a move, an adjustment), in the caller's transaction:
     * checked as any other, then always held for a second person at the site. It is the auditor's correction, not a
     * clerk's counter operation: no clerk's certificate is asked, now or when it is approved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    <R, P extends ItemCustody.Planned> Views.Outcome submitCorrection(ItemCustody<R, P> custody, OperationType type,
            R request, long stocktakeId) {
        inputs.requirePlausibleDeviceTime(custody.deviceTime(request));
        P plan = custody.plan(type, request);
        PendingOperation pending = inputs.hold(custody.subject(), type, plan.site(), request,
                custody.heldAgainst(plan));
        pending.stocktakeId = stocktakeId;
        return Views.Outcome.pending(type, pending.id);
    }

    /** Keeps the request for a second person (for a commander, with what it lacks). */
    private <R, P extends ItemCustody.Planned> Views.Outcome hold(ItemCustody<R, P> custody, OperationType type,
            P plan, R request, String overrideFindings) {
        PendingOperation pending = inputs.hold(custody.subject(), type, plan.site(), request,
                custody.heldAgainst(plan));
        pending.overrideFindings = overrideFindings;
        return Views.Outcome.pending(type, pending.id);
    }

    /**
     * Carries out a held operation a second person approved, planned again now against what it was held against.
     * Certification is checked again for the requester: an operation held for an override goes through with the
     * approving commander's reason recorded in its events; a count's correction needs none; any other is refused if
     * certification now lacks.
     */
    <R, P extends ItemCustody.Planned> Views.Outcome executeApproved(ItemCustody<R, P> custody,
            PendingOperation pending, String approvedBy, String overrideReason) {
        HeldAgainst heldAgainst = inputs.heldAgainst(pending);
        R request = inputs.read(pending, custody.requestType());
        P plan = custody.plan(pending.type, request);
        freeze.requireMovementsAllowed(plan.site());
        List<Certification.Shortfall> missing = pending.stocktakeId != null ? List.of()
                : certification.shortfalls(pending.type, plan, pending.requestedBy, custody.deviceTime(request),
                        pending.requestedAt);
        CertificationOverride override = null;
        if (pending.overrideFindings != null) {
            requireCommanderReason(overrideReason);
            override = missing.isEmpty() ? null : CertificationOverride.of(overrideReason, missing);
        } else if (!missing.isEmpty()) {
            throw CertificationPolicy.refusal(missing);
        }
        return custody.execute(plan, pending.requestedBy, approvedBy, heldAgainst, override);
    }

    /** Only a commander overrides certification, and always says why. */
    private void requireCommanderReason(String reason) {
        if (!user.hasRole(Roles.COMMANDER)) {
            throw new ProblemException(ProblemType.FORBIDDEN, null, "problem.certification.commander-only");
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.rule("reason", "problem.certification.override-reason");
        }
    }
}
