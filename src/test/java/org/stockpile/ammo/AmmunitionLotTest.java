package org.stockpile.ammo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.stockpile.ammo.AmmunitionLot.Condition;
import org.stockpile.ammo.AmmunitionLot.Unserviceability;

/** Whether a lot may be issued on a day: a rule of the lot itself, checked without the service. */
class AmmunitionLotTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void aServiceableLotWithinItsDatesMayBeIssuedThroughTheLastDayItsDatesName() {
        assertEquals(Optional.empty(), lot(Condition.SERVICEABLE, TODAY, TODAY).unserviceabilityOn(TODAY));
        assertEquals(Optional.empty(), lot(Condition.SERVICEABLE, null, null).unserviceabilityOn(TODAY));
    }

    @Test
    void itsRecordedConditionComesFirst() {
        LocalDate past = TODAY.minusDays(1);
        assertEquals(Optional.of(Unserviceability.UNSERVICEABLE),
                lot(Condition.UNSERVICEABLE, past, past).unserviceabilityOn(TODAY));
        assertEquals(Optional.of(Unserviceability.RESTRICTED),
                lot(Condition.RESTRICTED, null, null).unserviceabilityOn(TODAY));
    }

    @Test
    void aLotPastItsExpiryOrItsSurveillanceDateMayNotBeIssued() {
        LocalDate yesterday = TODAY.minusDays(1);
        assertEquals(Optional.of(Unserviceability.EXPIRED),
                lot(Condition.SERVICEABLE, yesterday, yesterday).unserviceabilityOn(TODAY));
        assertEquals(Optional.of(Unserviceability.SURVEILLANCE_OVERDUE),
                lot(Condition.SERVICEABLE, TODAY.plusYears(5), yesterday).unserviceabilityOn(TODAY));
        assertEquals(Optional.empty(), lot(Condition.SERVICEABLE, TODAY.plusYears(5), yesterday)
                .unserviceabilityOn(yesterday), "on the day itself the lot is still good");
    }

    private static AmmunitionLot lot(Condition condition, LocalDate expiry, LocalDate surveillance) {
        AmmunitionLot lot = new AmmunitionLot();
        lot.condition = condition;
        lot.expiryDate = expiry;
        lot.nextSurveillanceDate = surveillance;
        return lot;
    }
}
