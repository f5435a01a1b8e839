package org.stockpile.loss;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.stockpile.ammo.AmmunitionLot;
import org.stockpile.custody.OperationType;
import org.stockpile.site.Site;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.weapon.Weapon;

/**
 * A loss or theft reported: the weapons and the quantities of ammunition lots, the site, when it was discovered and
 * when they were last verified, where, how, by whom, and the custody operations that take them off the book (one for
 * the weapons, one for the ammunition). Kept as it was made (the database refuses any change); the investigation
 * that follows is written as entries of its own.
 */
@Entity
@Table(name = "loss_report")
@Immutable
public class LossReport {

    public enum Kind {
        LOSS(OperationType.LOSS), THEFT(OperationType.THEFT);

        private final OperationType operation;

        Kind(OperationType operation) {
            this.operation = operation;
        }

        /** The custody operation that records it in the ledger. */
        public OperationType operation() {
            return operation;
        }
    }

    public static final int MAX_CIRCUMSTANCES = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Site site;

    @Column(nullable = false)
    public LocalDate discoveredOn;

    public LocalDate lastVerifiedOn;

    public String place;

    @Column(nullable = false)
    public String circumstances;

    @Column(nullable = false)
    public String reportedBy;

    @Column(nullable = false)
    public OffsetDateTime reportedAt;

    /** The stocktake whose discrepancies it reports, when it came from one. */
    public Long stocktakeId;

    /** The weapons' operation held for a second person; null when policy let it be carried out at once. */
    public UUID pendingOperationId;

    /** The weapons' operation carried out at once; null while held (the held operation says when it is done). */
    public UUID operationId;

    /** The same two for the ammunition lost: null both when the report names no lot. */
    public UUID ammunitionPendingOperationId;

    public UUID ammunitionOperationId;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "loss_report_weapon", joinColumns = @JoinColumn(name = "loss_report_id"),
            inverseJoinColumns = @JoinColumn(name = "weapon_id"))
    public Set<Weapon> weapons = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "loss_report_lot", joinColumns = @JoinColumn(name = "loss_report_id"))
    public List<Lot> lots = new ArrayList<>();

    /** A quantity of a lot reported lost. */
    @Embeddable
    public static class Lot {

        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        public AmmunitionLot lot;

        @Column(nullable = false)
        public long quantity;

        protected Lot() {
        }

        public Lot(AmmunitionLot lot, long quantity) {
            this.lot = lot;
            this.quantity = quantity;
        }
    }

    /**
     * The dates a report gives must be possible: not discovered in the future, and not last verified after the
     * discovery (422).
     */
    public static void requirePossibleDates(LocalDate discoveredOn, LocalDate lastVerifiedOn, LocalDate today) {
        if (discoveredOn.isAfter(today)) {
            throw ProblemException.rule("discoveredOn", "problem.loss.discovered-in-future");
        }
        if (lastVerifiedOn != null && lastVerifiedOn.isAfter(discoveredOn)) {
            throw ProblemException.rule("lastVerifiedOn", "problem.loss.verified-after-discovery");
        }
    }
}
