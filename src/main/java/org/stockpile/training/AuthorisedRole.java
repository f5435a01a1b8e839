package org.stockpile.training;

/** What a certificate lets its holder do besides being issued weapons: the roles a course qualifies people for. */
public enum AuthorisedRole {
    /** Performs custody operations at an armoury's or a storehouse's counter. */
    CLERK,
    /** Maintains and repairs weapons. */
    ARMOURER,
    /** Inspects ammunition lots and records their surveillance. */
    AMMUNITION_SURVEYOR
}
