package org.stockpile.person;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.stockpile.security.CurrentUser;
import org.stockpile.security.Roles;
import org.stockpile.site.ForceService;
import org.stockpile.site.SiteService;
import org.stockpile.system.Messages;
import org.stockpile.system.RecordValidator;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.TagCode;
import org.stockpile.system.paging.Filter;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/** People, seen and changed through the site they are posted at. Service numbers and badges are unique. */
@ApplicationScoped
public class PersonService {

    private static final Messages.Key PERSON = new Messages.Key("record.person");
    private static final Map<String, String> SORTABLE = Map.of("id", "p.id", "serviceNumber", "p.serviceNumber",
            "familyName",
            "p.familyName", "givenNames", "p.givenNames", "rank", "p.rank", "siteCode", "p.site.code", "status",
            "p.status");

    private final PersonRepository persons;
    private final SiteService sites;
    private final ForceService forces;
    private final RecordValidator validator;
    private final CurrentUser user;
    private final Holdings holdings;

    PersonService(PersonRepository persons, SiteService sites, ForceService forces, RecordValidator validator,
            CurrentUser user, Holdings holdings) {
        this.persons = persons;
        this.sites = sites;
        this.forces = forces;
        this.validator = validator;
        this.user = user;
        this.holdings = holdings;
    }

    public record Criteria(String query, String siteCode, String forceCode, String unit,
            RegistryRecord.Status status) {
    }

    public Page<PersonView> list(Criteria criteria, PageRequest page) {
        Filter filter = new Filter().within(user.scope(), "p.site")
                .contains(criteria.query(), "p.serviceNumber", "p.familyName", "p.givenNames", "p.badgeCode")
                .equal("p.site.code", criteria.siteCode())
                .equal("p.force.code", criteria.forceCode())
                .equal("p.unit", criteria.unit())
                .equal("p.status", criteria.status());
        return Page.of(persons.find("from Person p join fetch p.site join fetch p.force where " + filter.query(),
                page.toSort(SORTABLE, "familyName"), filter.parameters()), page, PersonView::of);
    }

    public PersonView get(long id) {
        return PersonView.of(requireVisible(id));
    }

    @Transactional
    public PersonView create(PersonRequest request) {
        Person person = new Person();
        apply(person, request);
        persons.persistAndFlush(person);
        return PersonView.of(person);
    }

    /**
     * Changes a person's record. A person holding weapons or ammunition stays posted where they are until it is
     * returned: what they hold belongs to their site's books, and the site must keep sight of who holds it.
     */
    @Transactional
    public PersonView update(long id, PersonRequest request) {
        Person person = lockVisible(id);
        person.requireEditable(request.version());
        long postedAt = person.site.id;
        apply(person, request);
        if (person.site != null && person.site.id != postedAt) {
            requireHoldingNothing(person);
        }
        persons.flush();
        return PersonView.of(person);
    }

    @Transactional
    public PersonView retire(long id, String reason) {
        Person person = lockVisible(id);
        requireHoldingNothing(person);
        person.retire(reason, user.name());
        persons.flush();
        return PersonView.of(person);
    }

    /**
     * The person, locked against custody operations for the rest of the transaction: an issue to them takes a share
     * lock on the same row, so a move or retirement and an issue never both succeed on stale sight of each other.
     */
    private Person lockVisible(long id) {
        return persons.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(p -> sites.isVisible(p.site))
                .orElseThrow(() -> ProblemException.notFound(PERSON, id));
    }

    private void requireHoldingNothing(Person person) {
        List<String> held = holdings.heldBy(person);
        if (!held.isEmpty()) {
            throw new ProblemException(ProblemType.CUSTODY_CONFLICT, null,
                    held.stream().map(tag -> new ProblemException.Item(tag, null, null, "problem.person.held"))
                            .toList(),
                    "problem.person.holding", held.size());
        }
    }

    /**
     * The active person whose badge was scanned, posted at a site the caller may see, read with {@code lock}; 422
     * naming {@code field} otherwise, alike for a badge of nobody, of a retired person or of one out of scope. A code
     * that is not a tag at all is refused as such (422 invalid-tag).
     */
    public Person requireScanned(String field, String scanned, LockModeType lock) {
        TagCode tag = TagCode.parse(scanned);
        Person person = tag.kind() == TagCode.Kind.PERSON ? persons.findById(tag.number(), lock) : null;
        if (person == null || !person.isActive() || !sites.isVisible(person.site)) {
            throw ProblemException.unknownReference(field, scanned);
        }
        return person;
    }

    /** The person if posted at a site in the caller's scope; 404 otherwise. */
    public Person requireVisible(long id) {
        return persons.findByIdOptional(id).filter(person -> sites.isVisible(person.site))
                .orElseThrow(() -> ProblemException.notFound(PERSON, id));
    }

    private void apply(Person person, PersonRequest request) {
        person.serviceNumber = request.serviceNumber();
        person.givenNames = request.givenNames();
        person.familyName = request.familyName();
        person.rank = request.rank();
        person.unit = request.unit();
        person.badgeCode = request.badgeCode();
        if (!Objects.equals(person.account, request.account())) {
            requireAdministrator();
            person.account = request.account();
        }
        person.force = request.forceCode() == null ? null
                : forces.requireActiveByCode("forceCode", request.forceCode());
        person.site = request.siteCode() == null ? null
                : sites.requireActiveVisibleByCode("siteCode", request.siteCode());
        validator.requireValid(person);
        requireUnique("serviceNumber", person.serviceNumber, person);
        requireUnique("badgeCode", person.badgeCode, person);
        requireUnique("account", person.account, person);
    }

    /**
     * Only an administrator links a person to an account (or changes the link): whoever could, could act at the
     * counter on another person's certificates.
     */
    private void requireAdministrator() {
        if (!user.hasRole(Roles.ADMIN)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "account", "problem.person.account-admin-only");
        }
    }

    private void requireUnique(String field, String value, Person person) {
        if (value == null) {
            return;
        }
        Person other = persons.find(field, value).firstResult();
        if (other != null && !Objects.equals(other.id, person.id)) {
            throw ProblemException.duplicate(field, value);
        }
    }
}
