package org.stockpile.site;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.stockpile.system.RegistryRecord;

/** A national reference record known by a short code (forces, regions, units). Codes never change once created. */
@MappedSuperclass
public abstract class CodedRecord extends RegistryRecord {

    @NotBlank(message = "{validation.required}")
    @Size(max = 16, message = "{validation.too-long}")
    @Pattern(regexp = "[A-Z0-9-]*", message = "{validation.code}")
    @Column(nullable = false, updatable = false)
    public String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.too-long}")
    @Column(nullable = false)
    public String name;
}
