package org.stockpile.weapon;

import jakarta.enterprise.context.ApplicationScoped;

import org.stockpile.site.StorageLocation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class WeaponRepository implements PanacheRepository<Weapon> {

    private static final String SAME_IDENTITY = "lower(manufacturer) = lower(?1) and lower(model) = lower(?2) "
            + "and upper(manufacturerSerial) = upper(?3)";

    /** Whether another weapon has the same identity, compared as the database's unique index compares it. */
    public boolean identityTaken(Weapon weapon) {
        return weapon.id == null
                ? count(SAME_IDENTITY, weapon.manufacturer, weapon.model, weapon.manufacturerSerial) > 0
                : count(SAME_IDENTITY + " and id <> ?4", weapon.manufacturer, weapon.model,
                        weapon.manufacturerSerial, weapon.id) > 0;
    }

    public boolean nationalSerialTaken(Weapon weapon) {
        if (weapon.nationalSerial == null) {
            return false;
        }
        return weapon.id == null ? count("nationalSerial", weapon.nationalSerial) > 0
                : count("nationalSerial = ?1 and id <> ?2", weapon.nationalSerial, weapon.id) > 0;
    }

    /** The weapons kept in a storage location. */
    public long countAt(StorageLocation location) {
        return count("storageLocation", location);
    }
}
