package org.stockpile.weapon;

/**
 * Records a newly registered weapon's arrival in the custody ledger. Implemented by the custody feature, so that
 * the weapons registry does not depend on how the ledger is kept.
 */
public interface RegistrationReceipts {

    void recordRegistration(Weapon weapon);
}
