package org.stockpile.custody;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.stockpile.security.CurrentUser;
import org.stockpile.system.Idempotency;

/**
 * The steps of every custody operation, whatever it moves, in one transaction: claim the idempotency key (a repeat
 * gets the first answer) → check the device time → plan (resolve, lock and check every item) → hold the operation for
 * a second person when national policy says so (202), or carry it out (200) → store the answer with the key.
 */
@ApplicationScoped
class CustodyOperations {

    private final Idempotency idempotency;
    private final CurrentUser user;
    private final ScannedInputs inputs;

    CustodyOperations(Idempotency idempotency, CurrentUser user, ScannedInputs inputs) {
        this.idempotency = idempotency;
        this.user = user;
        this.inputs = inputs;
    }

    @Transactional
    <R, P extends ItemCustody.Planned> Idempotency.Answer perform(ItemCustody<R, P> custody, OperationType type,
            R request, String key) {
        var first = idempotency.claim(user.name(), key, custody.fingerprint(type, request));
        if (first.isPresent()) {
            return first.get();
        }
        inputs.requirePlausibleDeviceTime(custody.deviceTime(request));
        P plan = custody.plan(type, request);
        if (custody.requiresSecondPerson(plan)) {
            PendingOperation pending = inputs.hold(custody.subject(), type, plan.site(), request,
                    custody.heldAgainst(plan));
            return idempotency.complete(user.name(), key, 202, Views.Outcome.pending(type, pending.id));
        }
        return idempotency.complete(user.name(), key, 200, custody.execute(plan, user.name(), null, null));
    }

    /** Carries out a held operation a second person approved, planned again now against what it was held against. */
    <R, P extends ItemCustody.Planned> Views.Outcome executeApproved(ItemCustody<R, P> custody,
            PendingOperation pending, String approvedBy) {
        HeldAgainst heldAgainst = inputs.heldAgainst(pending);
        P plan = custody.plan(pending.type, inputs.read(pending, custody.requestType()));
        return custody.execute(plan, pending.requestedBy, approvedBy, heldAgainst);
    }
}
