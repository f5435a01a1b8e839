package org.stockpile.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stockpile.person.Person;
import org.stockpile.person.PersonRepository;
import org.stockpile.person.PersonService;
import org.stockpile.security.CurrentUser;
import org.stockpile.security.Roles;
import org.stockpile.site.Region;
import org.stockpile.site.RegionService;
import org.stockpile.site.Site;
import org.stockpile.site.SiteService;
import org.stockpile.system.InvalidTagException;
import org.stockpile.system.Messages;
import org.stockpile.system.RecordValidator;
import org.stockpile.system.TagCode;
import org.stockpile.system.paging.Filter;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/**
 * Sessions of the catalogue's courses, seen and run by those whose scope holds their place: enrolment by badge,
 * attendance a day at a time, results, and closing, which issues the certificates of those who passed. Results and
 * closing are for the session's own trainers (or an administrator); a closed session's result changes only by a
 * correction recorded with its reason.
 */
@ApplicationScoped
public class TrainingSessions {

    private static final Messages.Key SESSION = new Messages.Key("record.training-session");
    private static final Messages.Key ENROLMENT = new Messages.Key("record.enrolment");
    private static final Map<String, String> SORTABLE = Map.of("id", "s.id", "startsOn", "s.startsOn", "courseCode",
            "s.course.code", "status", "s.status");

    private final TrainingSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final TrainingCorrectionRepository corrections;
    private final PersonRepository persons;
    private final PersonService people;
    private final CourseService courses;
    private final SiteService sites;
    private final RegionService regions;
    private final Certificates certificates;
    private final RecordValidator validator;
    private final CurrentUser user;
    private final Clock clock;
    private final CertificateDocuments documents;
    private final AttendanceRule attendanceRule;

    TrainingSessions(TrainingSessionRepository sessions, EnrolmentRepository enrolments,
            TrainingCorrectionRepository corrections, PersonRepository persons, PersonService people,
            CourseService courses, SiteService sites, RegionService regions, Certificates certificates, RecordValidator validator,
            CurrentUser user, Clock clock, CertificateDocuments documents,
            @ConfigProperty(name = "stockpile.training.minimum-attendance") double minimumAttendance) {
        this.documents = documents;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.corrections = corrections;
        this.persons = persons;
        this.people = people;
        this.courses = courses;
        this.sites = sites;
        this.regions = regions;
        this.certificates = certificates;
        this.validator = validator;
        this.user = user;
        this.clock = clock;
        this.attendanceRule = new AttendanceRule(minimumAttendance);
    }

    public record Criteria(String courseCode, String regionCode, TrainingSession.Status status, boolean mine) {
    }

    /** Sessions at places in the caller's scope; with {@code mine}, only those the caller trains. */
    public Page<TrainingViews.SessionView> list(Criteria criteria, PageRequest page) {
        Filter filter = new Filter()
                .within((site, parameters) -> user.scope().placeCondition(site, "s.region.code", parameters), "s.site")
                .equal("s.course.code", criteria.courseCode()).equal("s.region.code", criteria.regionCode())
                .equal("s.status", criteria.status());
        String query = "from TrainingSession s join fetch s.course join fetch s.region left join fetch s.site where "
                + filter.query();
        Map<String, Object> parameters = filter.parameters();
        if (criteria.mine()) {
            query += " and exists (select 1 from TrainingSession m join m.trainers t where m = s and t.account = :me)";
            parameters.put("me", user.name());
        }
        Page<TrainingSession> found = Page.of(sessions.find(query, page.toSort(SORTABLE, "startsOn"), parameters),
                page, s -> s);
        Map<Long, Long> enrolled = enrolments.countsBySession(found.items());
        return found.map(s -> TrainingViews.SessionView.of(s, enrolled.getOrDefault(s.id, 0L)));
    }

    public TrainingViews.SessionDetail get(long id) {
        return detail(requireVisible(id));
    }

    /** The session's attendance sheet, to print and sign, in {@code locale}'s language. */
    public byte[] attendanceSheet(long id, Locale locale) {
        TrainingSession session = requireVisible(id);
        return documents.attendanceSheet(session, enrolled(session), locale);
    }

