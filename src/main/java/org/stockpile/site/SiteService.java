package org.stockpile.site;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
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

/**
 * Sites and the rules on them: codes are unique and never change, only a storehouse holds an explosives licence,
 * and nobody sees or touches a site outside their scope (which answers as if it did not exist).
 */
@ApplicationScoped
public class SiteService {

    private static final Messages.Key SITE = new Messages.Key("record.site");
    private static final Map<String, String> SORTABLE = Map.of("id", "s.id", "code", "s.code", "name",
            "s.name", "kind", "s.kind", "regionCode", "s.region.code", "forceCode", "s.force.code", "status",
            "s.status");

    private final SiteRepository sites;
    private final ForceService forces;
    private final RegionService regions;
    private final RecordValidator validator;
    private final CurrentUser user;

    SiteService(SiteRepository sites, ForceService forces, RegionService regions, RecordValidator validator,
            CurrentUser user) {
        this.sites = sites;
        this.forces = forces;
        this.regions = regions;
        this.validator = validator;
        this.user = user;
    }

    public record Criteria(String query, Site.Kind kind, String forceCode, String regionCode,
            RegistryRecord.Status status) {
    }

    public Page<SiteView> list(Criteria criteria, PageRequest page) {
        Filter filter = new Filter().within(user.scope(), "s")
                .contains(criteria.query(), "s.code", "s.name")
                .equal("s.kind", criteria.kind())
                .equal("s.force.code", criteria.forceCode())
                .equal("s.region.code", criteria.regionCode())
                .equal("s.status", criteria.status());
        return Page.of(sites.find("from Site s join fetch s.force join fetch s.region where " + filter.query(),
                page.toSort(SORTABLE, "code"), filter.parameters()), page, SiteView::of);
    }

    public SiteView get(long id) {
        return SiteView.of(requireVisible(id));
    }

    /** The site with this id if the caller may see it; 404 otherwise, whether it exists or not. */
    public Site requireVisible(long id) {
        return sites.findByIdOptional(id).filter(this::isVisible)
                .orElseThrow(() -> ProblemException.notFound(SITE, id));
    }

    /**
     * The active site with this code, referenced from another record, if the caller may see it; 422 otherwise,
     * with the same answer whether it exists or not.
     */
    public Site requireActiveVisibleByCode(String field, String code) {
        Site site = code == null ? null : sites.find("code", code).firstResult();
        if (site == null || !site.isActive() || !isVisible(site)) {
            throw ProblemException.unknownReference(field, code);
        }
        return site;
    }

    /** The active site with this code wherever it is, e.g. the destination of a transfer; 422 otherwise. */
    public Site requireActiveByCode(String field, String code) {
        Site site = code == null ? null : sites.find("code", code).firstResult();
        if (site == null || !site.isActive()) {
            throw ProblemException.unknownReference(field, code);
        }
        return site;
    }

    /** Every active site, wherever it is: where a transfer may be sent. */
    public List<SiteView> destinations() {
        return sites.find("status = ?1 order by code", Site.Status.ACTIVE).list().stream().map(SiteView::of).toList();
    }

    /** Every active explosive storehouse in the caller's scope. */
    public List<Site> visibleStorehouses() {
        return activeInScope(Site.Kind.EXPLOSIVE_STOREHOUSE);
    }

    /** Every active site in the caller's scope, by code. */
    public List<SiteView> visibleActive() {
        return activeInScope(null).stream().map(SiteView::of).toList();
    }

    private List<Site> activeInScope(Site.Kind kind) {
        Filter filter = new Filter().within(user.scope(), "s").equal("s.kind", kind)
                .equal("s.status", Site.Status.ACTIVE);
        return sites.find("from Site s where " + filter.query() + " order by s.code", filter.parameters()).list();
    }

    public boolean isVisible(Site site) {
        return user.scope().includes(() -> site.code, () -> site.region.code);
    }

    @Transactional
    public SiteView create(SiteRequest request) {
        Site site = new Site();
        site.code = request.code();
        site.kind = request.kind();
        apply(site, request);
        if (site.region != null && !isVisible(site)) {
            throw ProblemException.unknownReference("regionCode", request.regionCode());
        }
        if (sites.count("code", site.code) > 0) {
            throw ProblemException.duplicate("code", site.code);
        }
        sites.persistAndFlush(site);
        return SiteView.of(site);
    }

    @Transactional
    public SiteView update(long id, SiteRequest request) {
        Site site = requireVisible(id);
        site.requireEditable(request.version());
        if (request.code() != null && !request.code().equals(site.code)) {
            throw ProblemException.rule("code", "problem.rule-violation.code-immutable");
        }
        if (request.kind() != null && request.kind() != site.kind) {
            throw ProblemException.rule("kind", "problem.rule-violation.kind-immutable");
        }
        apply(site, request);
        if (!isVisible(site)) {
            throw ProblemException.unknownReference("regionCode", request.regionCode());
        }
        sites.flush();
        return SiteView.of(site);
    }

    @Transactional
    public SiteView retire(long id, String reason) {
        Site site = requireVisible(id);
        site.retire(reason, user.name());
        sites.flush();
        return SiteView.of(site);
    }

    private void apply(Site site, SiteRequest request) {
        site.name = request.name();
        site.latitude = request.latitude();
        site.longitude = request.longitude();
        site.force = request.forceCode() == null ? null : forces.requireActiveByCode("forceCode", request.forceCode());
        site.region = request.regionCode() == null ? null
                : regions.requireActiveByCode("regionCode", request.regionCode());
        site.licenceLimits.clear();
        site.licenceLimits.putAll(licenceLimits(request.licence()));
        validator.requireValid(site);
        if (site.isStorehouse() && site.licenceLimits.isEmpty()) {
            throw ProblemException.rule("licence", "problem.rule-violation.licence-required");
        }
        if (!site.isStorehouse() && !site.licenceLimits.isEmpty()) {
            throw ProblemException.rule("licence", "problem.rule-violation.licence-storehouse-only");
        }
    }

    private static Map<HazardDivision, BigDecimal> licenceLimits(List<SiteRequest.LicenceLimit> licence) {
        Map<HazardDivision, BigDecimal> limits = new EnumMap<>(HazardDivision.class);
        if (licence == null) {
            return limits;
        }
        for (SiteRequest.LicenceLimit limit : licence) {
            if (limit == null || limit.hazardDivision() == null) {
                throw ProblemException.rule("licence", "problem.rule-violation.licence-division-required");
            }
            if (limits.put(limit.hazardDivision(), limit.maxNeqKg()) != null) {
                throw ProblemException.rule("licence", "problem.rule-violation.licence-division-repeated",
                        limit.hazardDivision());
            }
        }
        return limits;
    }
}
