package org.stockpile.training;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stockpile.system.RegistryRecord;
import org.stockpile.weapon.Weapon;

public record CourseView(Long id, String code, String titleFr, String titleEn, int lengthDays, int validityMonths,
        Set<AuthorisedRole> authorisedRoles, Set<Weapon.Type> weaponTypes, RegistryRecord.Status status,
        @Schema(nullable = true) String retiredReason, long version) {

    public static CourseView of(Course course) {
        return new CourseView(course.id, course.code, course.titleFr, course.titleEn, course.lengthDays,
                course.validityMonths, new TreeSet<>(course.authorisedRoles), new TreeSet<>(course.weaponTypes),
                course.status, course.retiredReason, course.version);
    }
}
