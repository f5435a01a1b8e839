package org.stockpile.training;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A change to a closed session's result: what changed (one "field: before → after" line each), who and why. */
@Entity
public class TrainingCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Enrolment enrolment;

    @Column(nullable = false, updatable = false)
    public String changes;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(nullable = false, updatable = false)
    public String correctedBy;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime correctedAt;
}
