package org.stockpile.weapon;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.stockpile.person.Person;
import org.stockpile.site.Force;
import org.stockpile.site.Site;
import org.stockpile.site.StorageLocation;
import org.stockpile.system.RegistryRecord;

/**
 * One serialised small arm or light weapon, with the record fields of ISACS 05.30. Its identity is (manufacturer,
 * model, manufacturer serial), compared without regard to letter case; the national serial is unique too.
 * Where it is and in what state change only through custody operations.
 */
@Entity
public class Weapon extends RegistryRecord {

    public enum Type {
        PISTOL, REVOLVER, RIFLE, CARBINE, SUB_MACHINE_GUN, LIGHT_MACHINE_GUN, GENERAL_PURPOSE_MACHINE_GUN,
        HEAVY_MACHINE_GUN, GRENADE_LAUNCHER, ROCKET_LAUNCHER, MORTAR, RECOILLESS_GUN, OTHER
    }

    public enum State {
        IN_STORE, ISSUED, IN_TRANSIT, UNDER_REPAIR, LOST, STOLEN, DESTROYED
    }

    public enum Condition {
        SERVICEABLE, UNSERVICEABLE
    }

    static final int EARLIEST_YEAR = 1850;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Type type;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.too-long}")
    @Column(nullable = false)
    public String manufacturer;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.too-long}")
    @Column(nullable = false)
    public String model;

    @NotBlank(message = "{validation.required}")
    @Size(max = 50, message = "{validation.too-long}")
    @Column(nullable = false)
    public String calibre;

    @NotBlank(message = "{validation.required}")
    @Size(max = 64, message = "{validation.too-long}")
    @Column(nullable = false)
    public String manufacturerSerial;

    @Size(max = 64, message = "{validation.too-long}")
    public String nationalSerial;

    @Size(max = 64, message = "{validation.too-long}")
    public String ownershipMark;

    @Pattern(regexp = "[A-Z]{2}", message = "{validation.country}")
    public String countryOfManufacture;

    @Min(value = EARLIEST_YEAR, message = "{validation.year}")
    public Integer yearOfManufacture;

    @Pattern(regexp = "[A-Z]{2}", message = "{validation.country}")
    public String countryOfImport;

    @Min(value = EARLIEST_YEAR, message = "{validation.year}")
    public Integer yearOfImport;

    @Size(max = 200, message = "{validation.too-long}")
    public String markingLocations;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Force owningForce;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Site site;

    @ManyToOne(fetch = FetchType.LAZY)
    public StorageLocation storageLocation;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    /** Who holds it, while ISSUED. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Person holder;

    /** Where it is going, while IN_TRANSIT (its site stays the one that dispatched it until it is received). */
    @ManyToOne(fetch = FetchType.LAZY)
    public Site destinationSite;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Condition condition;
}
