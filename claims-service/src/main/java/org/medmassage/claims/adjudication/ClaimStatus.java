package org.medmassage.claims.adjudication;

import java.util.EnumSet;
import java.util.Set;

/**
 * The claim saga's states (DESIGN §4). A claim moves forward only and reaches exactly one terminal state; nothing leaves
 * a terminal state, which is what makes a re-delivered or late event harmless.
 */
public enum ClaimStatus {
    RECEIVED,
    IN_PROCESS,
    PAID,
    PARTIALLY_PAID,
    DENIED;

    public boolean isTerminal() {
        return next().isEmpty();
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
            case PAID, PARTIALLY_PAID, DENIED -> EnumSet.noneOf(ClaimStatus.class);
        };
    }
}
