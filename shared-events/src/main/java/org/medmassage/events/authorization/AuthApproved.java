package org.medmassage.events.authorization;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.DomainEvent;

/** X12 HCR01 A1: certified in total. */
public record AuthApproved(
        String authorizationId,
        String authorizationNumber,
        String memberId,
        String referralId,
        String providerNpi,
        List<String> procedureCodes,
        int approvedVisits,
        LocalDate validFrom,
        LocalDate validTo) implements DomainEvent {

    @Override
    public String correlationId() {
        return authorizationId;
    }
}
