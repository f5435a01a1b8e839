package org.stockpile.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.stockpile.system.TagCode;

/** What clients send to run a session: each bounded as it is stored, and checked before anything is looked up. */
public final class TrainingRequests {

    /** The most persons one request names (trainers of a session, trainees present on a day). */
    public static final int MAX_PERSONS = TrainingSession.MAX_CAPACITY;
    /** What a scanner may send as one badge code. */

    private TrainingRequests() {
    }

    /**
     * A session: the course's code, the place (a site, or a region), the first and last days, the capacity, and the
     * trainers' badges (the caller's own person when none is given).
     */
    public record Session(@Size(max = 16, message = "{validation.too-long}") String courseCode,
            @Size(max = 32, message = "{validation.too-long}") String siteCode,
            @Size(max = 16, message = "{validation.too-long}") String regionCode,
            @NotNull(message = "{validation.required}") LocalDate startsOn,
            @NotNull(message = "{validation.required}") LocalDate endsOn,
            @NotNull(message = "{validation.required}") Integer capacity,
            @Size(max = MAX_PERSONS, message = "{validation.too-many}")
            List<@NotBlank(message = "{validation.required}") @Size(max = TagCode.MAX_SCANNED,
                    message = "{validation.too-long}") String> trainerTags) {
    }

    /** A person enrolled by scanning their badge. */
    public record Enrol(@NotBlank(message = "{validation.required}")
            @Size(max = TagCode.MAX_SCANNED, message = "{validation.too-long}") String personTag) {
    }

    /** One day's attendance sheet: the badges of those present; every other trainee enrolled was absent. */
    public record Attendance(@NotNull(message = "{validation.required}") LocalDate day,
            @NotNull(message = "{validation.required}") @Size(max = MAX_PERSONS, message = "{validation.too-many}")
            List<@NotBlank(message = "{validation.required}") @Size(max = TagCode.MAX_SCANNED,
                    message = "{validation.too-long}") String> presentTags) {
    }

    /** A trainee's result; {@code version} is the enrolment's, as the client read it. */
    public record Result(
            @DecimalMin(value = "0", message = "{validation.score}") @DecimalMax(value = "100",
                    message = "{validation.score}") @Digits(integer = 3, fraction = 2,
                            message = "{validation.score}") BigDecimal score,
            @NotNull(message = "{validation.required}") Enrolment.Outcome outcome,
            @Size(max = 500, message = "{validation.too-long}") String remarks,
            @NotNull(message = "{validation.required}") Long version) {
    }

    /** A change to a closed session's result, with the reason it is recorded with. */
    public record Correction(@NotNull(message = "{validation.required}") @Valid Result result,
            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}")
            String reason) {
    }
}
