package org.stockpile.stocktake;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stockpile.custody.Views;
import org.stockpile.stocktake.Reconciliation.Category;
import org.stockpile.system.TagCode;
import org.stockpile.weapon.Weapon;

/**
 * What the API answers about counts. A counter's answers (the stocktake, its progress, a scan's receipt) carry only
 * running counts, never a figure of the book: counts are blind. The findings, with the book, are for those who
 * reconcile.
 */
public final class StocktakeViews {

    private StocktakeViews() {
    }

    /** A count: where, of what, by whom, and how it closed. */
    public record StocktakeView(long id, String siteCode, String siteName,
            @Schema(nullable = true) String locationTag, @Schema(nullable = true) String locationCode,
            Stocktake.Scope scope, Stocktake.Movements movements, Stocktake.Status status, int round,
            String openedBy, OffsetDateTime openedAt, @Schema(nullable = true) String closedBy,
            @Schema(nullable = true) OffsetDateTime closedAt, @Schema(nullable = true) String closingRemarks,
            @Schema(nullable = true) String findingsHash) {

        static StocktakeView of(Stocktake stocktake) {
            var location = stocktake.storageLocation;
            return new StocktakeView(stocktake.id, stocktake.site.code, stocktake.site.name,
                    location == null ? null : TagCode.of(TagCode.Kind.STORAGE_LOCATION, location.id).value(),
                    location == null ? null : location.code, stocktake.scope, stocktake.movements, stocktake.status,
                    stocktake.recounts, stocktake.openedBy, stocktake.openedAt, stocktake.closedBy,
                    stocktake.closedAt, stocktake.closingRemarks, stocktake.findingsHash);
        }
    }

    /** One counter's share of the count. */
    public record CounterView(String name, long scans, long lotCounts, OffsetDateTime lastAt) {
    }

    /** How far the count has gone: weapons and lots counted so far, and by whom. Nothing of the book. */
    public record Progress(long stocktakeId, Stocktake.Status status, int round, long weaponsScanned,
            long lotsCounted, long yourScans, List<CounterView> counters) {
    }

    /** A scan's receipt: whether it was recorded now (false for a repeat of a scan already recorded). */
    public record ScanReceipt(UUID id, boolean recorded, String tag, @Schema(nullable = true) String locationCode,
            long weaponsScanned, long yourScans) {
    }

    /** A lot count's receipt, as for a scan. */
    public record LotCountReceipt(UUID id, boolean recorded, String lotTag,
            @Schema(nullable = true) String locationCode, long quantity, long lotsCounted) {
    }

    /** A recount asked for: its round, the items to count again, and who counted before (ask someone else). */
    public record RecountView(int round, List<String> tags, List<String> firstCounters) {
    }

    /**
     * What the count found against the book: the share of records agreeing, how many weapons and lots fell in each
     * category, every weapon not simply found where the book has it, and every lot. Found weapons are counted, not
     * listed: each one's scan is kept.
     */
    public record Findings(long stocktakeId, String siteCode, @Schema(nullable = true) String locationCode,
            Stocktake.Scope scope, Stocktake.Status status, int records, int agreeing, BigDecimal matchRate,
            BigDecimal threshold, boolean meetsThreshold, Map<Category, Long> counts, int unexplained,
            List<WeaponFinding> weapons, List<LotFinding> lots, List<CounterView> counters, OffsetDateTime reconciledAt) {
    }

    /**
     * A weapon's finding. The description (maker, model, serial) is given for weapons on the site's book, never for
     * another site's: the findings read the same whoever reads them. The book's state and location are those at
     * opening; {@code recountRound} is the last recount that asked for it.
     */
    public record WeaponFinding(String tag, Category category, boolean discrepancy,
            @Schema(nullable = true) String description, @Schema(nullable = true) Weapon.State bookState,
            @Schema(nullable = true) String bookLocation, @Schema(nullable = true) String foundLocation,
            @Schema(nullable = true) String explanation, @Schema(nullable = true) String explainedBy,
            @Schema(nullable = true, description = "The loss report it was escalated as") Long lossReportId,
            @Schema(nullable = true) Integer recountRound) {
    }

    /** A lot's finding: its book quantity at opening, the quantity counted, and the difference. */
    public record LotFinding(String tag, String lotNumber, String itemCode, long book, long counted, long difference,
            Category category, boolean discrepancy, @Schema(nullable = true) String explanation,
            @Schema(nullable = true) String explainedBy, @Schema(nullable = true) Integer recountRound) {
    }

    /** The custody operations a correction asked for, each held for a second person at the site. */
    public record Corrections(long stocktakeId, List<Views.Outcome> operations) {
    }
}
