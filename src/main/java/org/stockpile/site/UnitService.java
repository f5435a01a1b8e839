package org.stockpile.site;

import jakarta.enterprise.context.ApplicationScoped;

import org.stockpile.security.CurrentUser;
import org.stockpile.system.RecordValidator;

@ApplicationScoped
public class UnitService extends CodedRecordService<Unit> {

    UnitService(UnitRepository repository, RecordValidator validator, CurrentUser user) {
        super(repository, Unit::new, "record.unit", validator, user);
    }
}
