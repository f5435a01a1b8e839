package org.stockpile.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.stockpile.person.PersonService;
import org.stockpile.person.PersonView;
import org.stockpile.security.CurrentUser;
import org.stockpile.security.Roles;
import org.stockpile.site.SiteService;
import org.stockpile.site.SiteView;
import org.stockpile.system.PdfAnswer;
import org.stockpile.system.ReasonRequest;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.StoredText;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.training.CourseService;
import org.stockpile.training.CourseView;
import org.stockpile.training.Enrolment;
import org.stockpile.training.TrainingRequests;
import org.stockpile.training.TrainingSession;
import org.stockpile.training.TrainingSessions;
import org.stockpile.training.TrainingViews;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The trainers' pages: the course catalogue and the sessions in the person's scope; a session's page, where its
 * trainers enrol trainees by scanning their badges, keep the attendance sheet day by day, record results and close
 * the session, which issues the certificates printed from there. Inspectors and commanders read the same pages.
 * Each action posts a form; on success the page is shown again as it now stands (so a reload repeats nothing), on
 * refusal with the reason, in the person's language.
 */
@Path("/app/training")
@RolesAllowed({ Roles.INSPECTOR, Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class TrainingPages {

    static final int PAGE_SIZE = 20;
    /** The most persons a search on a session's page lists: enough to pick one, not a directory. */
    static final int FOUND_MAX = 10;
    private static final int ALL_COURSES = 100;

    /**
     * A session's page: the session, whether the person may run it, the day whose attendance is shown, and the
     * persons found by a search to enrol someone whose badge is not at hand.
     */
    public record SessionPage(TrainingViews.SessionDetail detail, boolean runs, List<LocalDate> markable,
            LocalDate day, String query, List<PersonView> found) {

        public boolean open() {
            return detail.session().status() == TrainingSession.Status.OPEN;
        }

        /** Results are recorded while it is open and corrected once it is closed; a cancelled session has none. */
        public boolean assessable() {
            return detail.session().status() != TrainingSession.Status.CANCELLED;
        }

        public boolean closed() {
            return detail.session().status() == TrainingSession.Status.CLOSED;
        }

        public boolean presentOn(TrainingViews.EnrolmentView enrolment) {
            return Boolean.TRUE.equals(enrolment.attendance().get(day));
        }

        /** Whether the trainee was marked on the day shown (present or absent). */
        public boolean markedOn(TrainingViews.EnrolmentView enrolment) {
            return enrolment.attendance().containsKey(day);
        }
    }

    /** What the person typed into the new session's form, shown again when it is refused. */
    public record SessionForm(String courseCode, String siteCode, String regionCode, String startsOn, String endsOn,
            String capacity) {

        static final SessionForm EMPTY = new SessionForm("", "", "", "", "", "20");
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance training(Page<TrainingViews.SessionView> sessions, Pager pager, boolean mine,
                List<CourseView> courses, List<SiteView> sites, Set<String> regions, boolean runs, SessionForm form,
                Confirmations.Attempt<?> attempt);

        static native TemplateInstance session(SessionPage view, Confirmations.Attempt<?> attempt);
    }

    private final TrainingSessions sessions;
    private final CourseService courses;
    private final SiteService sites;
    private final PersonService persons;
    private final CurrentUser user;
    private final PageContext page;
    private final Confirmations confirmations;
    private final ZoneId timeZone;

    TrainingPages(TrainingSessions sessions, CourseService courses, SiteService sites, PersonService persons,
            CurrentUser user, PageContext page, Confirmations confirmations,
            @ConfigProperty(name = "stockpile.web.time-zone") ZoneId timeZone) {
        this.sessions = sessions;
        this.courses = courses;
        this.sites = sites;
        this.persons = persons;
        this.user = user;
        this.page = page;
        this.confirmations = confirmations;
        this.timeZone = timeZone;
    }

    /** The sessions in scope, the latest first (with {@code mine}, those the person trains), and the catalogue. */
    @GET
    public TemplateInstance training(@QueryParam("mine") boolean mine,
            @QueryParam("page") @DefaultValue("0") int number) {
        return trainingPage(mine, number, SessionForm.EMPTY, null);
    }

    private TemplateInstance trainingPage(boolean mine, int number, SessionForm form,
            Confirmations.Attempt<?> attempt) {
        Page<TrainingViews.SessionView> shown = sessions.list(new TrainingSessions.Criteria(null, null, null, mine),
                new PageRequest(number, PAGE_SIZE, "startsOn,desc"));
        List<SiteView> places = sites.visibleActive();
        Pager pager = Pager.of(shown, "/app/training" + (mine ? "?mine=true" : ""));
        List<CourseView> catalogue = courses.list(null, RegistryRecord.Status.ACTIVE,
                new PageRequest(0, ALL_COURSES, "code")).items();
        return page.localized(Templates.training(shown, pager, mine, catalogue, places,
                new TreeSet<>(places.stream().map(SiteView::regionCode).toList()), runs(), form, attempt));
    }

    /** Creates a session, trained by the person creating it, and opens its page. */
    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
    public Response create(@RestForm String courseCode, @RestForm String siteCode, @RestForm String regionCode,
            @RestForm String startsOn, @RestForm String endsOn, @RestForm String capacity) {
        SessionForm form = new SessionForm(courseCode, siteCode, regionCode, startsOn, endsOn, capacity);
        var attempt = confirmations.attempt(new TrainingRequests.Session(StoredText.blankAsNull(courseCode),
                StoredText.blankAsNull(siteCode), StoredText.blankAsNull(regionCode), date(startsOn), date(endsOn),
                whole(capacity), null), sessions::create);
        return attempt.refused() ? Response.ok(trainingPage(false, 0, form, attempt)).build()
                : sessionShown(attempt.answer().session().id(), null);
    }

    @GET
    @Path("sessions/{id}")
    public TemplateInstance session(@PathParam("id") long id, @QueryParam("day") String day,
            @QueryParam("q") String query) {
        return sessionPage(sessions.get(id), date(day), StoredText.blankAsNull(query), null);
    }

    /** The attendance sheet to print and sign, in the person's language. */
    @GET
    @Path("sessions/{id}/attendance-sheet.pdf")
    @Produces(PdfAnswer.MEDIA_TYPE)
    public Response attendanceSheet(@PathParam("id") long id) {
        return PdfAnswer.of(sessions.attendanceSheet(id, page.locale()), "attendance-" + id);
    }

    /** Enrols the trainee whose badge was scanned; the page comes back ready for the next badge. */
    @POST
    @Path("sessions/{id}/enrolments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
    public Response enrol(@PathParam("id") long id, @RestForm String badge) {
        return act(id, null, () -> confirmations.attempt(new TrainingRequests.Enrol(StoredText.blankAsNull(badge)),
                request -> sessions.enrol(id, request)), "#enrol");
    }

    /** One day's sheet: those ticked were present, every other trainee absent. */
    @POST
    @Path("sessions/{id}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
    public Response attendance(@PathParam("id") long id, @RestForm String day,
            @RestForm("present") List<String> present) {
        LocalDate marked = date(day);
        return act(id, marked, () -> confirmations.attempt(new TrainingRequests.Attendance(marked,
                Forms.bounded(present, TrainingRequests.MAX_PERSONS)), request -> sessions.attendance(id, request)),
                "#attendance");
    }

    /** A trainee's result; after closing, a correction that needs a reason. */
    @POST
    @Path("sessions/{id}/enrolments/{enrolment}/result")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
    public Response result(@PathParam("id") long id, @PathParam("enrolment") long enrolment,
            @RestForm String score, @RestForm String outcome, @RestForm String remarks, @RestForm String version,
            @RestForm String reason) {
        TrainingRequests.Result result = new TrainingRequests.Result(decimal(score), outcome(outcome),
                StoredText.blankAsNull(remarks), version == null ? null : (long) whole(version));
        boolean closed = sessions.get(id).session().status() == TrainingSession.Status.CLOSED;
        return act(id, null, () -> closed
                ? confirmations.attempt(new TrainingRequests.Correction(result, StoredText.blankAsNull(reason)),
                        request -> sessions.correct(id, enrolment, request))
                : confirmations.attempt(result, request -> sessions.result(id, enrolment, request)), "#results");
    }

    /** Closes the session, which issues the certificates of those who passed. */
    @POST
    @Path("sessions/{id}/close")
    @RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
    public Response close(@PathParam("id") long id) {
        return act(id, null, () -> confirmations.attempt(id, sessions::close), "#results");
    }

    @POST
    @Path("sessions/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
    public Response cancel(@PathParam("id") long id, @RestForm String reason) {
        return act(id, null, () -> confirmations.attempt(new ReasonRequest(StoredText.blankAsNull(reason)),
                request -> sessions.cancel(id, request.reason())), "");
    }

    /**
     * Carries out an action on a session (seen first, so that one out of scope is 404 as in the API): on success,
     * the session's page again at {@code anchor}; refused, the page with why.
     */
    private Response act(long id, LocalDate day, Supplier<Confirmations.Attempt<?>> action, String anchor) {
        sessions.get(id);
        Confirmations.Attempt<?> attempt = action.get();
        return attempt.refused() ? Response.ok(sessionPage(sessions.get(id), day, null, attempt)).build()
                : sessionShown(id, day == null ? anchor : "?day=" + day + anchor);
    }

    private static Response sessionShown(long id, String suffix) {
        return Response.seeOther(URI.create("/app/training/sessions/" + id + (suffix == null ? "" : suffix))).build();
    }

    private TemplateInstance sessionPage(TrainingViews.SessionDetail detail, LocalDate day, String query,
            Confirmations.Attempt<?> attempt) {
        LocalDate today = LocalDate.now(timeZone);
        List<LocalDate> markable = detail.days().stream().filter(d -> !d.isAfter(today)).toList();
        LocalDate shown = day != null && markable.contains(day) ? day
                : markable.isEmpty() ? null : markable.get(markable.size() - 1);
        boolean runs = runs() && sessions.isRunByCaller(detail.session().id());
        List<PersonView> found = query == null || !runs ? List.of()
                : persons.list(new PersonService.Criteria(query, null, null, null, RegistryRecord.Status.ACTIVE),
                        new PageRequest(0, FOUND_MAX, "familyName")).items();
        return page.localized(Templates.session(new SessionPage(detail, runs, markable, shown, query == null ? ""
                : query, found), attempt));
    }

    private boolean runs() {
        return user.hasRole(Roles.TRAINER) || user.hasRole(Roles.ADMIN);
    }

    /** A date as a form sends it (yyyy-mm-dd); anything else is absent, which the service refuses as such. */
    private static LocalDate date(String typed) {
        return Forms.read(typed, LocalDate::parse);
    }

    private static Integer whole(String typed) {
        return Forms.read(typed, Integer::valueOf);
    }

    private static BigDecimal decimal(String typed) {
        return Forms.read(typed, text -> new BigDecimal(text.replace(',', '.')));
    }

    private static Enrolment.Outcome outcome(String typed) {
        return Forms.read(typed, text -> Enrolment.Outcome.valueOf(text.toUpperCase(Locale.ROOT)));
    }
}
