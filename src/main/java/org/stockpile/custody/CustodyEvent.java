package org.stockpile.custody;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.stockpile.ammo.AmmunitionLot;
import org.stockpile.person.Person;
import org.stockpile.site.Site;
import org.stockpile.site.StorageLocation;
import org.stockpile.weapon.Weapon;

/**
 * One change of a weapon's hands, place or state, or one movement of a quantity of an ammunition lot: the
 * ledger's unit. Written once, never changed (the database
 * refuses UPDATE and DELETE); linked to the previous event of the same site by {@code previousHash}.
 */
@Entity
@Immutable
@Table(name = "custody_event")
public class CustodyEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public UUID operationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Site site;

    @Column(nullable = false)
    public long siteSeq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OperationType type;

    /** The weapon the event moves; or else the ammunition lot and the quantity (signed for an adjustment). */
    @ManyToOne(fetch = FetchType.LAZY)
    public Weapon weapon;

    @ManyToOne(fetch = FetchType.LAZY)
    public AmmunitionLot lot;

    public Long quantity;

    /** The unit ammunition is issued to or consumed by, when not a person. */
    public String unit;

    @Enumerated(EnumType.STRING)
    public Weapon.State fromState;

    @Enumerated(EnumType.STRING)
    public Weapon.State toState;

    @ManyToOne(fetch = FetchType.LAZY)
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    public StorageLocation storageLocation;

    @ManyToOne(fetch = FetchType.LAZY)
    public Site counterpartSite;

    public String reason;
    public String reference;
    public String method;
    public String witnesses;

    @Column(nullable = false)
    public String requestedBy;

    public String approvedBy;

    @Column(nullable = false)
    public OffsetDateTime serverTime;

    public OffsetDateTime deviceTime;
    public String deviceId;

    public static final int MAX_DETAILS = 4000;

    /** What a correction changed in the weapon's record, one "field: old → new" line each. */
    public String details;

    public static final int MAX_OVERRIDE_REASON = 500;
    public static final int MAX_OVERRIDE_FINDINGS = 2000;

    /** Why a commander let the operation through without the certification it needed; null when none was needed. */
    public String overrideReason;
    /** What certification was lacking, one line per shortfall, when a commander overrode it. */
    public String overrideFindings;

    @Column(nullable = false)
    public String previousHash;

    @Column(nullable = false)
    public String hash;

    /** Records the commander's override, when there is one, in the event (and so in its hash). */
    void overriddenBy(CertificationOverride override) {
        if (override != null) {
            overrideReason = override.reason();
            overrideFindings = override.findings();
        }
    }

    /** A weapon's event: what happened to it, where, under which operation, asked and approved by whom. */
    static CustodyEvent of(UUID operationId, OperationType type, Weapon weapon, Site site, String requestedBy,
            String approvedBy) {
        CustodyEvent event = new CustodyEvent();
        event.operationId = operationId;
        event.type = type;
        event.weapon = weapon;
        event.site = site;
        event.requestedBy = requestedBy;
        event.approvedBy = approvedBy;
        return event;
    }
}
