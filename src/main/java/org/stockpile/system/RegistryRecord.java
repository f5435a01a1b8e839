package org.stockpile.system;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/**
 * What every registry record shares. Records are never deleted: they are retired, with a reason, and keep their
 * history. The version guards against two people editing the same record at once.
 */
@MappedSuperclass
public abstract class RegistryRecord {

    public enum Status {
        ACTIVE, RETIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.ACTIVE;

    public String retiredReason;
    public OffsetDateTime retiredAt;
    public String retiredBy;

    @Version
    public long version;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(nullable = false)
    public OffsetDateTime updatedAt;

    @PrePersist
    void stampCreation() {
        createdAt = OffsetDateTime.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = OffsetDateTime.now();
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    /**
     * Checks that the client edited the version it read (409 otherwise) and that the record is still in use
     * (409 when retired).
     */
    public void requireEditable(Long expectedVersion) {
        if (expectedVersion == null) {
            throw ProblemException.rule("version", "problem.rule-violation.version-required");
        }
        if (version != expectedVersion) {
            throw new ProblemException(ProblemType.STALE_VERSION, "version", "problem.stale-version.detail");
        }
        requireActive();
    }

    public void requireActive() {
        if (!isActive()) {
            throw new ProblemException(ProblemType.RETIRED, null, "problem.retired.detail", retiredReason);
        }
    }

    public void retire(String reason, String by) {
        requireActive();
        status = Status.RETIRED;
        retiredReason = reason;
        retiredAt = OffsetDateTime.now();
        retiredBy = by;
    }
}
