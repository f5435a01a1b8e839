package org.stockpile.ammo;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.stockpile.security.CurrentUser;
import org.stockpile.site.HazardDivision;
import org.stockpile.system.Messages;
import org.stockpile.system.RecordValidator;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.paging.Filter;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.ProblemException;

/** The national ammunition catalogue: one item per item code, with its hazard classification. */
@ApplicationScoped
public class AmmunitionItemService {

    private static final Messages.Key ITEM = new Messages.Key("record.ammunition-item");
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "itemCode", "itemCode", "nomenclature",
            "nomenclature", "calibre", "calibre", "hazardDivision", "hazardDivision", "status", "status");

    private final AmmunitionItemRepository items;
    private final RecordValidator validator;
    private final CurrentUser user;

    AmmunitionItemService(AmmunitionItemRepository items, RecordValidator validator, CurrentUser user) {
        this.items = items;
        this.validator = validator;
        this.user = user;
    }

    public record Criteria(String query, String calibre, HazardDivision hazardDivision,
            CompatibilityGroup compatibilityGroup, RegistryRecord.Status status) {
    }

    public Page<AmmunitionItemView> list(Criteria criteria, PageRequest page) {
        Filter filter = new Filter().contains(criteria.query(), "itemCode", "nomenclature")
                .equal("calibre", criteria.calibre())
                .equal("hazardDivision", criteria.hazardDivision())
                .equal("compatibilityGroup", criteria.compatibilityGroup())
                .equal("status", criteria.status());
        return Page.of(items.find(filter.query(), page.toSort(SORTABLE, "itemCode"), filter.parameters()), page,
                AmmunitionItemView::of);
    }

    public AmmunitionItemView get(long id) {
        return AmmunitionItemView.of(find(id));
    }

    /** The active item with this code, referenced from another record; 422 otherwise. */
    public AmmunitionItem requireActiveByCode(String field, String itemCode) {
        AmmunitionItem item = itemCode == null ? null : items.find("itemCode", itemCode).firstResult();
        if (item == null || !item.isActive()) {
            throw ProblemException.unknownReference(field, itemCode);
        }
        return item;
    }

    @Transactional
    public AmmunitionItemView create(AmmunitionItemRequest request) {
        AmmunitionItem item = new AmmunitionItem();
        item.itemCode = request.itemCode();
        apply(item, request);
        if (items.count("itemCode", item.itemCode) > 0) {
            throw ProblemException.duplicate("itemCode", item.itemCode);
        }
        items.persistAndFlush(item);
        return AmmunitionItemView.of(item);
    }

    @Transactional
    public AmmunitionItemView update(long id, AmmunitionItemRequest request) {
        AmmunitionItem item = find(id);
        item.requireEditable(request.version());
        if (request.itemCode() != null && !request.itemCode().equals(item.itemCode)) {
            throw ProblemException.rule("itemCode", "problem.rule-violation.code-immutable");
        }
        apply(item, request);
        items.flush();
        return AmmunitionItemView.of(item);
    }

    @Transactional
    public AmmunitionItemView retire(long id, String reason) {
        AmmunitionItem item = find(id);
        item.retire(reason, user.name());
        items.flush();
        return AmmunitionItemView.of(item);
    }

    private AmmunitionItem find(long id) {
        return items.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(ITEM, id));
    }

    private void apply(AmmunitionItem item, AmmunitionItemRequest request) {
        item.nomenclature = request.nomenclature();
        item.calibre = request.calibre();
        item.unNumber = request.unNumber();
        item.hazardDivision = request.hazardDivision();
        item.compatibilityGroup = request.compatibilityGroup();
        item.neqPerUnitKg = request.neqPerUnitKg();
        validator.requireValid(item);
    }
}
