package org.stockpile.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.stockpile.person.Person;
import org.stockpile.site.Site;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/** A key changing hands: to whom it may pass, and what each handover records. */
class SiteKeyTest {

    private static final OffsetDateTime MORNING = OffsetDateTime.parse("2026-11-25T07:30:00Z");

    private static Site site(long id, String code) {
        Site site = new Site();
        site.id = id;
        site.code = code;
        return site;
    }

    private static Person person(long id, Site site) {
        Person person = new Person();
        person.id = id;
        person.site = site;
        return person;
    }

    private static SiteKey key(Site site) {
        SiteKey key = new SiteKey();
        key.site = site;
        key.opens = "Porte de l’armurerie";
        key.copyNumber = 1;
        return key;
    }

    @Test
    void eachHandoverPassesTheKeyFromItsHolderToTheNextAndSaysWhen() {
        Site gao = site(1, "ARM-GAO-01");
        SiteKey key = key(gao);
        Person first = person(10, gao);
        Person second = person(11, gao);

        KeyHandover handedOut = key.handTo(first, MORNING, "clerk-gao");
        assertNull(handedOut.fromHolder, "a key's first holder takes it from no one");
        assertSame(first, handedOut.toHolder);
        assertSame(first, key.holder);
        assertEquals(MORNING, key.heldSince);

        KeyHandover passedOn = key.handTo(second, MORNING.plusHours(12), "clerk-gao");
        assertSame(first, passedOn.fromHolder);
        assertSame(second, passedOn.toHolder);
        assertEquals("clerk-gao", passedOn.recordedBy);
        assertSame(key, passedOn.key);
        assertSame(second, key.holder);
        assertEquals(MORNING.plusHours(12), key.heldSince);
    }

    @Test
    void aKeyIsNeitherHandedToItsHolderNorOutsideItsSiteNorOnceRetired() {
        Site gao = site(1, "ARM-GAO-01");
        SiteKey key = key(gao);
        Person holder = person(10, gao);
        key.handTo(holder, MORNING, "clerk-gao");

        ProblemException again = assertThrows(ProblemException.class, () -> key.handTo(holder, MORNING, "x"));
        assertEquals(ProblemType.STATE_CONFLICT, again.type());
        ProblemException elsewhere = assertThrows(ProblemException.class,
                () -> key.handTo(person(20, site(2, "ARM-KAY-01")), MORNING, "x"));
        assertEquals(ProblemType.RULE_VIOLATION, elsewhere.type());
        assertSame(holder, key.holder, "a refused handover leaves the key with its holder");

        key.retire("Perdue", "commander");
        ProblemException retired = assertThrows(ProblemException.class,
                () -> key.handTo(person(11, gao), MORNING, "x"));
        assertEquals(ProblemType.RETIRED, retired.type());
    }
}
