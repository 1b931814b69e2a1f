package org.medmassage.events.authorization;

import java.time.LocalDate;
import org.medmassage.events.DomainEvent;

/** The claim's date of service is covered by the authorization (PA-03); one visit consumed (PA-04). */
public record VisitAuthorized(
        String claimId,
        String memberId,
        String authorizationId,
        String authorizationNumber,
        LocalDate dateOfService,
        int visitsUsed,
        int visitsRemaining) implements DomainEvent {

    @Override
    public String correlationId() {
        return claimId;
    }
}
