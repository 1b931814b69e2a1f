package org.medmassage.events.claim;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.DomainEvent;

/**
 * A therapy session was billed and priced; the right to treat on that date must now be checked (saga step 1).
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
        String renderingProviderTaxonomy) implements DomainEvent {

    /** A session of a provider without a taxonomy on file. */
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
