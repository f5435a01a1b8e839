package org.stockpile.training;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.stockpile.security.CurrentUser;
import org.stockpile.system.Messages;
import org.stockpile.system.RecordValidator;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.paging.Filter;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.ProblemException;

/**
 * The national course catalogue. Codes are unique and never change; a course no longer given is retired, and the
 * certificates it gave keep what they authorised when they were issued.
 */
@ApplicationScoped
public class CourseService {

    private static final Messages.Key COURSE = new Messages.Key("record.course");
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "code", "code", "titleFr", "titleFr",
            "titleEn", "titleEn", "status", "status");

    private final CourseRepository courses;
    private final RecordValidator validator;
    private final CurrentUser user;

    CourseService(CourseRepository courses, RecordValidator validator, CurrentUser user) {
        this.courses = courses;
        this.validator = validator;
        this.user = user;
    }

    public Page<CourseView> list(String query, RegistryRecord.Status status, PageRequest page) {
        Filter filter = new Filter().contains(query, "code", "titleFr", "titleEn").equal("status", status);
        return Page.of(courses.find(filter.query(), page.toSort(SORTABLE, "code"), filter.parameters()), page,
                CourseView::of);
    }

    public CourseView get(long id) {
        return CourseView.of(find(id));
    }

    /** The active course with this code, for a new session; 422 when there is none. */
    Course requireActiveByCode(String field, String code) {
        Course course = code == null ? null : courses.find("code", code).firstResult();
        if (course == null || !course.isActive()) {
            throw ProblemException.unknownReference(field, code);
        }
        return course;
    }

    @Transactional
    public CourseView create(CourseRequest request) {
        Course course = new Course();
        course.code = request.code();
        apply(course, request);
        if (courses.count("code", course.code) > 0) {
            throw ProblemException.duplicate("code", course.code);
        }
        courses.persistAndFlush(course);
        return CourseView.of(course);
    }

    @Transactional
    public CourseView update(long id, CourseRequest request) {
        Course course = find(id);
        course.requireEditable(request.version());
        if (request.code() != null && !request.code().equals(course.code)) {
            throw ProblemException.rule("code", "problem.rule-violation.code-immutable");
        }
        apply(course, request);
        courses.flush();
        return CourseView.of(course);
    }

    @Transactional
    public CourseView retire(long id, String reason) {
        Course course = find(id);
        course.retire(reason, user.name());
        courses.flush();
        return CourseView.of(course);
    }

    private void apply(Course course, CourseRequest request) {
        course.titleFr = request.titleFr();
        course.titleEn = request.titleEn();
        course.lengthDays = request.lengthDays();
        course.validityMonths = request.validityMonths();
        replace(course.authorisedRoles, request.authorisedRoles());
        replace(course.weaponTypes, request.weaponTypes());
        validator.requireValid(course);
    }

    private static <T> void replace(Set<T> current, Set<T> wanted) {
        current.clear();
        if (wanted != null) {
            current.addAll(wanted);
        }
    }

    private Course find(long id) {
        return courses.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(COURSE, id));
    }
}
