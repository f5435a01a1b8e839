package org.stockpile.custody;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.stockpile.system.TagCode;
import org.stockpile.weapon.Weapon;

/** What the custody API answers. */
public final class Views {

    private Views() {
    }

    /** An operation carried out (status DONE) or waiting for a second person (status PENDING). */
    public record Outcome(String status, OperationType type, UUID operationId, UUID pendingOperationId,
            List<?> events) {

        static Outcome done(OperationType type, UUID operationId, List<?> events) {
            return new Outcome("DONE", type, operationId, null, events);
        }

        static Outcome pending(OperationType type, UUID pendingOperationId) {
            return new Outcome("PENDING", type, null, pendingOperationId, List.of());
        }
    }

    /** One movement of ammunition in the ledger. */
    public record AmmunitionEventView(long id, UUID operationId, OperationType type, String lotTag, String itemCode,
            String lotNumber, long quantity, String siteCode, long siteSeq, String personTag, String unit,
            String storageLocationCode, String counterpartSiteCode, String reference, String reason,
            String requestedBy, String approvedBy, OffsetDateTime serverTime, String hash) {

        static AmmunitionEventView of(CustodyEvent e) {
            return new AmmunitionEventView(e.id, e.operationId, e.type,
                    TagCode.of(TagCode.Kind.AMMUNITION_LOT, e.lot.id).value(), e.lot.item.itemCode, e.lot.lotNumber,
                    e.quantity, e.site.code, e.siteSeq,
                    e.person == null ? null : TagCode.of(TagCode.Kind.PERSON, e.person.id).value(), e.unit,
                    e.storageLocation == null ? null : e.storageLocation.code,
                    e.counterpartSite == null ? null : e.counterpartSite.code, e.reference, e.reason, e.requestedBy,
                    e.approvedBy, e.serverTime, e.hash);
        }
    }

    /** One lot's quantities at one site, where they are, against what the ledger says came in and went out. */
    public record Conservation(String siteCode, String lotTag, String itemCode, String lotNumber, long received,
            long adjusted, long transferredIn, long onHand, long issuedOut, long inTransit, long transferredOut,
            long consumed, long destroyed, boolean balanced) {
    }

    /** A quantity of a lot in one place. */
    public record StockLine(String lotTag, String itemCode, String lotNumber, String siteCode,
            String storageLocationCode, String holderPersonTag, String holderUnitCode, String transitToSiteCode,
            long quantity) {
    }

    /** One event of the ledger, as a weapon's history shows it. */
    public record EventView(long id, UUID operationId, OperationType type, String weaponTag, long weaponId,
            String siteCode, long siteSeq, Weapon.State fromState, Weapon.State toState, String personTag,
            String personName, String storageLocationCode, String counterpartSiteCode, String reason,
            String reference, String method, String witnesses, String requestedBy, String approvedBy,
            OffsetDateTime serverTime, OffsetDateTime deviceTime, String deviceId, String details, String hash) {

        static EventView of(CustodyEvent e) {
            return new EventView(e.id, e.operationId, e.type, TagCode.of(TagCode.Kind.WEAPON, e.weapon.id).value(),
                    e.weapon.id, e.site.code, e.siteSeq, e.fromState, e.toState,
                    e.person == null ? null : TagCode.of(TagCode.Kind.PERSON, e.person.id).value(),
                    e.person == null ? null : e.person.givenNames + " " + e.person.familyName,
                    e.storageLocation == null ? null : e.storageLocation.code,
                    e.counterpartSite == null ? null : e.counterpartSite.code, e.reason, e.reference, e.method,
                    e.witnesses, e.requestedBy, e.approvedBy, e.serverTime, e.deviceTime, e.deviceId, e.details,
                    e.hash);
        }
    }

    public record PendingView(UUID id, OperationType type, String siteCode, String requestedBy,
            OffsetDateTime requestedAt, PendingOperation.Status status, String decidedBy, OffsetDateTime decidedAt,
            String decisionReason, UUID operationId, PendingOperation.Subject subject, Object request) {
    }

    /** A weapon as an inventory or a holding lists it. */
    public record WeaponLine(long id, String tagCode, String model, String manufacturerSerial, String nationalSerial,
            Weapon.State state, String storageLocationCode, String holderTag, String siteCode,
            String destinationSiteCode) {

        static WeaponLine of(Weapon w) {
            return new WeaponLine(w.id, TagCode.of(TagCode.Kind.WEAPON, w.id).value(), w.model, w.manufacturerSerial,
                    w.nationalSerial, w.state, w.storageLocation == null ? null : w.storageLocation.code,
                    w.holder == null ? null : TagCode.of(TagCode.Kind.PERSON, w.holder.id).value(), w.site.code,
                    w.destinationSite == null ? null : w.destinationSite.code);
        }
    }

    /** A site's weapons: counts per state, and the lists a clerk checks at the counter. */
    public record Inventory(String siteCode, Map<Weapon.State, Long> countsByState, List<WeaponLine> issuedOut,
            List<WeaponLine> inTransitOut, List<WeaponLine> inTransitIn) {
    }

    public record DecisionRequest(String reason) {
    }
}
