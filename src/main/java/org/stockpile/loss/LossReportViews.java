package org.stockpile.loss;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stockpile.custody.Views;
import org.stockpile.weapon.Weapon;

/** What the loss report API answers. */
public final class LossReportViews {

    private LossReportViews() {
    }

    /** Where the operations that take what was lost off the book stand. */
    public enum Approval {
        AWAITING_SECOND_PERSON, CARRIED_OUT, REJECTED, WITHDRAWN;

        /** Which of two standings says where a report stands, the first of these that either is. */
        private static final List<Approval> PRECEDENCE = List.of(REJECTED, WITHDRAWN, AWAITING_SECOND_PERSON,
                CARRIED_OUT);

        /**
         * Where a report stands whose weapons' operation stands at {@code weapons} and ammunition's at
         * {@code ammunition} (null for what it does not name): refused or withdrawn if either was, waiting while
         * either waits, carried out once both are.
         */
        public static Approval together(Approval weapons, Approval ammunition) {
            if (weapons == null || ammunition == null) {
                return weapons == null ? ammunition : weapons;
            }
            return PRECEDENCE.stream().filter(standing -> standing == weapons || standing == ammunition).findFirst()
                    .orElseThrow();
        }
    }

    /**
     * A report as filed, where its custody operations stand (the weapons' and the ammunition's, each held for a
     * second person or carried out), the investigation's status (its last entry's) and the police reference (the
     * latest given), every entry, and the ledger events the operations wrote.
     */
    public record LossReportView(long id, LossReport.Kind kind, String siteCode, String siteName,
            LocalDate discoveredOn, @Schema(nullable = true) LocalDate lastVerifiedOn,
            @Schema(nullable = true) String place, String circumstances, String reportedBy,
            OffsetDateTime reportedAt, @Schema(nullable = true) Long stocktakeId, Approval approval,
            @Schema(nullable = true) UUID pendingOperationId, @Schema(nullable = true) UUID operationId,
            @Schema(nullable = true) UUID ammunitionPendingOperationId,
            @Schema(nullable = true) UUID ammunitionOperationId, Investigation investigation,
            @Schema(nullable = true) String policeReference, List<LostWeapon> weapons, List<LostLot> lots,
            List<EntryView> entries, List<Views.EventView> events,
            List<Views.AmmunitionEventView> ammunitionEvents) {
    }

    /** A quantity of an ammunition lot reported lost. */
    public record LostLot(String tag, String itemCode, String nomenclature, String lotNumber, long quantity) {
    }

    /** A weapon reported, as it stands now, and when it was recovered if it was. */
    public record LostWeapon(String tag, String manufacturer, String model, String calibre,
            String manufacturerSerial, @Schema(nullable = true) String nationalSerial, Weapon.State state,
            @Schema(nullable = true) OffsetDateTime recoveredAt) {
    }

    public record EntryView(Investigation status, @Schema(nullable = true) String policeReference,
            @Schema(nullable = true) String note, String recordedBy, OffsetDateTime recordedAt) {
    }

    /** A report as a list shows it. */
    public record LossReportLine(long id, LossReport.Kind kind, String siteCode, LocalDate discoveredOn,
            int weapons, int lots, String reportedBy, OffsetDateTime reportedAt, Investigation investigation) {
    }

    /**
     * One lost or stolen weapon as a national bureau sends it on for international tracing: what identifies the
     * weapon (make, model, calibre, serial numbers, markings, country and year of manufacture and import) and the
     * loss (kind, date discovered and date last verified, place, police reference).
     */
    public record TracingLine(String make, String model, String calibre, Weapon.Type type, String serialNumber,
            @Schema(nullable = true) String nationalSerial, @Schema(nullable = true) String ownershipMark,
            @Schema(nullable = true) String countryOfManufacture, @Schema(nullable = true) Integer yearOfManufacture,
            @Schema(nullable = true) String countryOfImport, LossReport.Kind lossKind, LocalDate dateOfLoss,
            @Schema(nullable = true) LocalDate lastVerifiedOn, String placeOfLoss, String siteCode, String region,
            @Schema(nullable = true) String policeReference, long lossReportId, boolean recovered) {
    }
}
