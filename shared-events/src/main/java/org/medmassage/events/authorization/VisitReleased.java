package org.medmassage.events.authorization;

import java.time.LocalDate;
import org.medmassage.events.DomainEvent;

/**
 * A visit consumed for a claim that was later denied or voided is given back (PA-04) — only when no other claim of the
 * same date still stands; otherwise the visit passes to that claim and nothing is released.
 */
public record VisitReleased(
        String claimId,
        String memberId,
        String authorizationId,
        String authorizationNumber,
        LocalDate dateOfService,
        int visitsUsed) implements DomainEvent {

    @Override
    public String correlationId() {
        return claimId;
    }
}
