package org.stockpile.ammo;

import java.time.OffsetDateTime;

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

/** A lot restricted nationally, or its restriction lifted: who, when, why. Never changed. */
@Entity
@Immutable
@Table(name = "lot_restriction")
public class LotRestriction {

    public enum Action {
        RESTRICT, LIFT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public AmmunitionLot lot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public String decidedBy;

    @Column(nullable = false)
    public OffsetDateTime decidedAt;
}
