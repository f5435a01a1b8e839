package org.stockpile.key;

import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.stockpile.person.Person;
import org.stockpile.site.Site;
import org.stockpile.site.StorageLocation;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/**
 * A key of a site, or one copy of it: every copy is registered, labelled and held on its own, so that the register
 * says where each one is. It opens the site's store, or one storage location of it.
 */
@Entity
@Table(name = "site_key")
public class SiteKey extends RegistryRecord {

    public static final int MAX_COPIES = 99;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Site site;

    /** What it opens, in the site's own words (e.g. "Armoury main door"); its copies share it. */
    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.too-long}")
    @Column(nullable = false, updatable = false)
    public String opens;

    @Min(value = 1, message = "{validation.positive}")
    @Max(value = MAX_COPIES, message = "{validation.too-large}")
    @Column(nullable = false, updatable = false)
    public int copyNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    public StorageLocation storageLocation;

    @ManyToOne(fetch = FetchType.LAZY)
    public Person holder;

    public OffsetDateTime heldSince;

    /**
     * Hands the key to {@code person}, who must be posted at the key's site (422) and must not hold it already
     * (409); a retired key is handed to no one (409). Returns the handover, for the register to keep.
     */
    KeyHandover handTo(Person person, OffsetDateTime at, String recordedBy) {
        requireActive();
        if (!Objects.equals(person.site.id, site.id)) {
            throw ProblemException.rule("personTag", "problem.key.holder-elsewhere", site.code);
        }
        if (holder != null && Objects.equals(holder.id, person.id)) {
            throw new ProblemException(ProblemType.STATE_CONFLICT, "personTag", "problem.key.already-held");
        }
        KeyHandover handover = new KeyHandover();
        handover.key = this;
        handover.fromHolder = holder;
        handover.toHolder = person;
        handover.handedAt = at;
        handover.recordedBy = recordedBy;
        holder = person;
        heldSince = at;
        return handover;
    }
}
