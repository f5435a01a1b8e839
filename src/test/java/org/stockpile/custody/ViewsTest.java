package org.stockpile.custody;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stockpile.ammo.AmmunitionItem;
import org.stockpile.ammo.AmmunitionLot;
import org.stockpile.person.Person;
import org.stockpile.site.Site;
import org.stockpile.site.StorageLocation;
import org.stockpile.system.TagCode;
import org.stockpile.weapon.Weapon;

/** A ledger event shown by the API shows each of its fields in the component of that name, none swapped. */
class ViewsTest {

    private static final UUID OPERATION = UUID.fromString("0b5f1d9e-3c1a-4f7e-9a51-0c2d6e8f4a10");
    private static final OffsetDateTime SERVER_TIME = OffsetDateTime.of(2026, 11, 24, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime DEVICE_TIME = SERVER_TIME.minusSeconds(2);

    @Test
    void aWeaponEventShowsEveryFieldWhereItsNameSays() {
        CustodyEvent event = event();
        event.weapon = new Weapon();
        event.weapon.id = 42L;
        event.fromState = Weapon.State.IN_STORE;
        event.toState = Weapon.State.ISSUED;
        event.method = "method";
        event.witnesses = "witnesses";
        event.deviceTime = DEVICE_TIME;
        event.deviceId = "deviceId";
        event.details = "details";
        Map<String, Object> expected = common();
        expected.put("weaponTag", TagCode.of(TagCode.Kind.WEAPON, 42).value());
        expected.put("weaponId", 42L);
        expected.put("fromState", Weapon.State.IN_STORE);
        expected.put("toState", Weapon.State.ISSUED);
        expected.put("personName", "Aminata Traoré");
        expected.put("method", "method");
        expected.put("witnesses", "witnesses");
        expected.put("deviceTime", DEVICE_TIME);
        expected.put("deviceId", "deviceId");
        expected.put("details", "details");
        assertComponents(expected, Views.EventView.of(event));
    }

    @Test
    void anAmmunitionEventShowsEveryFieldWhereItsNameSays() {
        CustodyEvent event = event();
        event.lot = new AmmunitionLot();
        event.lot.id = 7L;
        event.lot.lotNumber = "lotNumber";
        event.lot.item = new AmmunitionItem();
        event.lot.item.itemCode = "itemCode";
        event.quantity = 250L;
        event.unit = "unit";
        Map<String, Object> expected = common();
        expected.put("lotTag", TagCode.of(TagCode.Kind.AMMUNITION_LOT, 7).value());
        expected.put("itemCode", "itemCode");
        expected.put("lotNumber", "lotNumber");
        expected.put("quantity", 250L);
        expected.put("unit", "unit");
        assertComponents(expected, Views.AmmunitionEventView.of(event));
    }

    /** An event with every field both views show set to a value of its own. */
    private static CustodyEvent event() {
        CustodyEvent event = new CustodyEvent();
        event.id = 1001L;
        event.operationId = OPERATION;
        event.type = OperationType.ISSUE;
        event.site = site("siteCode");
        event.siteSeq = 17;
        event.person = new Person();
        event.person.id = 5L;
        event.person.givenNames = "Aminata";
        event.person.familyName = "Traoré";
        event.storageLocation = new StorageLocation();
        event.storageLocation.code = "storageLocationCode";
        event.counterpartSite = site("counterpartSiteCode");
        event.reason = "reason";
        event.reference = "reference";
        event.requestedBy = "requestedBy";
        event.approvedBy = "approvedBy";
        event.serverTime = SERVER_TIME;
        event.overrideReason = "overrideReason";
        event.overrideFindings = "overrideFindings";
        event.hash = "hash";
        return event;
    }

    private static Map<String, Object> common() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", 1001L);
        expected.put("operationId", OPERATION);
        expected.put("type", OperationType.ISSUE);
        expected.put("siteCode", "siteCode");
        expected.put("siteSeq", 17L);
        expected.put("personTag", TagCode.of(TagCode.Kind.PERSON, 5).value());
        expected.put("storageLocationCode", "storageLocationCode");
        expected.put("counterpartSiteCode", "counterpartSiteCode");
        expected.put("reason", "reason");
        expected.put("reference", "reference");
        expected.put("requestedBy", "requestedBy");
        expected.put("overrideReason", "overrideReason");
        expected.put("overrideFindings", "overrideFindings");
        expected.put("approvedBy", "approvedBy");
        expected.put("serverTime", SERVER_TIME);
        expected.put("hash", "hash");
        return expected;
    }

    private static Site site(String code) {
        Site site = new Site();
        site.code = code;
        return site;
    }

    private static void assertComponents(Map<String, Object> expected, Record view) {
        Map<String, Object> shown = new LinkedHashMap<>();
        for (RecordComponent component : view.getClass().getRecordComponents()) {
            try {
                shown.put(component.getName(), component.getAccessor().invoke(view));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        assertEquals(expected.keySet(), shown.keySet(), () -> "components of " + view.getClass().getSimpleName()
                + ": " + Arrays.toString(view.getClass().getRecordComponents()));
        expected.forEach((name, value) -> assertEquals(value, shown.get(name), name));
    }
}
