package org.stockpile.stocktake;

import jakarta.enterprise.context.ApplicationScoped;

import org.stockpile.custody.MovementFreeze;
import org.stockpile.site.Site;
import org.stockpile.system.PlainSql;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/** Custody at a site whose count is open with its movements frozen is refused until the count closes. */
@ApplicationScoped
class StocktakeFreeze implements MovementFreeze {

    private final PlainSql sql;

    StocktakeFreeze(PlainSql sql) {
        this.sql = sql;
    }

    @Override
    public void requireMovementsAllowed(Site site) {
        // One index look-up (the open count of a site is unique) on every custody operation: plain SQL, since a
        // custody operation changes no count that it would need to see.
        sql.first("select id from stocktake where site_id = ? and status = 'OPEN' and movements = 'FROZEN'",
                row -> row.getLong(1), site.id).ifPresent(count -> {
                    throw new ProblemException(ProblemType.STATE_CONFLICT, null, "problem.stocktake.site-frozen",
                            site.code, count);
                });
    }
}
