package org.stockpile.stocktake;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.stockpile.site.Site;
import org.stockpile.site.StorageLocation;
import org.stockpile.system.StoredText;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/**
 * A count of a site's weapons and lots (or of one storage location's) against the book as it stood when the count
 * opened. Counters add scans while it is open; a second person closes it, and from then on it is kept as it closed,
 * with what it found and that record's hash.
 */
@Entity
@Table(name = "stocktake")
public class Stocktake {

    public enum Scope {
        /** Every weapon and lot of the book. */
        FULL,
        /** A random sample of the book, drawn when the count opens. */
        SAMPLE
    }

    /** What national policy says of custody operations at a site while its count is open. */
    public enum Movements {
        /** Refused until the count closes. */
        FROZEN,
        /** Recorded, and accounted for against the book as it stood at opening. */
        RECORDED
    }

    public enum Status {
        OPEN, CLOSED
    }

    public static final int MAX_REMARKS = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Site site;

    @ManyToOne(fetch = FetchType.LAZY)
    public StorageLocation storageLocation;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Scope scope;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Movements movements;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    /** The last sequence number of the site's chain when the count opened. */
    @Column(nullable = false)
    public long openingSeq;

    @NotNull(message = "{validation.required}")
    @Column(nullable = false)
    public String openedBy;

    @NotNull(message = "{validation.required}")
    @Column(nullable = false)
    public OffsetDateTime openedAt;

    public String closedBy;

    public OffsetDateTime closedAt;

    @Size(max = MAX_REMARKS, message = "{validation.too-long}")
    public String closingRemarks;

    /** What the count found, as the JSON kept and printed. */
    public String findings;

    /** The SHA-256 of {@link #findings}' UTF-8 bytes, in hex. */
    public String findingsHash;

    /** How many recounts were asked for: the round the counters' scans now belong to. */
    @Column(nullable = false)
    public int recounts;

    @Version
    public long version;

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** Nothing more is counted, recounted or explained once the count is closed (409). */
    public void requireOpen() {
        if (!isOpen()) {
            throw new ProblemException(ProblemType.STATE_CONFLICT, null, "problem.stocktake.closed", id, closedBy);
        }
    }

    /** Starts the next round of counting, for the items a recount was asked for; returns its number. */
    public int startRecount() {
        requireOpen();
        return ++recounts;
    }

    /**
     * Refuses to close the count now, saying why, unless: the closer is not the person who opened it (403); every
     * discrepancy is explained (422, listing those that are not); and a sample below the threshold has closing
     * remarks giving its causes and the corrective action (422).
     *
     * @param unexplained the tags of the weapons and lots whose discrepancies nobody has explained yet
     */
    public void requireClosable(String closer, String remarks, Reconciliation reconciliation,
            Set<String> unexplained) {
        if (closer.equals(openedBy)) {
            throw new ProblemException(ProblemType.FORBIDDEN, null, "problem.stocktake.second-person", openedBy);
        }
        if (!unexplained.isEmpty()) {
            throw new ProblemException(ProblemType.RULE_VIOLATION, "explanations",
                    unexplained.stream().sorted().map(tag -> new ProblemException.Item(tag, null, null,
                            "problem.stocktake.unexplained-item")).toList(),
                    "problem.stocktake.unexplained", unexplained.size());
        }
        if (scope == Scope.SAMPLE && !reconciliation.meetsThreshold() && (remarks == null || remarks.isBlank())) {
            throw ProblemException.rule("remarks", "problem.stocktake.below-threshold",
                    percent(reconciliation.matchRate()), percent(Reconciliation.SAMPLE_THRESHOLD));
        }
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /** Closes the count, keeping what it found: {@code findings} and their hash are stored as given. */
    public void close(String closer, OffsetDateTime at, String remarks, String findings, String findingsHash) {
        requireOpen();
        status = Status.CLOSED;
        closedBy = closer;
        closedAt = at;
        closingRemarks = StoredText.blankAsNull(remarks);
        this.findings = findings;
        this.findingsHash = findingsHash;
    }
}
