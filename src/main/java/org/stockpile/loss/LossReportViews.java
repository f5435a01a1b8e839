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

    /** Where the operation that takes the weapons off the book stands. */
    public enum Approval {
        AWAITING_SECOND_PERSON, CARRIED_OUT, REJECTED, WITHDRAWN
    }

    /**
     * A report as filed, where its custody operation stands, the investigation's status (its last entry's) and the
     * police reference (the latest given), every entry, and the ledger events the operation wrote.
     */
    public record LossReportView(long id, LossReport.Kind kind, String siteCode, String siteName,
            LocalDate discoveredOn, @Schema(nullable = true) LocalDate lastVerifiedOn,
            @Schema(nullable = true) String place, String circumstances, String reportedBy,
            OffsetDateTime reportedAt, @Schema(nullable = true) Long stocktakeId, Approval approval,
            @Schema(nullable = true) UUID pendingOperationId, @Schema(nullable = true) UUID operationId,
            Investigation investigation, @Schema(nullable = true) String policeReference, List<LostWeapon> weapons,
            List<EntryView> entries, List<Views.EventView> events) {
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
            int weapons, String reportedBy, OffsetDateTime reportedAt, Investigation investigation) {
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
