package org.stockpile.training;

import java.time.Period;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.stockpile.system.RegistryRecord;
import org.stockpile.weapon.Weapon;

/**
 * A course of the national catalogue: how long it lasts, what a pass authorises (roles, weapon types a recipient
 * may be issued) and how long the certificate it gives stays valid.
 */
@Entity
public class Course extends RegistryRecord {

    @NotBlank(message = "{validation.required}")
    @Size(max = 16, message = "{validation.too-long}")
    @Pattern(regexp = "[A-Z0-9-]*", message = "{validation.code}")
    @Column(nullable = false, updatable = false)
    public String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    @Column(nullable = false)
    public String titleFr;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    @Column(nullable = false)
    public String titleEn;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.positive}")
    @Max(value = 366, message = "{validation.too-large}")
    @Column(nullable = false)
    public Integer lengthDays;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.positive}")
    @Max(value = 120, message = "{validation.too-large}")
    @Column(nullable = false)
    public Integer validityMonths;

    @ElementCollection
    @CollectionTable(name = "course_authorised_role", joinColumns = @JoinColumn(name = "course_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    public Set<AuthorisedRole> authorisedRoles = EnumSet.noneOf(AuthorisedRole.class);

    @ElementCollection
    @CollectionTable(name = "course_weapon_type", joinColumns = @JoinColumn(name = "course_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "weapon_type", nullable = false)
    public Set<Weapon.Type> weaponTypes = EnumSet.noneOf(Weapon.Type.class);

    public Period validity() {
        return Period.ofMonths(validityMonths);
    }

    /** The title in the reader's language: English for English, French otherwise (the national language). */
    public String title(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? titleEn : titleFr;
    }
}
