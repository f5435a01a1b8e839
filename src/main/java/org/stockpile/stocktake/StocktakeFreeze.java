package org.stockpile.stocktake;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.stockpile.custody.MovementFreeze;
import org.stockpile.site.Site;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/** Custody at a site whose count is open with its movements frozen is refused until the count closes. */
@ApplicationScoped
class StocktakeFreeze implements MovementFreeze {

    private final EntityManager entityManager;

    StocktakeFreeze(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void requireMovementsAllowed(Site site) {
        // One index look-up (the open count of a site is unique) on every custody operation.
        @SuppressWarnings("unchecked")
        List<Number> frozenBy = entityManager.createNativeQuery("select id from stocktake where site_id = ?1 "
                + "and status = 'OPEN' and movements = 'FROZEN'").setParameter(1, site.id).getResultList();
        if (!frozenBy.isEmpty()) {
            throw new ProblemException(ProblemType.STATE_CONFLICT, null, "problem.stocktake.site-frozen", site.code,
                    frozenBy.get(0).longValue());
        }
    }
}
