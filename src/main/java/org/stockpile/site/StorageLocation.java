package org.stockpile.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.stockpile.system.RegistryRecord;

/** A rack, bay or stack within a site, known by a code unique within that site. */
@Entity
@Table(name = "storage_location")
public class StorageLocation extends RegistryRecord {

    public enum Kind {
        RACK, BAY, STACK, CABINET, ROOM
    }

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Site site;

    @NotBlank(message = "{validation.required}")
    @Size(max = 32, message = "{validation.too-long}")
    @Pattern(regexp = "[A-Z0-9-]*", message = "{validation.code}")
    @Column(nullable = false, updatable = false)
    public String code;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Size(max = 200, message = "{validation.too-long}")
    public String description;
}
