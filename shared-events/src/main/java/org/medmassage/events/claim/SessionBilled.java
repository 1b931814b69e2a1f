package org.medmassage.events.claim;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.DomainEvent;

/** A therapy session was billed and priced; the right to treat on that date must now be checked (saga step 1). */
public record SessionBilled(
        String claimId,
        String memberId,
        String authorizationNumber,
        String renderingProviderNpi,
        LocalDate dateOfService,
        String placeOfService,
        List<String> diagnosisCodes,
        List<String> procedureCodes) implements DomainEvent {

    @Override
    public String correlationId() {
        return claimId;
    }
}
