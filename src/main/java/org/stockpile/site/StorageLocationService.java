package org.stockpile.site;

import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.stockpile.security.CurrentUser;
import org.stockpile.system.Messages;
import org.stockpile.system.RecordValidator;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.TagCode;
import org.stockpile.system.paging.Filter;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.ProblemException;

/** Storage locations of a site: visible and editable only through a site in the caller's scope. */
@ApplicationScoped
public class StorageLocationService {

    private static final Messages.Key LOCATION = new Messages.Key("record.storage-location");
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "code", "code", "kind", "kind", "status",
            "status");

    private final StorageLocationRepository locations;
    private final SiteService sites;
    private final RecordValidator validator;
    private final CurrentUser user;

    StorageLocationService(StorageLocationRepository locations, SiteService sites, RecordValidator validator,
            CurrentUser user) {
        this.locations = locations;
        this.sites = sites;
        this.validator = validator;
        this.user = user;
    }

    public Page<StorageLocationView> list(long siteId, String query, RegistryRecord.Status status,
            PageRequest page) {
        Site site = sites.requireVisible(siteId);
        Filter filter = new Filter().equal("site", site).contains(query, "code", "description")
                .equal("status", status);
        return Page.of(locations.find(filter.query(), page.toSort(SORTABLE, "code"), filter.parameters()), page,
                StorageLocationView::of);
    }

    public StorageLocationView get(long siteId, long id) {
        return StorageLocationView.of(requireVisible(siteId, id));
    }

    /** The active location with this code at {@code site}, referenced from another record; 422 otherwise. */
    public StorageLocation requireActiveByCode(Site site, String field, String code) {
        StorageLocation location = code == null ? null
                : locations.find("site = ?1 and code = ?2", site, code).firstResult();
        if (location == null || !location.isActive()) {
            throw ProblemException.unknownReference(field, code);
        }
        return location;
    }

    /**
     * The active location at {@code site} whose tag was scanned; 422 naming {@code field} otherwise, alike for a tag
     * of no location and one of another site's. A code that is not a tag at all is refused as such (422 invalid-tag).
     */
    public StorageLocation requireScanned(Site site, String field, String scanned) {
        TagCode tag = TagCode.parse(scanned);
        StorageLocation location = tag.kind() == TagCode.Kind.STORAGE_LOCATION ? locations.findById(tag.number())
                : null;
        if (location == null || !location.isActive() || !Objects.equals(location.site.id, site.id)) {
            throw ProblemException.unknownReference(field, scanned);
        }
        return location;
    }

    @Transactional
    public StorageLocationView create(long siteId, StorageLocationRequest request) {
        Site site = sites.requireVisible(siteId);
        site.requireActive();
        StorageLocation location = new StorageLocation();
        location.site = site;
        location.code = request.code();
        location.kind = request.kind();
        location.description = request.description();
        validator.requireValid(location);
        if (locations.count("site = ?1 and code = ?2", site, location.code) > 0) {
            throw ProblemException.duplicate("code", location.code);
        }
        locations.persistAndFlush(location);
        return StorageLocationView.of(location);
    }

    @Transactional
    public StorageLocationView update(long siteId, long id, StorageLocationRequest request) {
        StorageLocation location = requireVisible(siteId, id);
        location.requireEditable(request.version());
        if (request.code() != null && !request.code().equals(location.code)) {
            throw ProblemException.rule("code", "problem.rule-violation.code-immutable");
        }
        location.kind = request.kind();
        location.description = request.description();
        validator.requireValid(location);
        locations.flush();
        return StorageLocationView.of(location);
    }

    @Transactional
    public StorageLocationView retire(long siteId, long id, String reason) {
        StorageLocation location = requireVisible(siteId, id);
        location.retire(reason, user.name());
        locations.flush();
        return StorageLocationView.of(location);
    }

    private StorageLocation requireVisible(long siteId, long id) {
        Site site = sites.requireVisible(siteId);
        return locations.findByIdOptional(id).filter(location -> location.site.id.equals(site.id))
                .orElseThrow(() -> ProblemException.notFound(LOCATION, id));
    }
}
