package org.stockpile.ammo;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.stockpile.system.PlausibleDate;
import org.stockpile.system.RegistryRecord;

/**
 * A production lot of an ammunition item: the unit by which defective ammunition is traced and withdrawn. The
 * lot number is unique per item. Quantities are held per site (see the ammunition accounting).
 */
@Entity
@Table(name = "ammunition_lot")
public class AmmunitionLot extends RegistryRecord {

    public enum Condition {
        SERVICEABLE, UNSERVICEABLE, RESTRICTED
    }

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public AmmunitionItem item;

    @NotBlank(message = "{validation.required}")
    @Size(max = 64, message = "{validation.too-long}")
    @Column(nullable = false, updatable = false)
    public String lotNumber;

    @PlausibleDate
    @PastOrPresent(message = "{validation.not-in-future}")
    public LocalDate manufactureDate;

    @PlausibleDate
    public LocalDate expiryDate;

    @PlausibleDate
    public LocalDate nextSurveillanceDate;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Condition condition;
}
