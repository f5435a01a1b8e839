package org.stockpile.ammo;

import java.time.LocalDate;
import java.util.Optional;

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

    /** Why a lot may not be issued on a day. */
    public enum Unserviceability {
        UNSERVICEABLE, RESTRICTED, EXPIRED, SURVEILLANCE_OVERDUE
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

    /**
     * Whether the lot may be issued on {@code day}, and if not why: recorded as unserviceable or restricted, past
     * its expiry date, or past the date of its next surveillance. A lot is good through the day its date names.
     */
    public Optional<Unserviceability> unserviceabilityOn(LocalDate day) {
        if (condition == Condition.UNSERVICEABLE) {
            return Optional.of(Unserviceability.UNSERVICEABLE);
        }
        if (condition == Condition.RESTRICTED) {
            return Optional.of(Unserviceability.RESTRICTED);
        }
        if (expiryDate != null && expiryDate.isBefore(day)) {
            return Optional.of(Unserviceability.EXPIRED);
        }
        if (nextSurveillanceDate != null && nextSurveillanceDate.isBefore(day)) {
            return Optional.of(Unserviceability.SURVEILLANCE_OVERDUE);
        }
        return Optional.empty();
    }
}
