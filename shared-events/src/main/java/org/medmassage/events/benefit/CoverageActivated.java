package org.medmassage.events.benefit;

import java.time.LocalDate;
import org.medmassage.events.DomainEvent;

/** A member is covered by a plan; carries the plan terms other services need (pre-auth, referral, visit limit). */
public record CoverageActivated(
        String memberId,
        String planId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        boolean preAuthRequired,
        boolean referralRequired,
        int visitLimit) implements DomainEvent {

    @Override
    public String correlationId() {
        return memberId + ":" + planId;
    }
}
