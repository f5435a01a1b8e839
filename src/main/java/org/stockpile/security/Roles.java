package org.stockpile.security;

/** The roles a token may carry (in the roles claim, {@code groups} by default). */
public final class Roles {

    public static final String CLERK = "clerk";
    public static final String INSPECTOR = "inspector";
    public static final String TRAINER = "trainer";
    public static final String COMMANDER = "commander";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
