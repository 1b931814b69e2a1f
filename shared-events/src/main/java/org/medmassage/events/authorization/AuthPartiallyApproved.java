package org.medmassage.events.authorization;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.DomainEvent;

/** X12 HCR01 A2: certified in part (fewer visits or a shorter window than requested), with the reason. */
public record AuthPartiallyApproved(
        String authorizationId,
        String authorizationNumber,
        String memberId,
        String referralId,
        String providerNpi,
        List<String> procedureCodes,
        int requestedVisits,
        int approvedVisits,
        LocalDate validFrom,
        LocalDate validTo,
        String reason) implements DomainEvent {

    @Override
    public String correlationId() {
        return authorizationId;
    }
}
