package org.stockpile.site;

import jakarta.enterprise.context.ApplicationScoped;

import org.stockpile.security.CurrentUser;
import org.stockpile.system.RecordValidator;

@ApplicationScoped
public class RegionService extends CodedRecordService<Region> {

    RegionService(RegionRepository repository, RecordValidator validator, CurrentUser user) {
        super(repository, Region::new, "record.region", validator, user);
    }
}
