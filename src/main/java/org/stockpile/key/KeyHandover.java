package org.stockpile.key;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.stockpile.person.Person;

/** A key passing to a new holder, as it was recorded: the database refuses any change. */
@Entity
@Table(name = "key_handover")
@Immutable
public class KeyHandover {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public SiteKey key;

    /** Null when the key had no holder before. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Person fromHolder;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Person toHolder;

    @Column(nullable = false)
    public OffsetDateTime handedAt;

    @Column(nullable = false)
    public String recordedBy;

    /** The count this change of holder called for, when national policy calls for one. */
    public Long stocktakeId;
}
