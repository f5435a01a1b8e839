package org.stockpile.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.stockpile.system.Messages;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/**
 * One item of an inspection's checklist as the inspector found it: pass, fail or not applicable, with a comment; a
 * failure has a severity and a corrective action (what, who, by when), followed up after the inspection closes until
 * it is closed with evidence.
 */
@Entity
@Table(name = "inspection_item")
public class InspectionItem {

    public enum Result {
        PASS, FAIL, NOT_APPLICABLE
    }

    public enum Severity {
        LOW, MEDIUM, HIGH, CRITICAL
    }

    /** Where a corrective action stands: none (the item did not fail), open, overdue, or closed. */
    public enum ActionStatus {
        NONE, OPEN, OVERDUE, CLOSED
    }

    /** What must be done about a failure, by whom, by when. */
    public record CorrectiveAction(String description, String owner, LocalDate dueOn) {
    }

    static final Messages.Key RECORD = new Messages.Key("record.inspection-item");
    public static final int MAX_COMMENT = 1000;
    public static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Inspection inspection;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String titleFr;

    @Column(nullable = false)
    public String titleEn;

    @Enumerated(EnumType.STRING)
    public Result result;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    public String comment;

    public OffsetDateTime assessedAt;

    public String actionDescription;

    public String actionOwner;

    public LocalDate actionDueOn;

    public OffsetDateTime actionClosedAt;

    public String actionClosedBy;

    public String actionClosureNote;

    @Version
    public long version;

    /**
     * Records what the item was found to be. A failure needs its severity and corrective action, due today or later
     * (422); a pass or an item that does not apply has neither (422), so that nothing is followed up that did not fail.
     */
    void assess(Result found, Severity foundSeverity, String foundComment, CorrectiveAction action, LocalDate today,
            OffsetDateTime at) {
        if (found == Result.FAIL) {
            if (foundSeverity == null) {
                throw ProblemException.rule("severity", "problem.inspection.severity-required");
            }
            if (action == null) {
                throw ProblemException.rule("action", "problem.inspection.action-required");
            }
            if (action.dueOn().isBefore(today)) {
                throw ProblemException.rule("action.dueOn", "problem.inspection.due-in-past");
            }
        } else if (foundSeverity != null || action != null) {
            throw ProblemException.rule(foundSeverity != null ? "severity" : "action",
                    "problem.inspection.only-failures");
        }
        result = found;
        severity = foundSeverity;
        comment = foundComment;
        actionDescription = action == null ? null : action.description();
        actionOwner = action == null ? null : action.owner();
        actionDueOn = action == null ? null : action.dueOn();
        assessedAt = at;
    }

    public ActionStatus actionStatus(LocalDate today) {
        if (actionDescription == null) {
            return ActionStatus.NONE;
        }
        if (actionClosedAt != null) {
            return ActionStatus.CLOSED;
        }
        return actionDueOn.isBefore(today) ? ActionStatus.OVERDUE : ActionStatus.OPEN;
    }

    /**
     * Closes the corrective action with what was done and at least one photo in evidence (422 without): only once the
     * inspection is closed, and only an action still open (409).
     */
    void closeAction(String note, long evidencePhotos, String user, OffsetDateTime at) {
        requireOpenAction();
        if (evidencePhotos == 0) {
            throw ProblemException.rule("evidence", "problem.inspection.evidence-required");
        }
        actionClosureNote = note;
        actionClosedBy = user;
        actionClosedAt = at;
    }

    /** Evidence and closing concern an action the closed inspection left open (409 otherwise). */
    void requireOpenAction() {
        if (inspection.status != Inspection.Status.CLOSED) {
            throw new ProblemException(ProblemType.STATE_CONFLICT, null, "problem.inspection.action-not-due");
        }
        if (actionDescription == null) {
            throw new ProblemException(ProblemType.STATE_CONFLICT, null, "problem.inspection.no-action", code);
        }
        if (actionClosedAt != null) {
            throw new ProblemException(ProblemType.STATE_CONFLICT, null, "problem.inspection.action-closed", code);
        }
    }
}
