package org.stockpile.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;

import org.stockpile.person.Person;

/** A person enrolled in a session: the days they attended, and their result once assessed. */
@Entity
public class Enrolment {

    public enum Outcome {
        PASSED, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public TrainingSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Person person;

    @Column(nullable = false, updatable = false)
    public String enrolledBy;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime enrolledAt;

    public BigDecimal score;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public String remarks;
    public String resultRecordedBy;
    public OffsetDateTime resultRecordedAt;

    /** Attendance by day, for the days it was taken. */
    @ElementCollection
    @CollectionTable(name = "attendance", joinColumns = @JoinColumn(name = "enrolment_id"))
    @MapKeyColumn(name = "day")
    public Map<LocalDate, AttendanceMark> attendance = new TreeMap<>();

    @Version
    public long version;

    public long daysPresent() {
        return attendance.values().stream().filter(AttendanceMark::present).count();
    }

    public boolean isAssessed() {
        return outcome != null;
    }
}
