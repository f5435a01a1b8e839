package org.stockpile.ammo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.stockpile.security.CurrentUser;
import org.stockpile.system.Messages;
import org.stockpile.system.RecordValidator;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.paging.Filter;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/** Ammunition lots: unique lot number per item, consistent dates, a condition set by inspection. */
@ApplicationScoped
public class AmmunitionLotService {

    private static final Messages.Key LOT = new Messages.Key("record.ammunition-lot");
    private static final Map<String, String> SORTABLE = Map.of("id", "l.id", "itemCode", "l.item.itemCode", "lotNumber",
            "l.lotNumber", "expiryDate", "l.expiryDate", "nextSurveillanceDate", "l.nextSurveillanceDate",
            "manufactureDate", "l.manufactureDate", "condition", "l.condition", "status", "l.status");

    private final AmmunitionLotRepository lots;
    private final AmmunitionItemService items;
    private final RecordValidator validator;
    private final CurrentUser user;
    private final Clock clock;

    AmmunitionLotService(AmmunitionLotRepository lots, AmmunitionItemService items, RecordValidator validator,
            CurrentUser user, Clock clock) {
        this.lots = lots;
        this.items = items;
        this.validator = validator;
        this.user = user;
        this.clock = clock;
    }

    public record Criteria(String query, String itemCode, AmmunitionLot.Condition condition, LocalDate expiresBefore,
            RegistryRecord.Status status) {
    }

    public Page<AmmunitionLotView> list(Criteria criteria, PageRequest page) {
        Filter filter = new Filter().contains(criteria.query(), "l.lotNumber", "l.item.itemCode")
                .equal("l.item.itemCode", criteria.itemCode())
                .equal("l.condition", criteria.condition())
                .before("l.expiryDate", criteria.expiresBefore())
                .equal("l.status", criteria.status());
        return Page.of(lots.find("from AmmunitionLot l join fetch l.item where " + filter.query(),
                page.toSort(SORTABLE, "lotNumber"), filter.parameters()), page, AmmunitionLotView::of);
    }

    public AmmunitionLotView get(long id) {
        return AmmunitionLotView.of(find(id));
    }

    @Transactional
    public AmmunitionLotView create(AmmunitionLotRequest request) {
        AmmunitionLot lot = new AmmunitionLot();
        lot.item = request.itemCode() == null ? null : items.requireActiveByCode("itemCode", request.itemCode());
        lot.lotNumber = request.lotNumber();
        apply(lot, request);
        if (lot.item != null && lots.count("item = ?1 and lotNumber = ?2", lot.item, lot.lotNumber) > 0) {
            throw ProblemException.duplicate("lotNumber", lot.lotNumber);
        }
        lots.persistAndFlush(lot);
        return AmmunitionLotView.of(lot);
    }

    @Transactional
    public AmmunitionLotView update(long id, AmmunitionLotRequest request) {
        AmmunitionLot lot = find(id);
        lot.requireEditable(request.version());
        if (request.itemCode() != null && !request.itemCode().equals(lot.item.itemCode)) {
            throw ProblemException.rule("itemCode", "problem.rule-violation.code-immutable");
        }
        if (request.lotNumber() != null && !request.lotNumber().equals(lot.lotNumber)) {
            throw ProblemException.rule("lotNumber", "problem.rule-violation.code-immutable");
        }
        apply(lot, request);
        lots.flush();
        return AmmunitionLotView.of(lot);
    }

    @Transactional
    public AmmunitionLotView retire(long id, String reason) {
        AmmunitionLot lot = find(id);
        lot.retire(reason, user.name());
        lots.flush();
        return AmmunitionLotView.of(lot);
    }

    private AmmunitionLot find(long id) {
        return lots.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(LOT, id));
    }

    /**
     * Restricts a lot nationally: from now on it cannot be issued at any site. Or lifts the restriction. Either
     * way the decision is kept with its reason.
     */
    @Transactional
    public AmmunitionLotView restrict(long id, LotRestriction.Action action, String reason) {
        AmmunitionLot lot = find(id);
        lot.requireActive();
        boolean restricted = lot.condition == AmmunitionLot.Condition.RESTRICTED;
        if (restricted == (action == LotRestriction.Action.RESTRICT)) {
            throw new ProblemException(ProblemType.CUSTODY_CONFLICT, null, restricted
                    ? "problem.lot.already-restricted" : "problem.lot.not-restricted");
        }
        LotRestriction decision = new LotRestriction();
        decision.lot = lot;
        decision.action = action;
        decision.reason = reason;
        decision.decidedBy = user.name();
        decision.decidedAt = OffsetDateTime.now(clock);
        lots.getEntityManager().persist(decision);
        lot.condition = action == LotRestriction.Action.RESTRICT ? AmmunitionLot.Condition.RESTRICTED
                : AmmunitionLot.Condition.SERVICEABLE;
        lots.flush();
        return AmmunitionLotView.of(lot);
    }

    private void apply(AmmunitionLot lot, AmmunitionLotRequest request) {
        lot.manufactureDate = request.manufactureDate();
        lot.expiryDate = request.expiryDate();
        lot.nextSurveillanceDate = request.nextSurveillanceDate();
        AmmunitionLot.Condition condition = request.condition() == null
                ? (lot.condition == null ? AmmunitionLot.Condition.SERVICEABLE : lot.condition)
                : request.condition();
        // A national restriction is put and lifted only with a reason on record (restrict, lift).
        boolean restricting = condition == AmmunitionLot.Condition.RESTRICTED;
        if (restricting != (lot.condition == AmmunitionLot.Condition.RESTRICTED)) {
            throw ProblemException.rule("condition", "problem.lot.restrict-with-reason");
        }
        lot.condition = condition;
        validator.requireValid(lot);
        if (lot.manufactureDate != null && lot.expiryDate != null && !lot.expiryDate.isAfter(lot.manufactureDate)) {
            throw ProblemException.rule("expiryDate", "problem.rule-violation.expiry-before-manufacture");
        }
    }
}
