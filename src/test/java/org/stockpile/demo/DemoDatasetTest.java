package org.stockpile.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.stockpile.system.TagCode;

/** The demo dataset has Mali's shape at scale 1, the same shape at other scales, and the same rows every time. */
class DemoDatasetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void scaleOneIsMali() {
        DemoDataset mali = DemoDataset.generate(1, TODAY);
        assertEquals(11, mali.regions.size());
        assertEquals(6, mali.forces.size());
        assertEquals(22, mali.sites.stream().filter(s -> s.kind().equals("ARMOURY")).count());
        assertEquals(3, mali.sites.stream().filter(s -> s.kind().equals("EXPLOSIVE_STOREHOUSE")).count());
        assertEquals(27_990, mali.weapons.size());
        Map<Long, Long> perArmoury = mali.weapons.stream()
                .collect(Collectors.groupingBy(DemoDataset.Weapon::siteId, Collectors.counting()));
        assertEquals(22, perArmoury.size());
        assertTrue(perArmoury.values().stream().allMatch(n -> n == 1272 || n == 1273), perArmoury::toString);
        assertTrue(mali.persons.size() >= 200 && mali.persons.size() <= 400, () -> mali.persons.size() + " persons");
        assertEquals(12, mali.licenceLimits.size());
        assertEquals(3, mali.stock.stream().map(DemoDataset.Stock::siteId).distinct().count(),
                "every storehouse holds ammunition");
    }

    @Test
    void serialsServiceNumbersAndBadgesAreUnique() {
        DemoDataset mali = DemoDataset.generate(1, TODAY);
        assertEquals(mali.weapons.size(), new HashSet<>(mali.weapons.stream()
                .map(w -> (w.manufacturer() + "|" + w.model() + "|" + w.manufacturerSerial()).toUpperCase())
                .toList()).size());
        assertEquals(mali.weapons.size(),
                mali.weapons.stream().map(DemoDataset.Weapon::nationalSerial).distinct().count());
        assertEquals(mali.persons.size(),
                mali.persons.stream().map(DemoDataset.Person::serviceNumber).distinct().count());
        assertEquals(mali.persons.size(), mali.persons.stream().map(DemoDataset.Person::badgeCode).distinct().count());
    }

    @Test
    void theSameScaleGivesTheSameRows() {
        assertEquals(DemoDataset.generate(0.5, TODAY).weapons, DemoDataset.generate(0.5, TODAY).weapons);
        assertEquals(DemoDataset.generate(0.5, TODAY).persons, DemoDataset.generate(0.5, TODAY).persons);
    }

    @Test
    void scaleTenHasTenTimesTheWeaponsOnTheSameSites() {
        DemoDataset big = DemoDataset.generate(10, TODAY);
        assertEquals(279_900, big.weapons.size());
        assertEquals(25, big.sites.size());
    }

    @Test
    void aScaleMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> DemoDataset.generate(0, TODAY));
        assertThrows(IllegalArgumentException.class, () -> DemoDataset.generate(Double.NaN, TODAY));
    }

    @Test
    void everySiteHasAKeyRegisterWhoseHeldKeysAreHeldByPersonsPostedThere() {
        DemoDataset mali = DemoDataset.generate(1, TODAY);
        Map<Long, Long> personSite = mali.persons.stream()
                .collect(Collectors.toMap(DemoDataset.Person::id, DemoDataset.Person::siteId));
        Map<Long, Long> locationSite = mali.storageLocations.stream()
                .collect(Collectors.toMap(DemoDataset.StorageLocation::id, DemoDataset.StorageLocation::siteId));
        assertEquals(mali.sites.size(), mali.keys.stream().map(DemoDataset.SiteKey::siteId).distinct().count());
        List<DemoDataset.SiteKey> held = mali.keys.stream().filter(k -> k.holderId() != null).toList();
        assertEquals(mali.sites.size(), held.size(), "one held key a site");
        held.forEach(k -> assertEquals(k.siteId(), personSite.get(k.holderId()), "held at its own site: " + k));
        mali.keys.stream().filter(k -> k.storageLocationId() != null)
                .forEach(k -> assertEquals(k.siteId(), locationSite.get(k.storageLocationId()), k.toString()));
        assertEquals(mali.keys.size(), mali.keys.stream().map(k -> k.siteId() + "|" + k.opens() + "|"
                + k.copyNumber()).distinct().count(), "each copy numbered once");
        assertEquals(mali.keys.size(), mali.keys.stream().map(DemoDataset.SiteKey::id).distinct().count());
        long gao = mali.sites.stream().filter(site -> site.code().equals("ARM-GAO-01")).findFirst().orElseThrow().id();
        DemoDataset.SiteKey gaoDoor = held.stream().filter(k -> k.siteId() == gao).findFirst().orElseThrow();
        assertEquals("K000017D", TagCode.of(TagCode.Kind.KEY, gaoDoor.id()).value(), "the key README.md names");
    }
}
