package org.stockpile.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.stockpile.site.Force;
import org.stockpile.site.Site;
import org.stockpile.system.RegistryRecord;

/**
 * A member of a security force, known by a service number, posted at a site (which decides who may see the
 * record), with a badge whose barcode identifies them at the counter, and, for those who sign in, their account.
 */
@Entity
public class Person extends RegistryRecord {

    @NotBlank(message = "{validation.required}")
    @Size(max = 32, message = "{validation.too-long}")
    @Pattern(regexp = "[A-Z0-9/-]*", message = "{validation.code}")
    @Column(nullable = false)
    public String serviceNumber;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.too-long}")
    @Column(nullable = false)
    public String givenNames;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.too-long}")
    @Column(nullable = false)
    public String familyName;

    @Size(max = 50, message = "{validation.too-long}")
    public String rank;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Force force;

    @Size(max = 100, message = "{validation.too-long}")
    public String unit;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Site site;

    @Size(max = 32, message = "{validation.too-long}")
    @Pattern(regexp = "[A-Z0-9-]*", message = "{validation.code}")
    public String badgeCode;

    /**
     * The name this person signs in with, as the identity provider gives it: what links a user performing a custody
     * operation to the certificates this person holds. Null for a person who does not sign in.
     */
    @Size(max = 100, message = "{validation.too-long}")
    @Pattern(regexp = "[\\p{L}\\p{N}._@-]*", message = "{validation.account}")
    public String account;

    /** The name as records and documents show it: given names, then family name. */
    public String fullName() {
        return fullName(givenNames, familyName);
    }

    /** How a person is named wherever they are shown, for callers that read the names without the entity. */
    public static String fullName(String givenNames, String familyName) {
        return givenNames + " " + familyName;
    }
}
