package org.stockpile.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stockpile.loss.LossReportViews.Approval.AWAITING_SECOND_PERSON;
import static org.stockpile.loss.LossReportViews.Approval.CARRIED_OUT;
import static org.stockpile.loss.LossReportViews.Approval.REJECTED;
import static org.stockpile.loss.LossReportViews.Approval.WITHDRAWN;

import org.junit.jupiter.api.Test;
import org.stockpile.loss.LossReportViews.Approval;

/** Where a report stands that takes weapons and ammunition off the book by two operations, as a plain rule. */
class ApprovalTest {

    @Test
    void aReportIsCarriedOutOnceEveryOperationIsAndRefusedOrWithdrawnIfEitherWas() {
        assertEquals(CARRIED_OUT, Approval.together(CARRIED_OUT, CARRIED_OUT));
        assertEquals(AWAITING_SECOND_PERSON, Approval.together(CARRIED_OUT, AWAITING_SECOND_PERSON));
        assertEquals(AWAITING_SECOND_PERSON, Approval.together(AWAITING_SECOND_PERSON, CARRIED_OUT));
        assertEquals(REJECTED, Approval.together(AWAITING_SECOND_PERSON, REJECTED));
        assertEquals(REJECTED, Approval.together(REJECTED, WITHDRAWN));
        assertEquals(WITHDRAWN, Approval.together(CARRIED_OUT, WITHDRAWN));
        for (Approval one : Approval.values()) {
            assertEquals(one, Approval.together(one, null), "a report of weapons alone stands where they do");
            assertEquals(one, Approval.together(null, one), "a report of ammunition alone stands where it does");
            assertEquals(one, Approval.together(one, one));
        }
    }
}
