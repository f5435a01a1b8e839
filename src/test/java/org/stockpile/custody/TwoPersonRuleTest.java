package org.stockpile.custody;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which operations wait for a second person: national policy, always or above a quantity. */
class TwoPersonRuleTest {

    private final TwoPersonRule rule = new TwoPersonRule(Set.of(OperationType.DISPATCH, OperationType.DESTRUCTION),
            Map.of(OperationType.ISSUE, 500L, OperationType.CONSUMPTION, 500L));

    @Test
    void someOperationsAlwaysWaitForASecondPerson() {
        assertTrue(rule.requiresSecondPerson(OperationType.DISPATCH, 1));
        assertTrue(rule.requiresSecondPerson(OperationType.DESTRUCTION, 0));
    }

    @Test
    void othersWaitOnlyAboveTheirQuantity() {
        assertFalse(rule.requiresSecondPerson(OperationType.ISSUE, 500));
        assertTrue(rule.requiresSecondPerson(OperationType.ISSUE, 501));
        assertFalse(rule.requiresSecondPerson(OperationType.CONSUMPTION, 1));
        assertTrue(rule.requiresSecondPerson(OperationType.CONSUMPTION, 1000));
        assertFalse(rule.requiresSecondPerson(OperationType.RETURN, 1_000_000));
    }
}
