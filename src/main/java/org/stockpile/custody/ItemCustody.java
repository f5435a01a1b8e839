package org.stockpile.custody;

import java.time.OffsetDateTime;
import java.util.Set;

import org.stockpile.person.Person;
import org.stockpile.site.Site;
import org.stockpile.weapon.Weapon;

/**
 * What differs between the custody of one kind of item and another (weapons one by one, ammunition by lot and
 * quantity): how a request is read into a plan, what a held request is checked against, and how a plan is carried
 * out. The steps around them, the same for every kind, are {@link CustodyOperations}'s. An abstract class rather than
 * an interface so that these steps stay inside the package.
 *
 * @param <R> the request a client sends
 * @param <P> the plan: the request resolved and checked, nothing written yet
 */
abstract class ItemCustody<R, P extends ItemCustody.Planned> {

    /**
     * What every plan says: the site whose chain records the operation and whose people may approve it, and, for an
     * operation that hands weapons to a person, who receives them and of what types.
     */
    interface Planned {

        Site site();

        default Person recipient() {
            return null;
        }

        default Set<Weapon.Type> weaponTypes() {
            return Set.of();
        }
    }

    /** What a pending request of this kind concerns, which says who carries it out once approved. */
    abstract PendingOperation.Subject subject();

    abstract Class<R> requestType();

    /**
     * What a repeat of the request must match to be answered as the first one was. Kept as first written: keys are
     * kept for good, and a client retrying across an upgrade must still get its first answer.
     */
    abstract Object fingerprint(OperationType type, R request);

    abstract OffsetDateTime deviceTime(R request);

    /** Resolves, locks and checks everything the operation concerns; refuses it (4xx) when any item may not go. */
    abstract P plan(OperationType type, R request);

    abstract boolean requiresSecondPerson(P plan);

    /** What a second person must find unchanged for the held operation to be carried out as it was asked. */
    abstract HeldAgainst heldAgainst(P plan);

    /**
     * Writes the operation's events and moves the items. {@code heldAgainst} is null for an operation carried out at
     * once; for an approved one, the operation is refused (409) when anything it concerns has changed since. A
     * commander's {@code override} of lacking certification, when there is one, is recorded in every event.
     */
    abstract Views.Outcome execute(P plan, String requestedBy, String approvedBy, HeldAgainst heldAgainst,
            CertificationOverride override);
}
