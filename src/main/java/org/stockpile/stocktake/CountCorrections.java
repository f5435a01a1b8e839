package org.stockpile.stocktake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.stockpile.ammo.AmmunitionCustodyRequest;
import org.stockpile.custody.AmmunitionCustodyService;
import org.stockpile.custody.CustodyRequest;
import org.stockpile.custody.CustodyService;
import org.stockpile.custody.OperationType;
import org.stockpile.custody.Views;
import org.stockpile.security.CurrentUser;
import org.stockpile.stocktake.Reconciliation.Category;
import org.stockpile.system.Idempotency;
import org.stockpile.system.StoredText;
import org.stockpile.system.TagCode;
import org.stockpile.system.problem.ProblemException;

/**
 * Puts the book right where a count found it wrong, in one step: each weapon found at another storage location of
 * the site is moved there, each lot counted in another quantity is adjusted by the difference. The operations are
 * held for a second person at the site (who approves them as any other, once movements are allowed there), carry the
 * count's number as their reference and the explanation as their reason, and the explanation settles the findings.
 */
@ApplicationScoped
public class CountCorrections {

    private final Stocktakes stocktakes;
    private final StocktakeRecords records;
    private final CustodyService weapons;
    private final AmmunitionCustodyService ammunition;
    private final Idempotency idempotency;
    private final CurrentUser user;
    private final Clock clock;

    CountCorrections(Stocktakes stocktakes, StocktakeRecords records, CustodyService weapons,
            AmmunitionCustodyService ammunition, Idempotency idempotency, CurrentUser user, Clock clock) {
        this.stocktakes = stocktakes;
        this.records = records;
        this.weapons = weapons;
        this.ammunition = ammunition;
        this.idempotency = idempotency;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Asks for the moves and adjustments that put the items named right; each must be a weapon found at another
     * location or a lot whose quantity differs (422 naming the others). 201 with the operations held; a retry with
     * the same key gets the first answer.
     */
    @Transactional
    public Idempotency.Answer correct(long id, StocktakeRequests.Correction request, String key) {
        var first = idempotency.claim(user.name(), key, List.of("stocktake-correction", id, request));
        if (first.isPresent()) {
            return first.get();
        }
        if (!StoredText.isStorable(request.explanation())) {
            throw ProblemException.rule("explanation", "problem.stocktake.unstorable-text");
        }
        Reconciliation reconciliation = stocktakes.reconcileOpen(id);
        String siteCode = stocktakes.get(id).siteCode();
        Map<String, Reconciliation.WeaponLine> moved = new HashMap<>();
        reconciliation.weapons().stream().filter(line -> line.category() == Category.MOVED)
                .forEach(line -> moved.put(line.tag(), line));
        Map<String, Reconciliation.LotLine> differing = new HashMap<>();
        reconciliation.lots().stream().filter(line -> line.category() == Category.QUANTITY_DIFFERS)
                .forEach(line -> differing.put(TagCode.of(TagCode.Kind.AMMUNITION_LOT, line.lotId()).value(), line));
        Set<String> correctable = new HashSet<>(moved.keySet());
        correctable.addAll(differing.keySet());
        Set<TagCode> items = Stocktakes.named(request.tags(), correctable, "problem.stocktake.not-correctable");

        String reason = request.explanation().strip();
        String reference = "STOCKTAKE-" + id;
        Map<Long, List<String>> movesByLocation = new TreeMap<>();
        List<AmmunitionCustodyRequest.Line> adjustments = new ArrayList<>();
        for (TagCode item : items) {
            Reconciliation.WeaponLine weapon = moved.get(item.value());
            if (weapon != null) {
                movesByLocation.computeIfAbsent(weapon.foundLocationId(), location -> new ArrayList<>())
                        .add(item.value());
            } else {
                adjustments.add(new AmmunitionCustodyRequest.Line(item.value(), differing.get(item.value())
                        .difference(), null));
            }
        }
        List<Views.Outcome> held = new ArrayList<>();
        movesByLocation.forEach((location, tags) -> held.add(weapons.submitCorrection(OperationType.MOVE,
                new CustodyRequest(tags, null, TagCode.of(TagCode.Kind.STORAGE_LOCATION, location).value(), null,
                        reason, reference, null, null, null, null), id)));
        if (!adjustments.isEmpty()) {
            held.add(ammunition.submitCorrection(OperationType.ADJUSTMENT, new AmmunitionCustodyRequest(siteCode,
                    adjustments, null, null, null, null, reference, reason, null, null, null, null), id));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        items.forEach(item -> records.explain(id, item, reason, user.name(), now, null));
        return idempotency.complete(user.name(), key, 201, new StocktakeViews.Corrections(id, held));
    }
}
