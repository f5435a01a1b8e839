package org.stockpile.custody;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.stockpile.system.Messages;
import org.stockpile.system.TagCode;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;
import org.stockpile.weapon.IdentityCorrections;
import org.stockpile.weapon.Weapon;
import org.stockpile.weapon.WeaponRepository;
import org.stockpile.weapon.WeaponRequest;
import org.stockpile.weapon.WeaponService;

/**
 * Corrections of a weapon's identity (its serials, maker, model...): a clerk who could rewrite them alone could make
 * a weapon disappear from the books under another name. One correction at a time waits per weapon; a second person
 * approves it only if the weapon has not changed since, and the correction enters the weapon's site chain as a
 * CORRECTION event naming every field changed, old and new.
 */
@ApplicationScoped
public class WeaponCorrections implements IdentityCorrections {

    /** A correction as it waits: the weapon, the record as corrected, and what that changes. */
    record Correction(long weaponId, WeaponRequest weapon, List<String> changes) {
    }

    private final ScannedInputs inputs;
    private final PendingOperationRepository pendingOperations;
    private final WeaponRepository weapons;
    private final WeaponService weaponService;
    private final CustodyLedger ledger;

    WeaponCorrections(ScannedInputs inputs, PendingOperationRepository pendingOperations, WeaponRepository weapons,
            WeaponService weaponService, CustodyLedger ledger) {
        this.inputs = inputs;
        this.pendingOperations = pendingOperations;
        this.weapons = weapons;
        this.weaponService = weaponService;
        this.ledger = ledger;
    }

    @Override
    public UUID hold(Weapon weapon, WeaponRequest request, List<String> changes) {
        // The weapon's lock makes two corrections of one weapon requested at once wait for each other.
        weapons.getEntityManager().lock(weapon, LockModeType.PESSIMISTIC_WRITE);
        boolean waiting = pendingOperations.find("subject = ?1 and status = ?2", PendingOperation.Subject.WEAPON_RECORD,
                PendingOperation.Status.PENDING).stream()
                .anyMatch(pending -> inputs.read(pending, Correction.class).weaponId() == weapon.id);
        if (waiting) {
            throw new ProblemException(ProblemType.CUSTODY_CONFLICT, null, "problem.weapon.correction-waiting",
                    TagCode.of(TagCode.Kind.WEAPON, weapon.id).value());
        }
        return inputs.hold(PendingOperation.Subject.WEAPON_RECORD, OperationType.CORRECTION, weapon.site,
                new Correction(weapon.id, request, changes), HeldAgainst.weapons(Map.of(weapon.id, weapon.version))).id;
    }

    Views.Outcome executeApproved(PendingOperation pending, String approvedBy) {
        HeldAgainst heldAgainst = inputs.heldAgainst(pending);
        Correction correction = inputs.read(pending, Correction.class);
        Weapon weapon = weapons.findById(correction.weaponId(), LockModeType.PESSIMISTIC_WRITE);
        if (weapon == null || !heldAgainst.changedWeapons(Map.of(weapon.id, weapon.version)).isEmpty()) {
            String tag = TagCode.of(TagCode.Kind.WEAPON, correction.weaponId()).value();
            List<ProblemException.Item> items = weapon == null ? List.of()
                    : List.of(new ProblemException.Item(tag, weapon.state.name(), null,
                            "problem.custody.weapon-changed", new Messages.Key("state." + weapon.state.name())));
            throw new ProblemException(ProblemType.CUSTODY_CONFLICT, null, items,
                    "problem.custody.changed-since-request", 1);
        }
        weaponService.correctIdentity(weapon, correction.weapon());
        CustodyEvent event = CustodyEvent.of(UUID.randomUUID(), OperationType.CORRECTION, weapon, weapon.site,
                pending.requestedBy, approvedBy);
        event.fromState = weapon.state;
        event.toState = weapon.state;
        event.details = String.join("\n", correction.changes());
        ledger.append(List.of(event));
        return Views.Outcome.done(OperationType.CORRECTION, event.operationId, List.of(Views.EventView.of(event)));
    }
}
