package org.medmassage.claims.intake;

import java.util.Arrays;
import java.util.Optional;

/**
 * The claim frequency type code, 837P CLM05-3 (RULEBOOK §8.1): an original claim, the replacement of a prior claim
 * or the void of a prior claim; the prior claim is named by its payer claim id (REF*F8).
 */
public enum ClaimFrequency {

    ORIGINAL("1"),
    REPLACEMENT("7"),
    VOID("8");

    private final String code;

    ClaimFrequency(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether the claim names a prior claim of the payer's (REF*F8). */
    public boolean namesOriginal() {
        return this != ORIGINAL;
    }

    public static Optional<ClaimFrequency> ofCode(String code) {
        return Arrays.stream(values()).filter(frequency -> frequency.code.equals(code)).findFirst();
    }
}
