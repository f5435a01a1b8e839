package org.stockpile.custody;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.stockpile.ammo.StockPosition;

/**
 * What a request held for a second person was made against: the version of each weapon it concerns (any change of
 * state, holder, place or record moves it on), and the quantity in each stock position it moves. An approval must
 * find every item as it was, or it would carry out something the requester never asked for (a loss approved after
 * the weapon was issued makes the soldier holding it lose it); otherwise it is refused and the request stays pending,
 * to be rejected or withdrawn.
 */
public record HeldAgainst(Map<Long, Long> weaponVersions, List<StockCount> stock) {

    /** A quantity in a stock position when the request was made. */
    public record StockCount(StockPosition position, long quantity) {
    }

    public HeldAgainst {
        weaponVersions = Map.copyOf(weaponVersions);
        stock = List.copyOf(stock);
    }

    public static HeldAgainst weapons(Map<Long, Long> versions) {
        return new HeldAgainst(versions, List.of());
    }

    public static HeldAgainst stock(Map<StockPosition, Long> quantities) {
        List<StockCount> counts = new ArrayList<>();
        quantities.forEach((position, quantity) -> counts.add(new StockCount(position, quantity)));
        return new HeldAgainst(Map.of(), counts);
    }

    /** The weapons (by id) whose version now differs from the one the request was made against, in id order. */
    public List<Long> changedWeapons(Map<Long, Long> versionsNow) {
        List<Long> changed = new ArrayList<>();
        new TreeMap<>(weaponVersions).forEach((id, version) -> {
            if (!version.equals(versionsNow.get(id))) {
                changed.add(id);
            }
        });
        return changed;
    }

    /** The stock counts that no longer hold, given the quantities now. */
    public List<StockCount> changedStock(Map<StockPosition, Long> quantitiesNow) {
        return stock.stream().filter(count -> quantitiesNow.getOrDefault(count.position(), 0L) != count.quantity())
                .toList();
    }
}
