package org.stockpile.training;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Whether a trainee was present on one day of a session, and who recorded it when. */
@Embeddable
public record AttendanceMark(@Column(nullable = false) boolean present,
        @Column(nullable = false) String recordedBy, @Column(nullable = false) OffsetDateTime recordedAt) {
}
