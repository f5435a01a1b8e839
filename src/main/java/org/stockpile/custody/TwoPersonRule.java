package org.stockpile.custody;

import java.util.Map;
import java.util.Set;

/**
 * National policy on which operations wait for a second, different person before anything changes: some always
 * (a dispatch, a loss, a destruction…), others once they move more than a set quantity (a large issue of ammunition,
 * or its consumption, which writes it off the books).
 */
public record TwoPersonRule(Set<OperationType> always, Map<OperationType, Long> above) {

    public TwoPersonRule {
        always = Set.copyOf(always);
        above = Map.copyOf(above);
    }

    /** Whether an operation of {@code type} moving {@code quantity} (weapons or rounds) needs a second person. */
    public boolean requiresSecondPerson(OperationType type, long quantity) {
        Long limit = above.get(type);
        return always.contains(type) || limit != null && quantity > limit;
    }
}
