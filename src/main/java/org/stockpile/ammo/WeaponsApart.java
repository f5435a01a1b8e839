package org.stockpile.ammo;

import jakarta.enterprise.context.ApplicationScoped;

import org.stockpile.site.StorageLocation;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.weapon.WeaponPlacement;
import org.stockpile.weapon.WeaponRepository;

/**
 * The rule that keeps weapons and ammunition apart (national policy {@code stockpile.ammunition.apart-from-weapons}):
 * no weapon where ammunition is held, no ammunition where weapons are kept. Each side is counted by the feature
 * that owns it.
 */
@ApplicationScoped
public class WeaponsApart implements WeaponPlacement {

    private final boolean apart;
    private final AmmunitionStockRepository stock;
    private final WeaponRepository weapons;

    WeaponsApart(AmmunitionPolicy policy, AmmunitionStockRepository stock, WeaponRepository weapons) {
        this.apart = policy.apartFromWeapons();
        this.stock = stock;
        this.weapons = weapons;
    }

    @Override
    public void requireAllowedAt(StorageLocation location) {
        if (apart && location != null && stock.ammunitionAt(location) > 0) {
            throw ProblemException.rule("locationTag", "problem.ammunition.ammunition-there", location.code);
        }
    }

    /** Whether ammunition may not be put in {@code location}, because weapons are kept there. */
    boolean weaponsKeptAt(StorageLocation location) {
        return apart && location != null && weapons.countAt(location) > 0;
    }
}
