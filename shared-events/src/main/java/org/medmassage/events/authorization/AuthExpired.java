package org.medmassage.events.authorization;

import java.time.LocalDate;
import org.medmassage.events.DomainEvent;

/** The authorization's window closed with visits left unused. */
public record AuthExpired(
        String authorizationId,
        String authorizationNumber,
        String memberId,
        LocalDate validTo,
        int visitsUsed,
        int approvedVisits) implements DomainEvent {

    @Override
    public String correlationId() {
        return authorizationId;
    }
}
