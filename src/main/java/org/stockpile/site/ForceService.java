package org.stockpile.site;

import jakarta.enterprise.context.ApplicationScoped;

import org.stockpile.security.CurrentUser;
import org.stockpile.system.RecordValidator;

@ApplicationScoped
public class ForceService extends CodedRecordService<Force> {

    ForceService(ForceRepository repository, RecordValidator validator, CurrentUser user) {
        super(repository, Force::new, "record.force", validator, user);
    }
}
