package org.stockpile.training;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stockpile.person.Person;
import org.stockpile.person.PersonService;
import org.stockpile.security.CurrentUser;
import org.stockpile.site.SiteService;
import org.stockpile.system.Messages;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/**
 * Certificates: issued when a session closes (or a correction turns a fail into a pass), each with a national number
 * and a verification code; seen by those whose scope holds the holder's site; revoked once, with who and why; and
 * verified by anyone holding both the number and the code.
 */
@ApplicationScoped
public class Certificates {

    private static final Messages.Key CERTIFICATE = new Messages.Key("record.certificate");
    /** Letters and digits that cannot be mistaken for one another when read off paper. */
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    static final int CODE_LENGTH = 10;

    private final CertificateRepository certificates;
    private final TrainingCorrectionRepository corrections;
    private final EnrolmentRepository enrolments;
    private final PersonService persons;
    private final SiteService sites;
    private final CurrentUser user;
    private final EntityManager entityManager;
    private final Clock clock;
    private final CertificateDocuments documents;
    private final String numberPrefix;

    Certificates(CertificateRepository certificates, TrainingCorrectionRepository corrections,
            EnrolmentRepository enrolments, PersonService persons, SiteService sites, CurrentUser user,
            EntityManager entityManager, Clock clock, CertificateDocuments documents,
            @ConfigProperty(name = "stockpile.training.certificate-prefix") String numberPrefix) {
        this.documents = documents;
        this.certificates = certificates;
        this.corrections = corrections;
        this.enrolments = enrolments;
        this.persons = persons;
        this.sites = sites;
        this.user = user;
        this.entityManager = entityManager;
        this.clock = clock;
        this.numberPrefix = numberPrefix;
    }

    /** Issues the certificate a pass gives, from {@code day}, authorising what the course authorises today. */
    Certificate issue(Enrolment enrolment, LocalDate day) {
        Course course = enrolment.session.course;
        CertificateValidity validity = CertificateValidity.issued(day, course.validity());
        Certificate certificate = new Certificate();
        certificate.number = nextNumber(day);
        certificate.verificationCode = newVerificationCode();
        certificate.person = enrolment.person;
        certificate.course = course;
        certificate.enrolment = enrolment;
        certificate.issuedOn = validity.issuedOn();
        certificate.validThrough = validity.validThrough();
        certificate.issuedBy = user.name();
        certificate.issuedAt = OffsetDateTime.now(clock);
        certificate.authorisedRoles.addAll(course.authorisedRoles);
        certificate.weaponTypes.addAll(course.weaponTypes);
        certificates.persist(certificate);
        return certificate;
    }

    /** National numbers: the prefix, the year of issue and a number that never repeats, e.g. ML-2026-000042. */
    private String nextNumber(LocalDate day) {
        long next = ((Number) entityManager.createNativeQuery("select nextval('certificate_number_seq')")
                .getSingleResult()).longValue();
        return number(numberPrefix, day.getYear(), next);
    }

    public static String number(String prefix, int year, long sequence) {
        return String.format("%s-%d-%06d", prefix, year, sequence);
    }

    /** A fresh code to print with a certificate: about 49 bits, beyond guessing one number after another. */
    public static String newVerificationCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    /** The certificate as a PDF in {@code locale}'s language, for those who may see it. */
    public byte[] pdf(String number, Locale locale) {
        return documents.certificate(requireVisible(number), locale);
    }

    public TrainingViews.CertificateView get(String number) {
        return TrainingViews.CertificateView.of(requireVisible(number), LocalDate.now(clock));
    }

    /** Revokes a certificate from today, once, with the reason; what it authorised ends with it. */
    @Transactional
    public TrainingViews.CertificateView revoke(String number, String reason) {
        Certificate certificate = requireVisible(number, LockModeType.PESSIMISTIC_WRITE);
        revoke(certificate, LocalDate.now(clock), reason);
        certificates.flush();
        return TrainingViews.CertificateView.of(certificate, LocalDate.now(clock));
    }

    /** Revokes the certificate a corrected pass had given, from {@code day}. */
    void revokeIssuedTo(Enrolment enrolment, LocalDate day, String reason) {
        certificates.find("enrolment", enrolment).firstResultOptional()
                .filter(c -> c.revokedOn == null)
                .ifPresent(certificate -> revoke(certificate, day, reason));
    }

