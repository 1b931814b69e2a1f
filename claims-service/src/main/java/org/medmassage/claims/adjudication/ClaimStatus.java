package org.medmassage.claims.adjudication;

import java.util.EnumSet;
import java.util.Set;

/**
 * The claim saga's states (DESIGN §4). A claim moves forward only. PAID, PARTIALLY_PAID and DENIED are terminal for
 * the saga: no saga event moves them, which is what makes a re-delivered or late event harmless. Only a void (CS-07,
 * asked for over HTTP, never by an event) leaves them, into VOIDED, which nothing leaves.
 */
public enum ClaimStatus {
    RECEIVED,
    IN_PROCESS,
    PAID,
    PARTIALLY_PAID,
    DENIED,
    VOIDED;

    /** Adjudicated: the claim has its remittance and the saga is done with it. */
    public boolean isTerminal() {
        return this != RECEIVED && this != IN_PROCESS;
    }

    public boolean canMoveTo(ClaimStatus target) {
        return next().contains(target);
    }

    private Set<ClaimStatus> next() {
        return switch (this) {
            // VisitAuthorized starts cost share; VisitNotAuthorized denies before any cost share.
            case RECEIVED -> EnumSet.of(IN_PROCESS, DENIED);
            // CostShareApplied decides per line; BenefitLimitReached / CostShareDenied deny the visit.
            case IN_PROCESS -> EnumSet.of(PAID, PARTIALLY_PAID, DENIED);
            // CS-07: an adjudicated claim may be cancelled; its remittance stays as the record of what was decided.
            case PAID, PARTIALLY_PAID, DENIED -> EnumSet.of(VOIDED);
            case VOIDED -> EnumSet.noneOf(ClaimStatus.class);
        };
    }
}
