package org.stockpile.support;

import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.TRAINER;
import static org.stockpile.support.Api.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the certification gate at Gao is tried with: new weapons of a type, and the demo's crew-served holders. */
public final class Qualifications {

    private Qualifications() {
    }

    /** A fresh weapon of {@code type} in store at Gao: its tag. */
    public static String weaponAtGao(String type, String tag) {
        Map<String, Object> weapon = new HashMap<>(Fixtures.newWeapon("ARM-GAO-01", tag));
        weapon.put("type", type);
        return as(ADMIN).body(weapon).post("/api/weapons").then().statusCode(201).extract().path("tagCode");
    }

    /** The demo's Gao holder of a crew-served weapons certificate valid through {@code day}: their badge tag. */
    public static String crewServedHolderValidThrough(LocalDate day) {
        List<Integer> sessions = as(TRAINER).get("/api/training/sessions?courseCode=ARM-COLL&size=50").then()
                .statusCode(200).extract().path("items.id");
        List<Map<String, Object>> holders = new ArrayList<>();
        for (int session : sessions) {
            holders.addAll(as(TRAINER).get("/api/training/sessions/" + session).then().statusCode(200).extract()
                    .path("enrolments.findAll { it.certificateNumber != null }.person"));
        }
        for (Map<String, Object> holder : holders) {
            List<String> through = as(TRAINER).get("/api/training/persons/" + holder.get("id")).then()
                    .statusCode(200).extract()
                    .path("certificates.findAll { it.courseCode == 'ARM-COLL' }.validThrough");
            if (through.contains(day.toString())) {
                return (String) holder.get("tagCode");
            }
        }
        throw new AssertionError("The demo data holds no crew-served certificate valid through " + day);
    }
}