    private void revoke(Certificate certificate, LocalDate day, String reason) {
        if (certificate.revokedOn != null) {
            throw new ProblemException(ProblemType.STATE_CONFLICT, null, "problem.training.already-revoked",
                    certificate.revokedOn, certificate.revokedBy);
        }
        LocalDate from = day.isBefore(certificate.issuedOn) ? certificate.issuedOn : day;
        certificate.revokedOn = certificate.validity().revokedFrom(from).revokedOn();
        certificate.revokedReason = reason;
        certificate.revokedBy = user.name();
        certificate.revokedAt = OffsetDateTime.now(clock);
    }

    /** The number of the certificate each enrolment gave, for those that gave one. */
    Map<Long, String> numbersFor(List<Enrolment> enrolled) {
        Map<Long, String> numbers = new HashMap<>();
        if (!enrolled.isEmpty()) {
            certificates.find("enrolment in ?1", enrolled).list()
                    .forEach(c -> numbers.put(c.enrolment.id, c.number));
        }
        return numbers;
    }

    String numberFor(Enrolment enrolment) {
        return numbersFor(List.of(enrolment)).get(enrolment.id);
    }

    /** A person's training: every session they were enrolled in, every certificate and every correction. */
    public TrainingViews.TrainingRecord recordOf(long personId) {
        Person person = persons.requireVisible(personId);
        LocalDate today = LocalDate.now(clock);
        List<Enrolment> enrolled = enrolments.find("from Enrolment e join fetch e.session s join fetch s.course "
                + "join fetch s.region left join fetch s.site where e.person = ?1 order by s.startsOn desc, e.id",
                person).list();
        Map<Long, String> numbers = numbersFor(enrolled);
        Map<Long, Long> trainees = enrolments.countsBySession(enrolled.stream().map(e -> e.session).toList());
        List<TrainingViews.RecordEntry> sessions = enrolled.stream()
                .map(e -> new TrainingViews.RecordEntry(
                        TrainingViews.SessionView.of(e.session, trainees.getOrDefault(e.session.id, 0L)),
                        TrainingViews.EnrolmentView.of(e, numbers.get(e.id))))
                .toList();
        List<TrainingViews.CertificateView> held = heldBy(person).stream()
                .map(c -> TrainingViews.CertificateView.of(c, today)).toList();
        List<TrainingViews.CorrectionView> corrected = enrolled.isEmpty() ? List.of()
                : corrections.find("enrolment in ?1 order by correctedAt", enrolled).list().stream()
                        .map(c -> new TrainingViews.CorrectionView(c.enrolment.id, c.changes, c.reason,
                                c.correctedBy, c.correctedAt))
                        .toList();
        return new TrainingViews.TrainingRecord(TrainingViews.PersonRef.of(person), sessions, held, corrected);
    }

    /** Every certificate a person holds or held, latest first. */
    List<Certificate> heldBy(Person person) {
        return certificates.find("from Certificate c join fetch c.course join fetch c.enrolment e "
                + "join fetch e.session where c.person = ?1", person).list().stream()
                .sorted(Comparator.comparing((Certificate c) -> c.issuedOn).reversed()
                        .thenComparing(c -> c.id, Comparator.reverseOrder()))
                .toList();
    }

    /**
     * What a verification page shows for a number and its code: nothing at all unless both match, so that numbers
     * cannot be tried one after another to list who holds certificates.
     */
    public TrainingViews.Verification verify(String number, String code) {
        Certificate certificate = number == null || code == null ? null
                : certificates.find("number", number).firstResultOptional()
                        .filter(c -> MessageDigest.isEqual(c.verificationCode.getBytes(StandardCharsets.UTF_8),
                                code.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)))
                        .orElse(null);
        if (certificate == null) {
            throw ProblemException.notFound(CERTIFICATE, number);
        }
        return new TrainingViews.Verification(certificate.number,
                certificate.person.fullName(), certificate.course.titleFr,
                certificate.course.titleEn, certificate.issuedOn, certificate.validThrough,
                certificate.validity().on(LocalDate.now(clock)));
    }

    private Certificate requireVisible(String number) {
        return requireVisible(number, LockModeType.NONE);
    }

    /** The certificate with this number if its holder is in the caller's scope, locked as asked; 404 otherwise. */
    private Certificate requireVisible(String number, LockModeType lock) {
        return certificates.find("number", number).withLock(lock).firstResultOptional()
                .filter(c -> sites.isVisible(c.person.site))
                .orElseThrow(() -> ProblemException.notFound(CERTIFICATE, number));
    }
}
