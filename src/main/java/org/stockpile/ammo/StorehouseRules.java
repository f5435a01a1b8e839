package org.stockpile.ammo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.stockpile.site.HazardDivision;
import org.stockpile.site.Site;
import org.stockpile.site.StorageLocation;
import org.stockpile.system.TagCode;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/**
 * What may be put in a store: not more net explosive quantity than the storehouse's licence allows, only
 * compatible groups together, and never ammunition where weapons are (or the reverse). Checked on the store's
 * contents as they would be after the operation; the caller holds the site's lock, so the contents cannot change
 * meanwhile.
 */
@ApplicationScoped
public class StorehouseRules {

    private final AmmunitionStockRepository stock;
    private final Map<CompatibilityGroup, Set<CompatibilityGroup>> mixing;
    private final WeaponsApart weaponsApart;

    StorehouseRules(AmmunitionStockRepository stock, AmmunitionPolicy policy, WeaponsApart weaponsApart) {
        this.stock = stock;
        this.mixing = new EnumMap<>(CompatibilityGroup.class);
        policy.mixing().forEach((group, with) -> this.mixing.put(CompatibilityGroup.valueOf(group),
                with.stream().map(CompatibilityGroup::valueOf).collect(Collectors.toUnmodifiableSet())));
        this.weaponsApart = weaponsApart;
    }

    /** A quantity of a lot on hand at the site, in a storage location or not. */
    private record Holding(AmmunitionLot lot, StorageLocation location, long quantity) {
    }

    /**
     * Checks the site's store after {@code changes} (on-hand quantity changes at this site: lot, location,
     * signed quantity). Only what comes in is checked against what is there.
     */
    public void check(Site site, List<Change> changes) {
        List<Holding> before = onHand(site);
        List<Holding> after = apply(before, changes);
        List<ProblemException.Item> refused = new ArrayList<>();
        for (Change change : changes) {
            if (change.quantity() <= 0) {
                continue;
            }
            String tag = TagCode.of(TagCode.Kind.AMMUNITION_LOT, change.lot().id).value();
            if (weaponsApart.weaponsKeptAt(change.location())) {
                refused.add(new ProblemException.Item(tag, null, null, "problem.ammunition.weapons-there",
                        change.location().code));
            }
            for (Holding held : after) {
                boolean sameStore = change.location() == null || held.location() == null
                        || Objects.equals(change.location().id, held.location().id);
                if (held.quantity() > 0 && sameStore && !compatible(change.lot(), held.lot())) {
                    refused.add(new ProblemException.Item(tag, null, null, "problem.ammunition.incompatible",
                            change.lot().item.compatibilityGroup.name(), held.lot().item.compatibilityGroup.name(),
                            held.lot().item.itemCode + " " + held.lot().lotNumber));
                    break;
                }
            }
        }
        if (!refused.isEmpty()) {
            throw new ProblemException(ProblemType.RULE_VIOLATION, "lines", refused, "problem.custody.refused",
                    refused.size());
        }
        if (site.isStorehouse()) {
            checkLicence(site, before, after);
        }
    }

    /** A change of on-hand quantity at a site: what the custody operation does to the store. */
    public record Change(AmmunitionLot lot, StorageLocation location, long quantity) {
    }

    public boolean compatible(AmmunitionLot a, AmmunitionLot b) {
        CompatibilityGroup g = a.item.compatibilityGroup;
        CompatibilityGroup h = b.item.compatibilityGroup;
        boolean listed = mixing.getOrDefault(g, Set.of()).contains(h) && mixing.getOrDefault(h, Set.of()).contains(g);
        boolean sameTypeOnly = g == CompatibilityGroup.K || g == CompatibilityGroup.L;
        return listed && (!sameTypeOnly || Objects.equals(a.item.id, b.item.id));
    }

    private void checkLicence(Site site, List<Holding> before, List<Holding> after) {
        Map<HazardDivision, BigDecimal> was = aggregate(neq(before));
        Map<HazardDivision, BigDecimal> will = aggregate(neq(after));
        for (Map.Entry<HazardDivision, BigDecimal> division : will.entrySet()) {
            BigDecimal limit = site.licenceLimits.getOrDefault(division.getKey(), BigDecimal.ZERO);
            BigDecimal current = was.getOrDefault(division.getKey(), BigDecimal.ZERO);
            if (division.getValue().compareTo(limit) > 0 && division.getValue().compareTo(current) > 0) {
                throw new ProblemException(ProblemType.RULE_VIOLATION, "lines", "problem.ammunition.licence",
                        division.getKey().code(), plain(current), plain(division.getValue().subtract(current)),
                        plain(limit), plain(division.getValue().subtract(limit)));
            }
        }
    }

    /**
     * How mixed divisions count against the licence (docs/domain.md): a store holding any 1.1 counts its whole NEQ as
     * 1.1; 1.2 held with 1.3 counts as 1.2. Other divisions count on their own.
     */
    public static Map<HazardDivision, BigDecimal> aggregate(Map<HazardDivision, BigDecimal> byDivision) {
        Map<HazardDivision, BigDecimal> counted = new EnumMap<>(HazardDivision.class);
        byDivision.forEach((division, neq) -> {
            if (neq.signum() > 0) {
                counted.put(division, neq);
            }
        });
        if (counted.containsKey(HazardDivision.HD_1_1)) {
            BigDecimal total = counted.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            return Map.of(HazardDivision.HD_1_1, total);
        }
        if (counted.containsKey(HazardDivision.HD_1_2) && counted.containsKey(HazardDivision.HD_1_3)) {
            counted.put(HazardDivision.HD_1_2, counted.get(HazardDivision.HD_1_2).add(counted
                    .remove(HazardDivision.HD_1_3)));
        }
        return counted;
    }

    private static Map<HazardDivision, BigDecimal> neq(List<Holding> holdings) {
        Map<HazardDivision, BigDecimal> neq = new EnumMap<>(HazardDivision.class);
        for (Holding holding : holdings) {
            neq.merge(holding.lot().item.hazardDivision,
                    holding.lot().item.neqPerUnitKg.multiply(BigDecimal.valueOf(holding.quantity())), BigDecimal::add);
        }
        return neq;
    }

    private List<Holding> onHand(Site site) {
        return stock.find("from AmmunitionStock a join fetch a.lot l join fetch l.item left join fetch "
                + "a.storageLocation where a.site = ?1 and " + AmmunitionStock.onHandCondition("a")
                + " and a.quantity > 0", site).stream()
                .map(a -> new Holding(a.lot, a.storageLocation, a.quantity)).toList();
    }

    private static List<Holding> apply(List<Holding> before, List<Change> changes) {
        Map<String, Holding> after = new HashMap<>();
        before.forEach(h -> after.put(key(h.lot(), h.location()), h));
        for (Change change : changes) {
            after.merge(key(change.lot(), change.location()),
                    new Holding(change.lot(), change.location(), change.quantity()),
                    (a, b) -> new Holding(a.lot(), a.location(), a.quantity() + b.quantity()));
        }
        return List.copyOf(after.values());
    }

    private static String key(AmmunitionLot lot, StorageLocation location) {
        return lot.id + "@" + (location == null ? "" : location.id);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
