package org.stockpile.stocktake;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.stockpile.loss.LossReport;
import org.stockpile.system.TagCode;

/** What clients send to count: each field bounded as it is stored, and checked before anything is looked up. */
public final class StocktakeRequests {

    /** The most items one recount or explanation names. */
    public static final int MAX_ITEMS = 1000;
    /** The largest quantity one count of a lot may give. */
    public static final long MAX_QUANTITY = 1_000_000_000L;

    private StocktakeRequests() {
    }

    /** A count of a site, or of one of its storage locations (by the tag on it), in full or by sample. */
    public record Open(@NotBlank(message = "{validation.required}")
            @Size(max = 32, message = "{validation.too-long}") String siteCode,
            @Size(max = TagCode.MAX_SCANNED, message = "{validation.too-long}") String locationTag,
            @NotNull(message = "{validation.required}") Stocktake.Scope scope) {
    }

    /**
     * A weapon's tag scanned, where it was found (the storage location's tag last scanned, if any). The id is the
     * client's own for this scan: the same scan sent again is recorded once.
     */
    public record Scan(@NotNull(message = "{validation.required}") UUID id,
            @NotBlank(message = "{validation.required}")
            @Size(max = TagCode.MAX_SCANNED, message = "{validation.too-long}") String weaponTag,
            @Size(max = TagCode.MAX_SCANNED, message = "{validation.too-long}") String locationTag,
            OffsetDateTime deviceTime) {
    }

    /** A lot's tag scanned and the quantity counted of it at a place; the id is the client's, as for a scan. */
    public record LotCount(@NotNull(message = "{validation.required}") UUID id,
            @NotBlank(message = "{validation.required}")
            @Size(max = TagCode.MAX_SCANNED, message = "{validation.too-long}") String lotTag,
            @Size(max = TagCode.MAX_SCANNED, message = "{validation.too-long}") String locationTag,
            @NotNull(message = "{validation.required}") @PositiveOrZero(message = "{validation.not-negative}")
            @Max(value = MAX_QUANTITY, message = "{validation.too-large}") Long quantity,
            OffsetDateTime deviceTime) {
    }

    /** The items to count again: tags of weapons and lots whose discrepancies are not explained. */
    public record Recount(@NotEmpty(message = "{validation.required}")
            @Size(max = MAX_ITEMS, message = "{validation.too-many}")
            List<@NotBlank(message = "{validation.required}") @Size(max = TagCode.MAX_SCANNED,
                    message = "{validation.too-long}") String> tags) {
    }

    /** Why the discrepancies of these items (weapon and lot tags) are what they are. */
    public record Explanation(@NotEmpty(message = "{validation.required}")
            @Size(max = MAX_ITEMS, message = "{validation.too-many}")
            List<@NotBlank(message = "{validation.required}") @Size(max = TagCode.MAX_SCANNED,
                    message = "{validation.too-long}") String> tags,
            @NotBlank(message = "{validation.required}")
            @Size(max = 1000, message = "{validation.too-long}") String explanation) {
    }

    /**
     * Weapons the count could not find, escalated as a loss (or theft) report: how they came to be missing, where if
     * known, and the police reference once there is one.
     */
    public record LossEscalation(@NotNull(message = "{validation.required}") LossReport.Kind kind,
            @NotEmpty(message = "{validation.required}")
            @Size(max = MAX_ITEMS, message = "{validation.too-many}")
            List<@NotBlank(message = "{validation.required}") @Size(max = TagCode.MAX_SCANNED,
                    message = "{validation.too-long}") String> tags,
            @NotBlank(message = "{validation.required}")
            @Size(max = LossReport.MAX_CIRCUMSTANCES, message = "{validation.too-long}") String circumstances,
            @Size(max = 200, message = "{validation.too-long}") String place,
            @Size(max = 100, message = "{validation.too-long}") String policeReference) {
    }

    /**
     * Items the count found otherwise than the book has them, to put right: each weapon found at another storage
     * location is moved there, each lot counted in another quantity adjusted by the difference; why, for the ledger.
     */
    public record Correction(@NotEmpty(message = "{validation.required}")
            @Size(max = MAX_ITEMS, message = "{validation.too-many}")
            List<@NotBlank(message = "{validation.required}") @Size(max = TagCode.MAX_SCANNED,
                    message = "{validation.too-long}") String> tags,
            @NotBlank(message = "{validation.required}")
            @Size(max = 500, message = "{validation.too-long}") String explanation) {
    }

    /** Closing remarks: for a sample below the threshold, its causes and the corrective action. */
    public record Close(@Size(max = Stocktake.MAX_REMARKS, message = "{validation.too-long}") String remarks) {
    }
}
