package org.stockpile.loss;

import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/**
 * Where the investigation of a loss or theft stands. It opens with the report, may go under investigation, and
 * closes once, with its outcome: a closed investigation is final, and nothing returns to OPEN once looked into.
 */
public enum Investigation {
    OPEN, UNDER_INVESTIGATION, CLOSED;

    /**
     * Checks an entry that would take the investigation from this status to {@code next}: 409 from a closed one or
     * back to OPEN, 422 closing without saying how it ended.
     */
    public void requireEntry(Investigation next, String note) {
        if (this == CLOSED) {
            throw new ProblemException(ProblemType.STATE_CONFLICT, "status", "problem.loss.investigation-closed");
        }
        if (next == OPEN && this != OPEN) {
            throw new ProblemException(ProblemType.STATE_CONFLICT, "status", "problem.loss.investigation-reopened");
        }
        if (next == CLOSED && (note == null || note.isBlank())) {
            throw ProblemException.rule("note", "problem.loss.outcome-required");
        }
    }
}
