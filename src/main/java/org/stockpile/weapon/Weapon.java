package org.stockpile.weapon;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    /**
     * What {@code request} would change in the fields that identify this weapon (what it is, who made it, its
     * serials and marks), one "field: old → new" line each, in a fixed order. Such a change is a correction of
     * identity: it needs a second person and stays in the weapon's history.
     */
    public List<String> identityChanges(WeaponRequest request) {
        List<String> changes = new ArrayList<>();
        change(changes, "type", type == null ? null : type.name(),
                request.type() == null ? null : request.type().name());
        change(changes, "manufacturer", manufacturer, request.manufacturer());
        change(changes, "model", model, request.model());
        change(changes, "calibre", calibre, request.calibre());
        change(changes, "manufacturerSerial", manufacturerSerial, request.manufacturerSerial());
        change(changes, "nationalSerial", nationalSerial, request.nationalSerial());
        change(changes, "ownershipMark", ownershipMark, request.ownershipMark());
        change(changes, "countryOfManufacture", countryOfManufacture, request.countryOfManufacture());
        change(changes, "yearOfManufacture", Objects.toString(yearOfManufacture, null),
                Objects.toString(request.yearOfManufacture(), null));
        return changes;
    }

    private static void change(List<String> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + Objects.toString(before, "") + " → " + Objects.toString(after, ""));
        }
    }

    /** A detached record in this weapon's place and state, on which a held correction is checked before it waits. */
    Weapon draft() {
        Weapon draft = new Weapon();
        draft.id = id;
        draft.version = version;
        draft.status = status;
        draft.site = site;
        draft.storageLocation = storageLocation;
        draft.state = state;
        return draft;
    }
}
