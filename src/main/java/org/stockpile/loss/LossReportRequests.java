package org.stockpile.loss;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.stockpile.ammo.AmmunitionCustodyRequest;
import org.stockpile.custody.CustodyRequest;
import org.stockpile.system.PlausibleDate;
import org.stockpile.system.TagCode;

/** What clients send to report a loss and follow its investigation, each field bounded as it is stored. */
public final class LossReportRequests {

    private LossReportRequests() {
    }

    /**
     * A loss or theft at one site of the weapons whose tags are given, of quantities of ammunition lots, or of both:
     * when it was discovered, when the items were last verified (if known), where, how, and the police reference once
     * there is one. The site is the weapons' own; {@code siteCode} names it where lots are lost, whose store it is.
     */
    public record Filing(@NotNull(message = "{validation.required}") LossReport.Kind kind,
            @Size(max = CustodyRequest.MAX_WEAPONS, message = "{validation.too-many}")
            List<@NotBlank(message = "{validation.required}") @Size(max = TagCode.MAX_SCANNED,
                    message = "{validation.too-long}") String> weaponTags,
            @NotNull(message = "{validation.required}") @PlausibleDate LocalDate discoveredOn,
            @PlausibleDate LocalDate lastVerifiedOn,
            @Size(max = 200, message = "{validation.too-long}") String place,
            @NotBlank(message = "{validation.required}")
            @Size(max = LossReport.MAX_CIRCUMSTANCES, message = "{validation.too-long}") String circumstances,
            @Size(max = 100, message = "{validation.too-long}") String policeReference,
            @Size(max = 32, message = "{validation.too-long}") String siteCode,
            @Size(max = AmmunitionCustodyRequest.MAX_LINES, message = "{validation.too-many}")
            List<@NotNull(message = "{validation.required}") @Valid LostLot> lots) {

        /** The weapons' tags, none when left out. */
        public List<String> weapons() {
            return weaponTags == null ? List.of() : weaponTags;
        }

        /** The lots lost, none when left out. */
        public List<LostLot> lotsLost() {
            return lots == null ? List.of() : lots;
        }
    }

    /** A lot's tag and the quantity of it lost, from the store or from one storage location of it. */
    public record LostLot(@NotBlank(message = "{validation.required}")
            @Size(max = TagCode.MAX_SCANNED, message = "{validation.too-long}") String lotTag,
            @NotNull(message = "{validation.required}") @Positive(message = "{validation.positive}")
            @Max(value = AmmunitionCustodyRequest.MAX_QUANTITY, message = "{validation.too-large}") Long quantity,
            @Size(max = TagCode.MAX_SCANNED, message = "{validation.too-long}") String locationTag) {
    }

    /** A step of the investigation: its status from now on, the police reference if it is new, what was learnt. */
    public record Entry(@NotNull(message = "{validation.required}") Investigation status,
            @Size(max = 100, message = "{validation.too-long}") String policeReference,
            @Size(max = LossReportEntry.MAX_NOTE, message = "{validation.too-long}") String note) {
    }
}
