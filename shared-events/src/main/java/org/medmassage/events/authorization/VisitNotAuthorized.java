package org.medmassage.events.authorization;

import java.time.LocalDate;
import org.medmassage.events.DomainEvent;

/** No usable authorization for the visit (PA-05): CARC 197, 198, 15, 284 or 296 with a RARC and a reason. */
public record VisitNotAuthorized(
        String claimId,
        String memberId,
        String authorizationNumber,
        LocalDate dateOfService,
        String carc,
        String rarc,
        String reason) implements DomainEvent {

    @Override
    public String correlationId() {
        return claimId;
    }
}
