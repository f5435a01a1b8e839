package org.stockpile.training;

import java.sql.Array;
import java.sql.SQLException;
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

import org.stockpile.person.Person;
import org.stockpile.system.Messages;
import org.stockpile.system.PlainSql;
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

    /**
     * A certificate as the check reads it: what it authorises and when it is valid. Custody asks on every scan, so
     * each party's certificates are read as values by one plain statement rather than loaded as entities.
     */
    private record Held(long id, String number, CertificateValidity validity, Set<String> roles,
            Set<String> weaponTypes) {
    }

    /** A person as a shortfall names them: by badge (their tag) and full name. */
    private record Named(long id, String fullName) {
    }

    private static final String HELD = "select c.id, c.number, c.issued_on, c.valid_through, c.revoked_on, "
            + "array(select r.role from certificate_authorised_role r where r.certificate_id = c.id), "
            + "array(select t.weapon_type from certificate_weapon_type t where t.certificate_id = c.id) "
            + "from certificate c ";

    private final PlainSql sql;

    Certification(PlainSql sql) {
        this.sql = sql;
    }

    /** What the person signed in as {@code account} lacks to act as a clerk on {@code day}; empty when nothing. */
    public List<Shortfall> ofClerk(String account, LocalDate day) {
        Optional<Named> person = sql.first("select id, given_names, family_name from person where account = ?",
                row -> new Named(row.getLong(1), Person.fullName(row.getString(2), row.getString(3))), account);
        if (person.isEmpty()) {
            return List.of(new Shortfall(Party.CLERK, account, account, AuthorisedRole.CLERK.name(), Lack.NO_PERSON,
                    null, null));
        }
        return lack(Party.CLERK, person.get(), heldBy(person.get().id()), AuthorisedRole.CLERK.name(),
                c -> c.roles().contains(AuthorisedRole.CLERK.name()), day).stream().toList();
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
        Named named = new Named(recipient.id, recipient.fullName());
        List<Held> held = heldBy(recipient.id);
        List<Shortfall> missing = new ArrayList<>();
        needed.forEach(type -> lack(Party.RECIPIENT, named, held, type.name(),
                c -> c.weaponTypes().contains(type.name()), day).ifPresent(missing::add));
        return missing;
    }

    /** The weapon types some active course authorises: only these need a qualification. */
    Set<Weapon.Type> controlledTypes() {
        Set<Weapon.Type> types = EnumSet.noneOf(Weapon.Type.class);
        types.addAll(sql.list("select distinct t.weapon_type from course c join course_weapon_type t "
                + "on t.course_id = c.id where c.status = ?", row -> Weapon.Type.valueOf(row.getString(1)),
                Course.Status.ACTIVE.name()));
        return types;
    }

    /** Every certificate the person holds or held, with what each authorises. */
    private List<Held> heldBy(long personId) {
        return sql.list(HELD + "where c.person_id = ?", row -> new Held(row.getLong(1), row.getString(2),
                new CertificateValidity(row.getObject(3, LocalDate.class), row.getObject(4, LocalDate.class),
                        row.getObject(5, LocalDate.class)), strings(row.getArray(6)), strings(row.getArray(7))),
                personId);
    }

    private static Set<String> strings(Array array) throws SQLException {
        return Set.of((String[]) array.getArray());
    }

    private static Optional<Shortfall> lack(Party party, Named person, List<Held> held, String authorisation,
            Predicate<Held> authorises, LocalDate day) {
        List<Held> covering = held.stream().filter(authorises).toList();
        if (covering.stream().anyMatch(c -> c.validity().validOn(day))) {
            return Optional.empty();
        }
        String who = TagCode.of(TagCode.Kind.PERSON, person.id()).value();
        return Optional.of(covering.stream().max(Comparator.comparing((Held c) -> c.validity().validThrough())
                .thenComparing(Held::id))
                .map(last -> {
                    CertificateValidity.Status status = last.validity().on(day);
                    return new Shortfall(party, who, person.fullName(), authorisation, lackOf(status), last.number(),
                            status == CertificateValidity.Status.NOT_YET_VALID ? last.validity().issuedOn()
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
