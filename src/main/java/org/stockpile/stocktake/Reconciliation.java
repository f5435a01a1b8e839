package org.stockpile.stocktake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.stockpile.weapon.Weapon;

/**
 * What a count found against the book as it stood when the stocktake opened: each weapon and each lot in one
 * category, and how many of the book's records the count agrees with. It is a pure computation over the snapshot,
 * the scans and the movements recorded since opening, so it can be asked at any time while counting and again at
 * closing, and always gives the same answer for the same inputs.
 */
public record Reconciliation(List<WeaponLine> weapons, List<LotLine> lots, Map<Category, Long> counts,
        int records, int agreeing, BigDecimal matchRate, boolean meetsThreshold) {

    public enum Category {
        /** In store on the book, found there (or where no location is known on either side). */
        FOUND,
        /** In store on the book, found at another storage location of the site. */
        MOVED,
        /** In store on the book, not found. */
        MISSING,
        /** Found, but not on this site's book: another site's weapon, or a tag nobody knows. */
        UNEXPECTED,
        /** Found in store while the book says it is elsewhere (issued, in transit, under repair, lost…). */
        CONTRADICTS,
        /** Where the count disagrees with the snapshot, a custody operation recorded since opening explains it. */
        ACCOUNTED,
        /** A lot whose counted quantity differs from its book quantity. */
        QUANTITY_DIFFERS
    }

    /**
     * A weapon on the site's book when the stocktake opened: the storage location the book gives and its state, and
     * whether the count is about it (it is in the area counted, or was drawn for a sample). A weapon the count is not
     * about is never missing, and is not one of the records the match rate is over; found, it is judged as any other.
     */
    public record BookWeapon(long weaponId, String tag, Long locationId, Weapon.State state, boolean counted) {

        /** A weapon the count is about. */
        public BookWeapon(long weaponId, String tag, Long locationId, Weapon.State state) {
            this(weaponId, tag, locationId, state, true);
        }

        boolean expectedInStore() {
            return state == Weapon.State.IN_STORE;
        }
    }

    /**
     * A weapon as the counters found it, at the last location it was scanned at (null when none was scanned); its
     * id is null for a tag that names no weapon.
     */
    public record FoundWeapon(String tag, Long weaponId, Long locationId) {
    }

    /** One weapon's line: what the book said and what the count found, where either is known. */
    public record WeaponLine(String tag, Long weaponId, Category category, Weapon.State bookState,
            Long bookLocationId, Long foundLocationId) {

        public boolean isDiscrepancy() {
            return category == Category.MOVED || category == Category.MISSING || category == Category.UNEXPECTED
                    || category == Category.CONTRADICTS;
        }
    }

    /** One lot's line: its book quantity at the site when the stocktake opened and the quantity counted. */
    public record LotLine(long lotId, long book, long counted, Category category) {

        public long difference() {
            return counted - book;
        }

        public boolean isDiscrepancy() {
            return category == Category.QUANTITY_DIFFERS || category == Category.UNEXPECTED;
        }
    }

    /** The share of the book's records a sample check must agree with. */
    public static final BigDecimal SAMPLE_THRESHOLD = new BigDecimal("0.90");

    /**
     * Reconciles a count.
     *
     * @param book the weapons on the site's book when the stocktake opened
     * @param found the weapons scanned, each once
     * @param movedSinceOpening the weapons a custody operation at the site moved after the stocktake opened
     * @param lotsOnBook each lot's quantity on hand at the site when the stocktake opened (for a sample, those drawn)
     * @param lotsCounted each lot's quantity counted
     * @param lotsMovedSinceOpening the lots a custody operation at the site moved after the stocktake opened
     * @param threshold the share of records the count must agree with
     */
    public static Reconciliation of(Collection<BookWeapon> book, Collection<FoundWeapon> found,
            Set<Long> movedSinceOpening, Map<Long, Long> lotsOnBook, Map<Long, Long> lotsCounted,
            Set<Long> lotsMovedSinceOpening, BigDecimal threshold) {
        Map<Long, BookWeapon> onBook = new HashMap<>();
        book.forEach(weapon -> onBook.put(weapon.weaponId(), weapon));
        Map<Long, FoundWeapon> seen = new HashMap<>();
        List<WeaponLine> lines = new ArrayList<>();
        for (FoundWeapon weapon : found) {
            BookWeapon booked = weapon.weaponId() == null ? null : onBook.get(weapon.weaponId());
            if (weapon.weaponId() != null) {
                seen.put(weapon.weaponId(), weapon);
            }
            lines.add(new WeaponLine(weapon.tag(), weapon.weaponId(), categoryOfFound(booked, weapon,
                    movedSinceOpening), booked == null ? null : booked.state(),
                    booked == null ? null : booked.locationId(), weapon.locationId()));
        }
        for (BookWeapon booked : book) {
            if (booked.counted() && !seen.containsKey(booked.weaponId()) && booked.expectedInStore()) {
                lines.add(new WeaponLine(booked.tag(), booked.weaponId(), movedSinceOpening.contains(
                        booked.weaponId()) ? Category.ACCOUNTED : Category.MISSING, booked.state(),
                        booked.locationId(), null));
            }
        }
        lines.sort(Comparator.comparing(WeaponLine::category).thenComparing(WeaponLine::tag));

        Map<Long, Long> allLots = new LinkedHashMap<>(lotsOnBook);
        lotsCounted.keySet().forEach(lot -> allLots.putIfAbsent(lot, 0L));
        List<LotLine> lots = new ArrayList<>();
        allLots.forEach((lot, quantity) -> {
            long counted = lotsCounted.getOrDefault(lot, 0L);
            Category category = counted == quantity ? Category.FOUND
                    : lotsMovedSinceOpening.contains(lot) ? Category.ACCOUNTED
                    : lotsOnBook.containsKey(lot) ? Category.QUANTITY_DIFFERS : Category.UNEXPECTED;
            lots.add(new LotLine(lot, quantity, counted, category));
        });
        lots.sort(Comparator.comparing(LotLine::lotId));

        Map<Category, Long> counts = new EnumMap<>(Category.class);
        lines.forEach(line -> counts.merge(line.category(), 1L, Long::sum));
        lots.forEach(line -> counts.merge(line.category(), 1L, Long::sum));
        // A record agrees when the count finds it as the book says, or a recorded movement explains the difference;
        // a book record of a weapon out of store agrees unless it was found in store.
        int records = (int) book.stream().filter(BookWeapon::counted).count() + lotsOnBook.size();
        long disagreeing = lines.stream().filter(line -> line.isDiscrepancy() && line.weaponId() != null
                && onBook.containsKey(line.weaponId()) && onBook.get(line.weaponId()).counted()).count()
                + lots.stream().filter(line -> line.category() == Category.QUANTITY_DIFFERS).count();
        int agreeing = (int) (records - disagreeing);
        BigDecimal rate = records == 0 ? BigDecimal.ONE
                : BigDecimal.valueOf(agreeing).divide(BigDecimal.valueOf(records), 4, RoundingMode.DOWN);
        return new Reconciliation(List.copyOf(lines), List.copyOf(lots), counts, records, agreeing, rate,
                rate.compareTo(threshold) >= 0);
    }

    private static Category categoryOfFound(BookWeapon booked, FoundWeapon found, Set<Long> movedSinceOpening) {
        if (booked == null) {
            return found.weaponId() != null && movedSinceOpening.contains(found.weaponId()) ? Category.ACCOUNTED
                    : Category.UNEXPECTED;
        }
        if (!booked.expectedInStore()) {
            return movedSinceOpening.contains(booked.weaponId()) ? Category.ACCOUNTED : Category.CONTRADICTS;
        }
        if (booked.locationId() == null || found.locationId() == null
                || Objects.equals(booked.locationId(), found.locationId())) {
            return Category.FOUND;
        }
        return movedSinceOpening.contains(booked.weaponId()) ? Category.ACCOUNTED : Category.MOVED;
    }

    public long count(Category category) {
        return counts.getOrDefault(category, 0L);
    }

    public List<WeaponLine> discrepancies() {
        return weapons.stream().filter(WeaponLine::isDiscrepancy).toList();
    }
}
