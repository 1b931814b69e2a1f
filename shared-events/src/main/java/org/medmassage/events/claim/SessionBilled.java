package org.medmassage.events.claim;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.DomainEvent;

/**
 * A therapy session was billed and priced; the right to treat on that date must now be checked (saga step 1).
 * {@code referralNumber} (optional, null when the claim names none) is the claim's REF*9F referral number (RULEBOOK
 * §8.1); an older producer leaves it out.
 * {@code renderingProviderTaxonomy} (optional, null when the provider has no credentials on file or from a producer
 * before the field) is the rendering provider's primary NUCC taxonomy on the date of service (837P 2310B PRV03).
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
        String referralNumber,
        String renderingProviderTaxonomy) implements DomainEvent {

    /** A claim without a referral number of a provider without a taxonomy on file. */
    public SessionBilled(String claimId, String memberId, String authorizationNumber, String renderingProviderNpi,
                         LocalDate dateOfService, String placeOfService, List<String> diagnosisCodes,
                         List<String> procedureCodes) {
        this(claimId, memberId, authorizationNumber, renderingProviderNpi, dateOfService, placeOfService,
                diagnosisCodes, procedureCodes, null, null);
    }

    @Override
    public String correlationId() {
        return claimId;
    }
}
