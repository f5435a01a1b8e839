package org.stockpile.security;

import java.util.List;

/** The roles a token may carry (in the roles claim, {@code groups} by default). */
public final class Roles {

    public static final String CLERK = "clerk";
    public static final String INSPECTOR = "inspector";
    public static final String TRAINER = "trainer";
    public static final String COMMANDER = "commander";
    public static final String ADMIN = "admin";

    /** Every role, in the order a person's roles are listed. */
    public static final List<String> ALL = List.of(CLERK, INSPECTOR, TRAINER, COMMANDER, ADMIN);

    private Roles() {
    }
}
