package org.medmassage.events.claim;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.DomainEvent;

/**
 * A therapy session was billed and priced; the right to treat on that date must now be checked (saga step 1).
 * {@code referralNumber} (optional, null when the claim names none) is the claim's REF*9F referral number (RULEBOOK
 * §8.1); an older producer leaves it out.
 */
public record SessionBilled(
        String claimId,
        String memberId,
        String authorizationNumber,
        String renderingProviderNpi,
        LocalDate dateOfService,
        String placeOfService,
        List<String> diagnosisCodes,
        List<String> procedureCodes,
        String referralNumber) implements DomainEvent {

    /** A claim without a referral number. */
    public SessionBilled(String claimId, String memberId, String authorizationNumber, String renderingProviderNpi,
                         LocalDate dateOfService, String placeOfService, List<String> diagnosisCodes,
                         List<String> procedureCodes) {
        this(claimId, memberId, authorizationNumber, renderingProviderNpi, dateOfService, placeOfService,
                diagnosisCodes, procedureCodes, null);
    }

    @Override
    public String correlationId() {
        return claimId;
    }
}
