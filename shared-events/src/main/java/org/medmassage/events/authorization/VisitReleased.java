package org.medmassage.events.authorization;

import java.time.LocalDate;
import org.medmassage.events.DomainEvent;

/** A visit consumed for a claim that was later denied or voided is given back (PA-04). */
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
