package org.stockpile.training;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.jpa.HibernateHints;

import org.stockpile.person.Person;
import org.stockpile.person.PersonRepository;
import org.stockpile.system.Messages;
import org.stockpile.system.TagCode;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.weapon.Weapon;

/**
 * Whether people hold the certificates an operation needs on a given day: the person acting at the counter, a
 * certificate authorising the clerk's role; the recipient of weapons, one authorising each weapon type that some
 * course of the catalogue authorises (types no course covers need none). Custody decides when to ask.
 */
@ApplicationScoped
public class Certification {

    /** What someone lacks, and since when their last certificate for it no longer covers them. */
    public record Shortfall(Party party, String who, String name, String authorisation, Lack lack,
            String certificateNumber, LocalDate invalidSince) {

        /** One line, the same in every language, as the ledger keeps it. */
        public String asLine() {
            return party.name().toLowerCase(Locale.ROOT) + " " + who + " " + authorisation + " "
                    + lack.name().toLowerCase(Locale.ROOT)
                    + (certificateNumber == null ? "" : " " + certificateNumber + " " + invalidSince);
        }

        /** As it is said: whose certificate, for what, and since when (a message key and its arguments). */
        public ProblemException.Item asItem() {
            return new ProblemException.Item(who, null, null,
                    "problem.certification." + lack.name().toLowerCase(Locale.ROOT).replace('_', '-'), name,
                    new Messages.Key("authorisation." + authorisation), String.valueOf(certificateNumber),
                    String.valueOf(invalidSince), new Messages.Key("certification.party." + party.name()));
        }

        /**
         * The shortfall a ledger's line says, to be told in a reader's language; the line names the person by their
         * badge or account only, which stands for their name. Empty for a line that is not one.
         */
        public static Optional<Shortfall> fromLine(String line) {
            String[] words = line.strip().split(" ");
            if (words.length != 4 && words.length != 6) {
                return Optional.empty();
            }
            try {
                boolean dated = words.length == 6;
                return Optional.of(new Shortfall(Party.valueOf(words[0].toUpperCase(Locale.ROOT)), words[1],
                        words[1], words[2], Lack.valueOf(words[3].toUpperCase(Locale.ROOT)), dated ? words[4] : null,
                        dated ? LocalDate.parse(words[5]) : null));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    public enum Party {
        CLERK, RECIPIENT
    }

    public enum Lack {
        /** The account performing the operation is linked to no person, whose certificates could be checked. */
        NO_PERSON,
        /** No certificate ever authorised it. */
        NONE,
        /** The last certificate authorising it is not valid yet (issued after the day). */
        NOT_YET_VALID,
        EXPIRED,
        REVOKED
    }

    private final PersonRepository persons;
    private final CertificateRepository certificates;
    private final CourseRepository courses;

    Certification(PersonRepository persons, CertificateRepository certificates, CourseRepository courses) {
        this.persons = persons;
        this.certificates = certificates;
        this.courses = courses;
    }

    /** What the person signed in as {@code account} lacks to act as a clerk on {@code day}; empty when nothing. */
    public List<Shortfall> ofClerk(String account, LocalDate day) {
        Optional<Person> person = persons.find("account", account).firstResultOptional();
        if (person.isEmpty()) {
            return List.of(new Shortfall(Party.CLERK, account, account, AuthorisedRole.CLERK.name(), Lack.NO_PERSON,
                    null, null));
        }
        return lack(Party.CLERK, person.get(), heldBy(person.get()), AuthorisedRole.CLERK.name(),
                c -> c.authorisedRoles.contains(AuthorisedRole.CLERK), day).stream().toList();
    }

    /**
     * What {@code recipient} lacks to be issued weapons of {@code types} on {@code day}: a valid certificate for each
     * type that an active course of the catalogue authorises.
     */
    public List<Shortfall> ofRecipient(Person recipient, Collection<Weapon.Type> types, LocalDate day) {
        Set<Weapon.Type> controlled = controlledTypes();
        List<Weapon.Type> needed = types.stream().distinct().sorted().filter(controlled::contains).toList();
        if (needed.isEmpty()) {
            return List.of();
        }
        List<Certificate> held = heldBy(recipient);
        List<Shortfall> missing = new ArrayList<>();
        needed.forEach(type -> lack(Party.RECIPIENT, recipient, held, type.name(), c -> c.weaponTypes.contains(type),
                day).ifPresent(missing::add));
        return missing;
    }

    /** The weapon types some active course authorises: only these need a qualification. */
    Set<Weapon.Type> controlledTypes() {
        Set<Weapon.Type> types = EnumSet.noneOf(Weapon.Type.class);
        // One query on every issue, read as values: no course is loaded, nor checked for changes at commit.
        types.addAll(courses.getEntityManager().createQuery("select distinct t from Course c join c.weaponTypes t "
                + "where c.status = ?1", Weapon.Type.class).setParameter(1, Course.Status.ACTIVE).getResultList());
        return types;
    }

    /**
     * Every certificate {@code person} holds or held, with what each authorises; read only, since a custody operation
     * asks on every scan and changes none of them.
     */
    private List<Certificate> heldBy(Person person) {
        return certificates.find("select distinct c from Certificate c left join fetch c.authorisedRoles "
                + "left join fetch c.weaponTypes where c.person = ?1", person)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    private static Optional<Shortfall> lack(Party party, Person person, List<Certificate> held, String authorisation,
            Predicate<Certificate> authorises, LocalDate day) {
        List<Certificate> covering = held.stream().filter(authorises).toList();
        if (covering.stream().anyMatch(c -> c.validity().validOn(day))) {
            return Optional.empty();
        }
        String who = TagCode.of(TagCode.Kind.PERSON, person.id).value();
        return Optional.of(covering.stream().max(Comparator.comparing((Certificate c) -> c.validThrough)
                .thenComparing(c -> c.id))
                .map(last -> {
                    CertificateValidity.Status status = last.validity().on(day);
                    return new Shortfall(party, who, person.fullName(), authorisation, lackOf(status), last.number,
                            status == CertificateValidity.Status.NOT_YET_VALID ? last.issuedOn
                                    : last.validity().invalidSince());
                })
                .orElse(new Shortfall(party, who, person.fullName(), authorisation, Lack.NONE, null, null)));
    }

    private static Lack lackOf(CertificateValidity.Status status) {
        return switch (status) {
            case NOT_YET_VALID -> Lack.NOT_YET_VALID;
            case REVOKED -> Lack.REVOKED;
            default -> Lack.EXPIRED;
        };
    }
}
