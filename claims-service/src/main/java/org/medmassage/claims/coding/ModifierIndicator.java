package org.medmassage.claims.coding;

/** The NCCI PTP modifier indicator (RULEBOOK §4.3): whether an NCCI-associated modifier may bypass the edit. */
public enum ModifierIndicator {
    /** 0: never bypassed, whatever the modifiers. */
    NOT_ALLOWED,
    /** 1: bypassed by 59, XE, XS, XP or XU on the column-2 code (CPT-03, CPT-04). */
    ALLOWED,
    /** 9: not applicable — the edit was deleted; it never applies. */
    NOT_APPLICABLE;

    /** The indicator as CMS writes it: {@code 0}, {@code 1} or {@code 9}. */
    public static ModifierIndicator of(String code) {
        return switch (code.trim()) {
            case "0" -> NOT_ALLOWED;
            case "1" -> ALLOWED;
            case "9" -> NOT_APPLICABLE;
            default -> throw new IllegalArgumentException("modifier indicator is 0, 1 or 9, not '" + code + "'");
        };
    }
}
