package org.stockpile.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.TagCode;

public record PersonView(Long id, String tagCode, String serviceNumber, String givenNames, String familyName,
        @Schema(nullable = true) String rank, String forceCode, @Schema(nullable = true) String unit, String siteCode,
        @Schema(nullable = true) String badgeCode, @Schema(nullable = true) String account,
        RegistryRecord.Status status,
        @Schema(nullable = true) String retiredReason, long version) {

    static PersonView of(Person person) {
        return new PersonView(person.id, TagCode.of(TagCode.Kind.PERSON, person.id).value(), person.serviceNumber,
                person.givenNames, person.familyName, person.rank,
                person.force.code, person.unit, person.site.code, person.badgeCode, person.account, person.status,
                person.retiredReason, person.version);
    }
}
