package org.stockpile.inspection;

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

/**
 * A photo of what an item found, or evidence that its corrective action was carried out: the bytes exactly as they
 * were uploaded, with their SHA-256. The database refuses any change.
 */
@Entity
@Table(name = "inspection_photo")
@Immutable
public class InspectionPhoto {

    public enum Purpose {
        FINDING, EVIDENCE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public InspectionItem inspectionItem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Purpose purpose;

    @Column(nullable = false)
    public String mediaType;

    public int width;

    public int height;

    public int sizeBytes;

    @Column(nullable = false)
    public String sha256;

    /** Never read with the others: lists of photos are read by a query that leaves the bytes out. */
    @Column(nullable = false)
    public byte[] content;

    @Column(nullable = false)
    public String uploadedBy;

    @Column(nullable = false)
    public OffsetDateTime uploadedAt;
}
