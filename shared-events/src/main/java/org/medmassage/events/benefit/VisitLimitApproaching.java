package org.medmassage.events.benefit;

import org.medmassage.events.DomainEvent;

/** Few covered visits are left this plan year (or none: visitsRemaining = 0). */
public record VisitLimitApproaching(
        String memberId,
        String claimId,
        int visitsUsed,
        int visitLimit,
        int visitsRemaining) implements DomainEvent {

    @Override
    public String correlationId() {
        return claimId;
    }
}
