package org.medmassage.claims.era;

import org.medmassage.claims.adjudication.ClaimStatus;

/**
 * 835 CLP02 as this payer sends it (RULEBOOK §8.2): 1 processed as primary (paid in full or in part, also when all of
 * it went to the deductible), 4 denied, 22 reversal of a previous payment (CS-07). 2 (processed as secondary) is the
 * code of a claim adjudicated after another payer; claims-service keeps no other-payer loop (837P 2320/2330), so every
 * claim it decides is primary and 2 is never chosen.
 */
public enum ClaimStatusCode {
    PROCESSED_AS_PRIMARY(1),
    PROCESSED_AS_SECONDARY(2),
    DENIED(4),
    REVERSAL(22);

    private final int code;

    ClaimStatusCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The code of the decision itself: a voided claim's original remittance keeps the status it was decided with. */
    static ClaimStatusCode ofDecision(ClaimStatus decided) {
        return switch (decided) {
            case PAID, PARTIALLY_PAID -> PROCESSED_AS_PRIMARY;
            case DENIED -> DENIED;
            default -> throw new IllegalArgumentException("not a decision: " + decided);
        };
    }
}
