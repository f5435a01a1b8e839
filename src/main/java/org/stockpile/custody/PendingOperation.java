package org.stockpile.custody;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.stockpile.site.Site;

/** A sensitive operation requested by one person, waiting for a second, different person to approve or reject. */
@Entity
@Table(name = "pending_operation")
public class PendingOperation {

    public enum Status {
        PENDING, APPROVED, REJECTED, WITHDRAWN
    }

    public enum Subject {
        WEAPONS, AMMUNITION, WEAPON_RECORD
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Subject subject = Subject.WEAPONS;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OperationType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Site site;

    /** The request as it was made (JSON), replayed when approved. */
    @Column(nullable = false)
    public String request;

    /** What the request was made against ({@link HeldAgainst}, JSON): an approval must find it unchanged. */
    public String heldAgainst;

    @Column(nullable = false)
    public String requestedBy;

    @Column(nullable = false)
    public OffsetDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /**
     * What certification the request lacked, one line per shortfall, when it is held for a commander to override;
     * null for any other request.
     */
    public String overrideFindings;

    /**
     * The count whose finding this operation corrects: held for a second person whatever its size, and not a clerk's
     * counter operation, so no clerk's certificate is asked of the auditor who requested it.
     */
    public Long stocktakeId;

    public String decidedBy;
    public OffsetDateTime decidedAt;
    public String decisionReason;
    public UUID operationId;

    @Version
    public long version;
}
