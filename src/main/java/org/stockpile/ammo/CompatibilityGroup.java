package org.stockpile.ammo;

/** Compatibility groups of class 1 explosives (IATG 01.50); I and M are not used. */
public enum CompatibilityGroup {
    A, B, C, D, E, F, G, H, J, K, L, N, S
}