    @Transactional
    public TrainingViews.SessionDetail create(TrainingRequests.Session request) {
        TrainingSession session = new TrainingSession();
        session.course = courses.requireActiveByCode("courseCode", request.courseCode());
        placeAt(session, request.siteCode(), request.regionCode());
        session.startsOn = request.startsOn();
        session.endsOn = request.endsOn();
        session.capacity = request.capacity();
        session.createdBy = user.name();
        validator.requireValid(session);
        if (session.endsOn.isBefore(session.startsOn)) {
            throw ProblemException.rule("endsOn", "problem.training.ends-before-start");
        }
        if (session.dayCount() > TrainingSession.MAX_DAYS) {
            throw ProblemException.rule("endsOn", "problem.training.too-long", TrainingSession.MAX_DAYS);
        }
        session.trainers.addAll(trainers(request.trainerTags()));
        sessions.persistAndFlush(session);
        return detail(session);
    }

    private void placeAt(TrainingSession session, String siteCode, String regionCode) {
        if (siteCode != null) {
            Site site = sites.requireActiveVisibleByCode("siteCode", siteCode);
            if (regionCode != null && !regionCode.equals(site.region.code)) {
                throw ProblemException.rule("regionCode", "problem.training.site-outside-region", siteCode,
                        regionCode);
            }
            session.site = site;
            session.region = site.region;
            return;
        }
        if (regionCode == null) {
            throw ProblemException.rule("siteCode", "problem.training.place-required");
        }
        Region region = regions.requireActiveByCode("regionCode", regionCode);
        if (!user.scope().includes(null, region.code)) {
            throw ProblemException.unknownReference("regionCode", regionCode);
        }
        session.region = region;
    }

