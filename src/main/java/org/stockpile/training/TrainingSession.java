package org.stockpile.training;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.stockpile.person.Person;
import org.stockpile.site.Region;
import org.stockpile.site.Site;
import org.stockpile.system.Messages;
import org.stockpile.system.PlausibleDate;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/**
 * A course given at a place (a site, or a region when it is held elsewhere) on consecutive days by one or more
 * trainers, for at most {@code capacity} trainees. It is open while trainees are enrolled and assessed; its trainer
 * closes it, which issues the certificates of those who passed, and from then on its results change only by a
 * recorded correction.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    public enum Status {
        OPEN, CLOSED, CANCELLED
    }

    /** The longest session: the database refuses longer ones too. */
    public static final int MAX_DAYS = 366;
    public static final int MAX_CAPACITY = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Course course;

    @ManyToOne(fetch = FetchType.LAZY)
    public Site site;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Region region;

    @NotNull(message = "{validation.required}")
    @PlausibleDate
    @Column(nullable = false)
    public LocalDate startsOn;

    @NotNull(message = "{validation.required}")
    @PlausibleDate
    @Column(nullable = false)
    public LocalDate endsOn;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.positive}")
    @Max(value = MAX_CAPACITY, message = "{validation.too-large}")
    @Column(nullable = false)
    public Integer capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    public OffsetDateTime closedAt;
    public String closedBy;
    public String cancelledReason;

    @Column(nullable = false, updatable = false)
    public String createdBy;

    @ManyToMany
    @JoinTable(name = "training_session_trainer", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    public Set<Person> trainers = new LinkedHashSet<>();

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

    /**
     * How many days the session spans, first and last included, counted without listing them: a request may name
     * dates centuries apart before it is refused.
     */
    public long dayCount() {
        return ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
    }

    /** The days of the session, first to last. */
    public List<LocalDate> days() {
        return startsOn.datesUntil(endsOn.plusDays(1)).toList();
    }

    public boolean isOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** Whether {@code person} trains this session (a trainer is never one of its trainees). */
    public boolean isTrainedBy(Person person) {
        return trainers.stream().anyMatch(trainer -> trainer.id.equals(person.id));
    }

    /** Enrolment, attendance and results are recorded while the session is open; 409 otherwise. */
    public void requireOpen() {
        if (status != Status.OPEN) {
            throw new ProblemException(ProblemType.STATE_CONFLICT, null, "problem.training.session-not-open",
                    new Messages.Key("training.session." + status.name()));
        }
    }
}
