package org.stockpile.custody;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stockpile.system.TagCode;
import org.stockpile.weapon.Weapon;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** What the custody API answers. */
public final class Views {

    private Views() {
    }

    /** An operation carried out (status DONE) or waiting for a second person (status PENDING). */
    public record Outcome(String status, OperationType type, @Schema(nullable = true) UUID operationId,
            @Schema(nullable = true) UUID pendingOperationId, List<?> events) {

        static Outcome done(OperationType type, UUID operationId, List<?> events) {
            return new Outcome("DONE", type, operationId, null, events);
        }

        static Outcome pending(OperationType type, UUID pendingOperationId) {
            return new Outcome("PENDING", type, null, pendingOperationId, List.of());
        }

        /** Whether it waits for a second person. */
        @JsonIgnore
        public boolean isPending() {
            return pendingOperationId != null;
        }
    }

    /** One movement of ammunition in the ledger. */
    public record AmmunitionEventView(long id, UUID operationId, OperationType type, String lotTag, String itemCode,
            String lotNumber, long quantity, String siteCode, long siteSeq, @Schema(nullable = true) String personTag,
            @Schema(nullable = true) String unit, @Schema(nullable = true) String storageLocationCode,
            @Schema(nullable = true) String counterpartSiteCode, @Schema(nullable = true) String reference,
            @Schema(nullable = true) String reason, String requestedBy, @Schema(nullable = true) String approvedBy,
            OffsetDateTime serverTime, @Schema(nullable = true) String overrideReason,
            @Schema(nullable = true) String overrideFindings, String hash) {

        /** Every argument is a field of the event or a local named as the component it fills, in the same order. */
        static AmmunitionEventView of(CustodyEvent e) {
            String lotTag = TagCode.of(TagCode.Kind.AMMUNITION_LOT, e.lot.id).value();
            String personTag = e.person == null ? null : TagCode.of(TagCode.Kind.PERSON, e.person.id).value();
            String storageLocationCode = e.storageLocation == null ? null : e.storageLocation.code;
            String counterpartSiteCode = e.counterpartSite == null ? null : e.counterpartSite.code;
            return new AmmunitionEventView(e.id, e.operationId, e.type, lotTag, e.lot.item.itemCode, e.lot.lotNumber,
                    e.quantity, e.site.code, e.siteSeq, personTag, e.unit, storageLocationCode, counterpartSiteCode,
                    e.reference, e.reason, e.requestedBy, e.approvedBy, e.serverTime, e.overrideReason,
                    e.overrideFindings, e.hash);
        }
    }

    /** One lot's quantities at one site, where they are, against what the ledger says came in and went out. */
    public record Conservation(String siteCode, String lotTag, String itemCode, String lotNumber, long received,
            long adjusted, long transferredIn, long onHand, long issuedOut, long inTransit, long transferredOut,
            long consumed, long destroyed,
            @Schema(description = "Lost or stolen, as loss and theft reports took it off the book") long lost,
            boolean balanced) {
    }

    /** A quantity of a lot in one place. */
    public record StockLine(String lotTag, String itemCode, String lotNumber, String siteCode,
            @Schema(nullable = true) String storageLocationCode, @Schema(nullable = true) String holderPersonTag,
            @Schema(nullable = true) String holderUnitCode, @Schema(nullable = true) String transitToSiteCode,
            long quantity) {
    }

    /** One event of the ledger, as a weapon's history shows it. */
    public record EventView(long id, UUID operationId, OperationType type, String weaponTag, long weaponId,
            String siteCode, long siteSeq, @Schema(nullable = true) Weapon.State fromState, Weapon.State toState,
            @Schema(nullable = true) String personTag, @Schema(nullable = true) String personName,
            @Schema(nullable = true) String storageLocationCode, @Schema(nullable = true) String counterpartSiteCode,
            @Schema(nullable = true) String reason, @Schema(nullable = true) String reference,
            @Schema(nullable = true) String method, @Schema(nullable = true) String witnesses, String requestedBy,
            @Schema(nullable = true) String approvedBy, OffsetDateTime serverTime,
            @Schema(nullable = true) OffsetDateTime deviceTime, @Schema(nullable = true) String deviceId,
            @Schema(nullable = true) String details,
            @Schema(nullable = true, description = "Why a commander let the operation through without the "
                    + "certification it needed") String overrideReason,
            @Schema(nullable = true, description = "What certification was lacking, one line per shortfall, when a "
                    + "commander overrode it") String overrideFindings,
            String hash) {

        /** Every argument is a field of the event or a local named as the component it fills, in the same order. */
        static EventView of(CustodyEvent e) {
            String weaponTag = TagCode.of(TagCode.Kind.WEAPON, e.weapon.id).value();
            String personTag = e.person == null ? null : TagCode.of(TagCode.Kind.PERSON, e.person.id).value();
            String personName = e.person == null ? null : e.person.fullName();
            String storageLocationCode = e.storageLocation == null ? null : e.storageLocation.code;
            String counterpartSiteCode = e.counterpartSite == null ? null : e.counterpartSite.code;
            return new EventView(e.id, e.operationId, e.type, weaponTag, e.weapon.id, e.site.code, e.siteSeq,
                    e.fromState, e.toState, personTag, personName, storageLocationCode, counterpartSiteCode,
                    e.reason, e.reference, e.method, e.witnesses, e.requestedBy, e.approvedBy, e.serverTime,
                    e.deviceTime, e.deviceId, e.details, e.overrideReason, e.overrideFindings, e.hash);
        }
    }

    public record PendingView(UUID id, OperationType type, String siteCode, String requestedBy,
            OffsetDateTime requestedAt, PendingOperation.Status status, @Schema(nullable = true) String decidedBy,
            @Schema(nullable = true) OffsetDateTime decidedAt, @Schema(nullable = true) String decisionReason,
            @Schema(nullable = true) UUID operationId, PendingOperation.Subject subject, Object request,
            @Schema(description = "What certification the request lacked, when it asks a commander to override it "
                    + "(one line per shortfall: party, who, authorisation, lack, last certificate and since when)")
            List<String> overrideFindings) {
    }

    /** A weapon as an inventory or a holding lists it. */
    public record WeaponLine(long id, String tagCode, String model, String manufacturerSerial,
            @Schema(nullable = true) String nationalSerial, Weapon.State state,
            @Schema(nullable = true) String storageLocationCode, @Schema(nullable = true) String holderTag,
            String siteCode, @Schema(nullable = true) String destinationSiteCode) {

        static WeaponLine of(long id, String model, String manufacturerSerial, String nationalSerial,
                Weapon.State state, String storageLocationCode, Long holderId, String siteCode,
                String destinationSiteCode) {
            return new WeaponLine(id, TagCode.of(TagCode.Kind.WEAPON, id).value(), model, manufacturerSerial,
                    nationalSerial, state, storageLocationCode,
                    holderId == null ? null : TagCode.of(TagCode.Kind.PERSON, holderId).value(), siteCode,
                    destinationSiteCode);
        }
    }

    /** A site's weapons: counts per state, and the lists a clerk checks at the counter. */
    public record Inventory(String siteCode, Map<Weapon.State, Long> countsByState, List<WeaponLine> issuedOut,
            List<WeaponLine> inTransitOut, List<WeaponLine> inTransitIn) {
    }

    public record DecisionRequest(String reason) {
    }
}