    /** The trainers scanned, or the caller's own person when none is: a session always has a trainer. */
    private List<Person> trainers(List<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return List.of(callersPerson().orElseThrow(
                    () -> ProblemException.rule("trainerTags", "problem.training.trainer-required")));
        }
        Set<Person> trainers = new LinkedHashSet<>();
        for (String tag : tags) {
            trainers.add(people.requireScanned("trainerTags", tag, LockModeType.NONE));
        }
        return List.copyOf(trainers);
    }

    private Optional<Person> callersPerson() {
        return persons.find("account", user.name()).firstResultOptional();
    }

    /** Enrols the person whose badge was scanned, while the session is open and has a free place. */
    @Transactional
    public TrainingViews.EnrolmentView enrol(long sessionId, TrainingRequests.Enrol request) {
        TrainingSession session = lockVisible(sessionId);
        session.requireOpen();
        Person person = people.requireScanned("personTag", request.personTag(), LockModeType.NONE);
        if (session.isTrainedBy(person)) {
            throw ProblemException.rule("personTag", "problem.training.trainer-not-trainee");
        }
        if (enrolments.count("session = ?1 and person = ?2", session, person) > 0) {
            throw ProblemException.duplicate("personTag", request.personTag());
        }
        if (enrolments.count("session", session) >= session.capacity) {
            throw new ProblemException(ProblemType.STATE_CONFLICT, "personTag", "problem.training.full",
                    session.capacity);
        }
        Enrolment enrolment = new Enrolment();
        enrolment.session = session;
        enrolment.person = person;
        enrolment.enrolledBy = user.name();
        enrolment.enrolledAt = OffsetDateTime.now(clock);
        enrolments.persistAndFlush(enrolment);
        return TrainingViews.EnrolmentView.of(enrolment, null);
    }

    /**
     * Records one day's attendance sheet: those scanned were present, every other trainee absent. Taking the same
     * day again replaces that day's sheet, while the session is open.
     */
    @Transactional
    public TrainingViews.SessionDetail attendance(long sessionId, TrainingRequests.Attendance request) {
        TrainingSession session = lockVisible(sessionId);
        session.requireOpen();
        if (!session.isOn(request.day())) {
            throw ProblemException.rule("day", "problem.training.day-outside-session", request.day(),
                    session.startsOn, session.endsOn);
        }
        if (request.day().isAfter(LocalDate.now(clock))) {
            throw ProblemException.rule("day", "problem.training.day-in-future", request.day());
        }
        List<Enrolment> enrolled = enrolled(session);
        Map<Long, Enrolment> byPerson = new HashMap<>();
        enrolled.forEach(e -> byPerson.put(e.person.id, e));
        Set<Long> present = new LinkedHashSet<>();
        List<ProblemException.Item> unknown = new ArrayList<>();
        for (String tag : request.presentTags()) {
            Long personId = personIdOf(tag);
            if (personId == null || !byPerson.containsKey(personId)) {
                unknown.add(new ProblemException.Item(tag, null, null, "problem.training.not-enrolled"));
            } else {
                present.add(personId);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.RULE_VIOLATION, "presentTags", unknown,
                    "problem.training.attendance-refused", unknown.size());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Enrolment enrolment : enrolled) {
            enrolment.attendance.put(request.day(),
                    new AttendanceMark(present.contains(enrolment.person.id), user.name(), now));
        }
        enrolments.flush();
        return detail(session);
    }

    /** A trainee's result, recorded by one of the session's trainers while it is open. */
    @Transactional
    public TrainingViews.EnrolmentView result(long sessionId, long enrolmentId, TrainingRequests.Result request) {
        TrainingSession session = lockVisible(sessionId);
        session.requireOpen();
        requireTrainerOf(session);
        Enrolment enrolment = enrolmentOf(session, enrolmentId);
        requireVersion(enrolment, request.version());
        assess(session, enrolment, request);
        enrolments.flush();
        return TrainingViews.EnrolmentView.of(enrolment, null);
    }

    private void assess(TrainingSession session, Enrolment enrolment, TrainingRequests.Result request) {
        if (enrolment.person.account != null && enrolment.person.account.equals(user.name())) {
            throw new ProblemException(ProblemType.FORBIDDEN, null, "problem.training.own-result");
        }
        int days = (int) session.dayCount();
        if (request.outcome() == Enrolment.Outcome.PASSED && !attendanceRule.allowsPass(enrolment.daysPresent(),
                days)) {
            throw ProblemException.rule("outcome", "problem.training.attendance-too-low", enrolment.daysPresent(),
                    days, attendanceRule.minimumDays(days));
        }
        enrolment.score = request.score();
        enrolment.outcome = request.outcome();
        enrolment.remarks = request.remarks();
        enrolment.resultRecordedBy = user.name();
        enrolment.resultRecordedAt = OffsetDateTime.now(clock);
    }

    /**
     * Closes the session once every trainee has a result, and issues a certificate to each who passed, valid from
     * today for the course's validity.
     */
    @Transactional
    public TrainingViews.SessionDetail close(long sessionId) {
        TrainingSession session = lockVisible(sessionId);
        session.requireOpen();
        requireTrainerOf(session);
        List<Enrolment> enrolled = enrolled(session);
        List<ProblemException.Item> unassessed = enrolled.stream().filter(e -> !e.isAssessed())
                .map(e -> new ProblemException.Item(TagCode.of(TagCode.Kind.PERSON, e.person.id).value(), null, null,
                        "problem.training.no-result"))
                .toList();
        if (!unassessed.isEmpty()) {
            throw new ProblemException(ProblemType.RULE_VIOLATION, null, unassessed,
                    "problem.training.results-missing", unassessed.size());
        }
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(session.endsOn)) {
            throw ProblemException.rule(null, "problem.training.not-ended", session.endsOn);
        }
        session.status = TrainingSession.Status.CLOSED;
        session.closedAt = OffsetDateTime.now(clock);
        session.closedBy = user.name();
        enrolled.stream().filter(e -> e.outcome == Enrolment.Outcome.PASSED)
                .forEach(e -> certificates.issue(e, today));
        sessions.flush();
        return detail(session);
    }

    /** Cancels a session that will not be held; those enrolled keep their enrolment on record. */
    @Transactional
    public TrainingViews.SessionDetail cancel(long sessionId, String reason) {
        TrainingSession session = lockVisible(sessionId);
        session.requireOpen();
        session.status = TrainingSession.Status.CANCELLED;
        session.cancelledReason = reason;
        sessions.flush();
        return detail(session);
    }

    /**
     * Changes a closed session's result, recording what changed, who and why. A fail turned into a pass issues the
     * certificate from today; a pass turned into a fail revokes it from today with the correction's reason.
     */
    @Transactional
    public TrainingViews.EnrolmentView correct(long sessionId, long enrolmentId,
            TrainingRequests.Correction request) {
        TrainingSession session = lockVisible(sessionId);
        if (session.status != TrainingSession.Status.CLOSED) {
            throw new ProblemException(ProblemType.STATE_CONFLICT, null, "problem.training.correct-closed-only");
        }
        requireTrainerOf(session);
        Enrolment enrolment = enrolmentOf(session, enrolmentId);
        requireVersion(enrolment, request.result().version());
        List<String> changes = new ArrayList<>();
        Enrolment.Outcome before = enrolment.outcome;
        change(changes, "score", enrolment.score == null ? null : enrolment.score.stripTrailingZeros().toPlainString(),
                request.result().score() == null ? null
                        : request.result().score().stripTrailingZeros().toPlainString());
        change(changes, "outcome", before, request.result().outcome());
        change(changes, "remarks", enrolment.remarks, request.result().remarks());
        if (changes.isEmpty()) {
            throw ProblemException.rule("result", "problem.training.nothing-to-correct");
        }
        assess(session, enrolment, request.result());
        TrainingCorrection correction = new TrainingCorrection();
        correction.enrolment = enrolment;
        correction.changes = String.join("\n", changes);
        correction.reason = request.reason();
        correction.correctedBy = user.name();
        correction.correctedAt = OffsetDateTime.now(clock);
        corrections.persist(correction);
        LocalDate today = LocalDate.now(clock);
        if (before != Enrolment.Outcome.PASSED && enrolment.outcome == Enrolment.Outcome.PASSED) {
            certificates.issue(enrolment, today);
        } else if (before == Enrolment.Outcome.PASSED && enrolment.outcome != Enrolment.Outcome.PASSED) {
            certificates.revokeIssuedTo(enrolment, today, request.reason());
        }
        enrolments.flush();
        return TrainingViews.EnrolmentView.of(enrolment, certificates.numberFor(enrolment));
    }

    private static void change(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + before + " → " + after);
        }
    }

    private static void requireVersion(Enrolment enrolment, Long version) {
        if (version == null || enrolment.version != version) {
            throw new ProblemException(ProblemType.STALE_VERSION, "version", "problem.stale-version.detail");
        }
    }

    /** Whether the caller may record the session's results, close it and correct it. */
    public boolean isRunByCaller(long sessionId) {
        return runsIt(requireVisible(sessionId));
    }

    /** Results and closing are for the session's own trainers, or an administrator. */
    private boolean runsIt(TrainingSession session) {
        return user.hasRole(Roles.ADMIN) || session.trainers.stream().anyMatch(t -> user.name().equals(t.account));
    }

    private void requireTrainerOf(TrainingSession session) {
        if (!runsIt(session)) {
            throw new ProblemException(ProblemType.FORBIDDEN, null, "problem.training.not-your-session");
        }
    }

    private Enrolment enrolmentOf(TrainingSession session, long enrolmentId) {
        return enrolments.findByIdOptional(enrolmentId, LockModeType.PESSIMISTIC_WRITE)
                .filter(e -> e.session.id.equals(session.id))
                .orElseThrow(() -> ProblemException.notFound(ENROLMENT, enrolmentId));
    }

    private List<Enrolment> enrolled(TrainingSession session) {
        return enrolments.find("from Enrolment e join fetch e.person p join fetch p.site where e.session = ?1 "
                + "order by p.familyName, p.givenNames, e.id", session).list();
    }

    private TrainingViews.SessionDetail detail(TrainingSession session) {
        List<Enrolment> enrolled = enrolled(session);
        Map<Long, String> numbers = certificates.numbersFor(enrolled);
        return new TrainingViews.SessionDetail(TrainingViews.SessionView.of(session, enrolled.size()),
                session.days(), enrolled.stream()
                        .map(e -> TrainingViews.EnrolmentView.of(e, numbers.get(e.id))).toList());
    }

    /** The person a scanned badge names, or null when it is no person's badge. */
    private static Long personIdOf(String tag) {
        try {
            TagCode code = TagCode.parse(tag);
            return code.kind() == TagCode.Kind.PERSON ? code.number() : null;
        } catch (InvalidTagException e) {
            return null;
        }
    }

    private TrainingSession requireVisible(long id) {
        return sessions.findByIdOptional(id).filter(this::isVisible)
                .orElseThrow(() -> ProblemException.notFound(SESSION, id));
    }

    private TrainingSession lockVisible(long id) {
        return sessions.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(this::isVisible)
                .orElseThrow(() -> ProblemException.notFound(SESSION, id));
    }

    boolean isVisible(TrainingSession session) {
        return user.scope().includes(session.site == null ? null : session.site.code, session.region.code);
    }
}
