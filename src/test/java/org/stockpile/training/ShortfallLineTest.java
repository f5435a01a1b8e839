package org.stockpile.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A shortfall kept in the ledger as one line reads back as the shortfall, to be said in any language. */
class ShortfallLineTest {

    @Test
    void aLineReadsBackAsItsShortfallNamingThePersonByTheirBadge() {
        Certification.Shortfall expired = new Certification.Shortfall(Certification.Party.RECIPIENT, "P00004XC",
                "Fatoumata Dembélé", "MORTAR", Certification.Lack.EXPIRED, "ML-2025-000293",
                LocalDate.of(2026, 11, 25));
        assertEquals("recipient P00004XC MORTAR expired ML-2025-000293 2026-11-25", expired.asLine());
        assertEquals(Optional.of(new Certification.Shortfall(Certification.Party.RECIPIENT, "P00004XC", "P00004XC",
                "MORTAR", Certification.Lack.EXPIRED, "ML-2025-000293", LocalDate.of(2026, 11, 25))),
                Certification.Shortfall.fromLine(expired.asLine()));
        Certification.Shortfall none = new Certification.Shortfall(Certification.Party.CLERK, "clerk-lapsed",
                "clerk-lapsed", "CLERK", Certification.Lack.NO_PERSON, null, null);
        assertEquals(Optional.of(none), Certification.Shortfall.fromLine(none.asLine()));
    }

    @Test
    void anythingElseIsNotAShortfall() {
        for (String line : new String[] { "", "recipient P1 MORTAR", "visitor P1 MORTAR expired",
                "recipient P1 MORTAR expired ML-1 yesterday", "recipient P1 MORTAR lost ML-1 2026-11-25" }) {
            assertEquals(Optional.empty(), Certification.Shortfall.fromLine(line), line);
        }
    }
}
