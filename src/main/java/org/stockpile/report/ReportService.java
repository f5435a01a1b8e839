package org.stockpile.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.stockpile.ammo.AmmunitionLot;
import org.stockpile.ammo.AmmunitionStock;
import org.stockpile.ammo.AmmunitionStockRepository;
import org.stockpile.ammo.StorehouseRules;
import org.stockpile.security.CurrentUser;
import org.stockpile.site.HazardDivision;
import org.stockpile.site.Site;
import org.stockpile.site.SiteService;
import org.stockpile.system.TagCode;
import org.stockpile.system.paging.Filter;

/**
 * Ammunition reports over the caller's scope, read from the stock positions (what is where now): NEQ against
 * licences, shelf life, surveillance, balances, restricted lots.
 */
@ApplicationScoped
public class ReportService {

    private final AmmunitionStockRepository stock;
    private final SiteService sites;
    private final CurrentUser user;
    private final Clock clock;

    ReportService(AmmunitionStockRepository stock, SiteService sites, CurrentUser user, Clock clock) {
        this.stock = stock;
        this.sites = sites;
        this.user = user;
        this.clock = clock;
    }

    /** For every storehouse in scope and every division it holds or is licensed for. */
    public List<Reports.NeqLine> neq() {
        Map<Site, Map<HazardDivision, BigDecimal>> held = new TreeMap<>(Comparator.comparing(site -> site.code));
        for (AmmunitionStock position : positions(null)) {
            if (position.site.isStorehouse() && position.isOnHand()) {
                held.computeIfAbsent(position.site, site -> new EnumMap<>(HazardDivision.class)).merge(
                        position.lot.item.hazardDivision,
                        position.lot.item.neqPerUnitKg.multiply(BigDecimal.valueOf(position.quantity)),
                        BigDecimal::add);
            }
        }
        sites.visibleStorehouses().forEach(site -> held.putIfAbsent(site, new EnumMap<>(HazardDivision.class)));
        List<Reports.NeqLine> lines = new ArrayList<>();
        held.forEach((site, byDivision) -> {
            Map<HazardDivision, BigDecimal> counted = StorehouseRules.aggregate(byDivision);
            EnumSet<HazardDivision> divisions = EnumSet.noneOf(HazardDivision.class);
            divisions.addAll(byDivision.keySet());
            divisions.addAll(site.licenceLimits.keySet());
            divisions.forEach(division -> {
                BigDecimal limit = site.licenceLimits.getOrDefault(division, BigDecimal.ZERO);
                BigDecimal count = counted.getOrDefault(division, BigDecimal.ZERO);
                lines.add(new Reports.NeqLine(site.code, division.code(),
                        byDivision.getOrDefault(division, BigDecimal.ZERO), count, limit, limit.subtract(count)));
            });
        });
        return lines;
    }

    /** Lots held somewhere that expire within {@code days} (or already have). */
    public List<Reports.LotAtSite> expiring(int days) {
        return dated(lot -> lot.expiryDate, days);
    }

    /** Lots held somewhere whose surveillance is due within {@code days}, or overdue. */
    public List<Reports.LotAtSite> surveillance(int days) {
        return dated(lot -> lot.nextSurveillanceDate, days);
    }

    /** Lots restricted nationally, and where they are. */
    public List<Reports.LotAtSite> restricted() {
        LocalDate today = LocalDate.now(clock);
        return onHandByLotAndSite().entrySet().stream()
                .filter(e -> e.getKey().lot().condition == AmmunitionLot.Condition.RESTRICTED)
                .map(e -> line(e.getKey().lot(), null, today, e.getKey().site(), e.getValue())).toList();
    }

    /** Each lot's balance at each site in scope; with {@code siteCode}, at that site only (null: every site). */
    public List<Reports.BalanceLine> balances(String siteCode) {
        Map<String, Map<AmmunitionStock.Whereabouts, Long>> totals = new TreeMap<>();
        Map<String, AmmunitionStock> first = new TreeMap<>();
        for (AmmunitionStock position : positions(siteCode)) {
            String key = position.site.code + "|" + position.lot.id;
            first.putIfAbsent(key, position);
            totals.computeIfAbsent(key, k -> new EnumMap<>(AmmunitionStock.Whereabouts.class))
                    .merge(position.whereabouts(), position.quantity, Long::sum);
        }
        List<Reports.BalanceLine> lines = new ArrayList<>();
        totals.forEach((key, quantities) -> {
            AmmunitionStock p = first.get(key);
            lines.add(new Reports.BalanceLine(tag(p.lot), p.lot.item.itemCode, p.lot.lotNumber, p.site.code,
                    quantities.getOrDefault(AmmunitionStock.Whereabouts.ON_HAND, 0L),
                    quantities.getOrDefault(AmmunitionStock.Whereabouts.ISSUED_OUT, 0L),
                    quantities.getOrDefault(AmmunitionStock.Whereabouts.IN_TRANSIT, 0L)));
        });
        return lines;
    }

    private record LotSite(AmmunitionLot lot, Site site) {
    }

    private List<Reports.LotAtSite> dated(Function<AmmunitionLot, LocalDate> date, int days) {
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(days);
        return onHandByLotAndSite().entrySet().stream()
                .filter(e -> date.apply(e.getKey().lot()) != null && !date.apply(e.getKey().lot()).isAfter(until))
                .map(e -> line(e.getKey().lot(), date.apply(e.getKey().lot()), today, e.getKey().site(), e.getValue()))
                .sorted(Comparator.comparing(Reports.LotAtSite::date).thenComparing(Reports.LotAtSite::siteCode))
                .toList();
    }

    private Map<LotSite, Long> onHandByLotAndSite() {
        Map<LotSite, Long> quantities = new LinkedHashMap<>();
        for (AmmunitionStock position : positions(null)) {
            if (position.isOnHand()) {
                quantities.merge(new LotSite(position.lot, position.site), position.quantity, Long::sum);
            }
        }
        return quantities;
    }

    private static Reports.LotAtSite line(AmmunitionLot lot, LocalDate date, LocalDate today, Site site,
            long quantity) {
        return new Reports.LotAtSite(tag(lot), lot.item.itemCode, lot.lotNumber, lot.condition.name(), date,
                date == null ? 0 : ChronoUnit.DAYS.between(today, date), site.code, quantity);
    }

    /** The stock positions that hold something, at sites in the caller's scope (and at {@code siteCode}, if given). */
    private List<AmmunitionStock> positions(String siteCode) {
        Filter filter = new Filter().within(user.scope(), "a.site").equal("a.site.code", siteCode);
        return stock.find("from AmmunitionStock a join fetch a.lot l join fetch l.item join fetch a.site "
                + "where a.quantity > 0 and " + filter.query() + " order by a.id", filter.parameters()).list();
    }

    private static String tag(AmmunitionLot lot) {
        return TagCode.of(TagCode.Kind.AMMUNITION_LOT, lot.id).value();
    }
}
