package org.stockpile.site;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.stockpile.system.RegistryRecord;

/**
 * An armoury or an explosive storehouse. A storehouse holds an Explosives Limit Licence: the most net explosive
 * quantity (kg) it may hold per hazard division.
 */
@Entity
public class Site extends RegistryRecord {

    public enum Kind {
        ARMOURY, EXPLOSIVE_STOREHOUSE
    }

    @NotBlank(message = "{validation.required}")
    @Size(max = 32, message = "{validation.too-long}")
    @Pattern(regexp = "[A-Z0-9-]*", message = "{validation.code}")
    @Column(nullable = false, updatable = false)
    public String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    @Column(nullable = false)
    public String name;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Force force;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Region region;

    @DecimalMin(value = "-90", message = "{validation.latitude}")
    @DecimalMax(value = "90", message = "{validation.latitude}")
    public BigDecimal latitude;

    @DecimalMin(value = "-180", message = "{validation.longitude}")
    @DecimalMax(value = "180", message = "{validation.longitude}")
    public BigDecimal longitude;

    @ElementCollection
    @CollectionTable(name = "site_licence_limit", joinColumns = @JoinColumn(name = "site_id"))
    @MapKeyColumn(name = "hazard_division")
    @Convert(converter = HazardDivision.Converter.class, attributeName = "key")
    @Column(name = "max_neq_kg", nullable = false)
    public Map<HazardDivision, @NotNull(message = "{validation.required}") @Positive(message = "{validation.positive}") BigDecimal> licenceLimits = new EnumMap<>(
            HazardDivision.class);

    public boolean isStorehouse() {
        return kind == Kind.EXPLOSIVE_STOREHOUSE;
    }
}
