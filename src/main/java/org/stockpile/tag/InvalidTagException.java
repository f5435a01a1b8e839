package org.stockpile.tag;

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

    public InvalidTagException(Reason reason, String scanned) {
        super(ProblemType.INVALID_TAG, null, reason.detailKey, String.valueOf(scanned));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
