package org.stockpile.ammo;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.stockpile.site.HazardDivision;
import org.stockpile.system.RegistryRecord;

/** A kind of ammunition in the national catalogue (e.g. 7.62x39 BALL), with its hazard classification. */
@Entity
@Table(name = "ammunition_item")
public class AmmunitionItem extends RegistryRecord {

    @NotBlank(message = "{validation.required}")
    @Size(max = 32, message = "{validation.too-long}")
    @Pattern(regexp = "[A-Z0-9.-]*", message = "{validation.code}")
    @Column(nullable = false, updatable = false)
    public String itemCode;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    @Column(nullable = false)
    public String nomenclature;

    @NotBlank(message = "{validation.required}")
    @Size(max = 50, message = "{validation.too-long}")
    @Column(nullable = false)
    public String calibre;

    @NotNull(message = "{validation.required}")
    @Pattern(regexp = "[0-9]{4}", message = "{validation.un-number}")
    @Column(nullable = false)
    public String unNumber;

    @NotNull(message = "{validation.required}")
    @Column(nullable = false)
    public HazardDivision hazardDivision;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CompatibilityGroup compatibilityGroup;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", message = "{validation.not-negative}")
    @Digits(integer = 6, fraction = 6, message = "{validation.neq}")
    @Column(name = "neq_per_unit_kg", nullable = false)
    public BigDecimal neqPerUnitKg;
}
