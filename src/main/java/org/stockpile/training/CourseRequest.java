package org.stockpile.training;

import java.util.Set;

import org.stockpile.weapon.Weapon;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A course of the catalogue as a client sends it; {@code version} is the one the client read, required on update. */
@JsonIgnoreProperties({ "id", "status", "retiredReason" })
public record CourseRequest(String code, String titleFr, String titleEn, Integer lengthDays, Integer validityMonths,
        Set<AuthorisedRole> authorisedRoles, Set<Weapon.Type> weaponTypes, Long version) {
}
