package org.stockpile.system;

import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/** A scanned code that is not a tag: refused before any lookup, with what the clerk should do. */
public class InvalidTagException extends ProblemException {

    public enum Reason {
        SHAPE("problem.invalid-tag.shape"), CHECK_CHARACTER("problem.invalid-tag.check-character");

        private final String detailKey;

        Reason(String detailKey) {
            this.detailKey = detailKey;
        }
    }

    private final Reason reason;
    private final String scanned;

    public InvalidTagException(Reason reason, String scanned) {
        super(ProblemType.INVALID_TAG, null, reason.detailKey, String.valueOf(scanned));
        this.reason = reason;
        this.scanned = String.valueOf(scanned);
    }

    /** This refusal as one item of a batch refusal, naming the code as it was scanned. */
    public ProblemException.Item asItem() {
        return new ProblemException.Item(scanned, null, null, detailKey(), scanned);
    }

    public Reason reason() {
        return reason;
    }
}
