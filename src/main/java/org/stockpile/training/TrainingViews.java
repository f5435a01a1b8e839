package org.stockpile.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stockpile.person.Person;
import org.stockpile.system.TagCode;
import org.stockpile.weapon.Weapon;

/** What the training API answers. */
public final class TrainingViews {

    private TrainingViews() {
    }

    /** A person as training records name them. */
    public record PersonRef(long id, String tagCode, String serviceNumber, String name, String siteCode) {

        static PersonRef of(Person person) {
            return new PersonRef(person.id, TagCode.of(TagCode.Kind.PERSON, person.id).value(), person.serviceNumber,
                    person.fullName(), person.site.code);
        }
    }

    public record SessionView(long id, String courseCode, String courseTitleFr, String courseTitleEn,
            @Schema(nullable = true) String siteCode, String regionCode, LocalDate startsOn, LocalDate endsOn,
            int capacity, long enrolled, TrainingSession.Status status, List<PersonRef> trainers,
            @Schema(nullable = true) OffsetDateTime closedAt, @Schema(nullable = true) String closedBy,
            @Schema(nullable = true) String cancelledReason, long version) {

        static SessionView of(TrainingSession s, long enrolled) {
            return new SessionView(s.id, s.course.code, s.course.titleFr, s.course.titleEn,
                    s.site == null ? null : s.site.code, s.region.code, s.startsOn, s.endsOn, s.capacity, enrolled,
                    s.status, s.trainers.stream().map(PersonRef::of).toList(), s.closedAt, s.closedBy,
                    s.cancelledReason, s.version);
        }
    }

    /** A session with its trainees, their attendance and results. */
    public record SessionDetail(SessionView session, List<LocalDate> days, List<EnrolmentView> enrolments) {
    }

    public record EnrolmentView(long id, PersonRef person, Map<LocalDate, Boolean> attendance, long daysPresent,
            @Schema(nullable = true) BigDecimal score, @Schema(nullable = true) Enrolment.Outcome outcome,
            @Schema(nullable = true) String remarks, @Schema(nullable = true) String certificateNumber, long version) {

        static EnrolmentView of(Enrolment e, String certificateNumber) {
            Map<LocalDate, Boolean> attendance = new TreeMap<>();
            e.attendance.forEach((day, mark) -> attendance.put(day, mark.present()));
            return new EnrolmentView(e.id, PersonRef.of(e.person), attendance, e.daysPresent(), e.score, e.outcome,
                    e.remarks, certificateNumber, e.version);
        }
    }

    public record CertificateView(String number, PersonRef holder, String courseCode, String courseTitleFr,
            String courseTitleEn, long sessionId, LocalDate issuedOn, LocalDate validThrough,
            CertificateValidity.Status status, Set<AuthorisedRole> authorisedRoles, Set<Weapon.Type> weaponTypes,
            @Schema(nullable = true) LocalDate revokedOn, @Schema(nullable = true) String revokedReason,
            @Schema(nullable = true) String revokedBy, String verificationCode) {

        static CertificateView of(Certificate c, LocalDate today) {
            return new CertificateView(c.number, PersonRef.of(c.person), c.course.code, c.course.titleFr,
                    c.course.titleEn, c.enrolment.session.id, c.issuedOn, c.validThrough, c.validity().on(today),
                    new TreeSet<>(c.authorisedRoles), new TreeSet<>(c.weaponTypes), c.revokedOn, c.revokedReason,
                    c.revokedBy, c.verificationCode);
        }
    }

    /** A result corrected after its session closed. */
    public record CorrectionView(long enrolmentId, String changes, String reason, String correctedBy,
            OffsetDateTime correctedAt) {
    }

    /** Everything a person's training left: each session with its result, and each certificate, current or past. */
    public record TrainingRecord(PersonRef person, List<RecordEntry> sessions, List<CertificateView> certificates,
            List<CorrectionView> corrections) {
    }

    public record RecordEntry(SessionView session, EnrolmentView enrolment) {
    }

    /**
     * What anyone holding a certificate's number and code may learn: whether it is valid today, and no more about its
     * holder than their name and the course.
     */
    public record Verification(String number, String holderName, String courseTitleFr, String courseTitleEn,
            LocalDate issuedOn, LocalDate validThrough, CertificateValidity.Status status) {
    }
}
