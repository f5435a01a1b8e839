package org.stockpile.loss;

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

/** One step of a loss report's investigation: its status from then on, the police reference, what was learnt. */
@Entity
@Table(name = "loss_report_entry")
@Immutable
public class LossReportEntry {

    public static final int MAX_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public LossReport lossReport;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Investigation status;

    public String policeReference;

    /** What was learnt; for the entry that closes the investigation, its outcome. */
    public String note;

    @Column(nullable = false)
    public String recordedBy;

    @Column(nullable = false)
    public OffsetDateTime recordedAt;
}
