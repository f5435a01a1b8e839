package org.stockpile.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stockpile.site.Site;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/** What an inspection records, who closes it, and how a failure's corrective action is followed to its close. */
class InspectionRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-25T09:00:00Z");
    private static final InspectionItem.CorrectiveAction ACTION = new InspectionItem.CorrectiveAction(
            "Remplacer le cadenas", "Chef de poste", TODAY.plusDays(30));

    private static ChecklistItem template(String code, int position) {
        ChecklistItem item = new ChecklistItem();
        item.code = code;
        item.position = position;
        item.titleFr = code + " (fr)";
        item.titleEn = code + " (en)";
        return item;
    }

    private static Inspection inspection() {
        Inspection inspection = Inspection.open(new Site(), List.of(template("LOCKS", 1), template("FIRE", 2)),
                "inspector-mopti", NOW);
        inspection.id = 7L;
        return inspection;
    }

    private static ProblemType refusal(Runnable action) {
        return assertThrows(ProblemException.class, action::run).type();
    }

    @Test
    void anInspectionCopiesTheChecklistAndOnlyItsInspectorClosesItOnceEveryItemIsAssessed() {
        Inspection inspection = inspection();
        assertEquals(List.of("LOCKS", "FIRE"), inspection.items.stream().map(item -> item.code).toList());
        assertEquals("FIRE (en)", inspection.item("FIRE").titleEn);
        assertEquals(ProblemType.NOT_FOUND, refusal(() -> inspection.item("ROOF")));

        inspection.item("LOCKS").assess(InspectionItem.Result.PASS, null, null, null, TODAY, NOW);
        ProblemException unassessed = assertThrows(ProblemException.class,
                () -> inspection.close("inspector-mopti", null, NOW));
        assertEquals(List.of("FIRE"), unassessed.items().stream().map(ProblemException.Item::tag).toList());
        inspection.item("FIRE").assess(InspectionItem.Result.NOT_APPLICABLE, null, "Pas de stock", null, TODAY, NOW);
        assertEquals(ProblemType.FORBIDDEN, refusal(() -> inspection.close("inspector-national", null, NOW)));

        inspection.close("inspector-mopti", "RAS", NOW);
        assertEquals(Inspection.Status.CLOSED, inspection.status);
        assertEquals(ProblemType.STATE_CONFLICT, refusal(() -> inspection.requireRecordableBy("inspector-mopti")));
    }

    @Test
    void aFailureNeedsItsSeverityAndCorrectiveActionAndNothingElseHasThem() {
        InspectionItem item = inspection().item("LOCKS");
        assertEquals(ProblemType.RULE_VIOLATION, refusal(() -> item.assess(InspectionItem.Result.FAIL, null, null,
                ACTION, TODAY, NOW)));
        assertEquals(ProblemType.RULE_VIOLATION, refusal(() -> item.assess(InspectionItem.Result.FAIL,
                InspectionItem.Severity.HIGH, null, null, TODAY, NOW)));
        assertEquals(ProblemType.RULE_VIOLATION, refusal(() -> item.assess(InspectionItem.Result.FAIL,
                InspectionItem.Severity.HIGH, null, new InspectionItem.CorrectiveAction("x", "y",
                        TODAY.minusDays(1)), TODAY, NOW)));
        assertEquals(ProblemType.RULE_VIOLATION, refusal(() -> item.assess(InspectionItem.Result.PASS,
                InspectionItem.Severity.LOW, null, null, TODAY, NOW)));
        assertEquals(ProblemType.RULE_VIOLATION, refusal(() -> item.assess(InspectionItem.Result.NOT_APPLICABLE,
                null, null, ACTION, TODAY, NOW)));
        assertNull(item.result, "a refused assessment records nothing");

        item.assess(InspectionItem.Result.FAIL, InspectionItem.Severity.HIGH, "Cadenas rouillé", ACTION, TODAY, NOW);
        assertEquals(InspectionItem.ActionStatus.OPEN, item.actionStatus(TODAY));
        item.assess(InspectionItem.Result.PASS, null, "Remplacé pendant la visite", null, TODAY, NOW);
        assertEquals(InspectionItem.ActionStatus.NONE, item.actionStatus(TODAY), "a pass leaves nothing to follow");
    }

    @Test
    void aCorrectiveActionFallsDueOnceTheInspectionClosesAndClosesOnlyWithEvidence() {
        Inspection inspection = inspection();
        InspectionItem locks = inspection.item("LOCKS");
        locks.assess(InspectionItem.Result.FAIL, InspectionItem.Severity.CRITICAL, null, ACTION, TODAY, NOW);
        inspection.item("FIRE").assess(InspectionItem.Result.PASS, null, null, null, TODAY, NOW);
        assertEquals(ProblemType.STATE_CONFLICT, refusal(() -> locks.closeAction("Fait", 1, "commander", NOW)));
        inspection.close("inspector-mopti", null, NOW);

        assertEquals(InspectionItem.ActionStatus.OPEN, locks.actionStatus(ACTION.dueOn()));
        assertEquals(InspectionItem.ActionStatus.OVERDUE, locks.actionStatus(ACTION.dueOn().plusDays(1)));
        assertEquals(ProblemType.STATE_CONFLICT, refusal(() -> inspection.item("FIRE").closeAction("Fait", 1,
                "commander", NOW)));
        assertEquals(ProblemType.RULE_VIOLATION, refusal(() -> locks.closeAction("Fait", 0, "commander", NOW)));

        locks.closeAction("Cadenas remplacé", 1, "commander", NOW.plusDays(40));
        assertEquals(InspectionItem.ActionStatus.CLOSED, locks.actionStatus(ACTION.dueOn().plusDays(10)),
                "closed, even after its due date");
        assertEquals("commander", locks.actionClosedBy);
        assertEquals(ProblemType.STATE_CONFLICT, refusal(() -> locks.closeAction("Encore", 1, "commander", NOW)));
    }
}
