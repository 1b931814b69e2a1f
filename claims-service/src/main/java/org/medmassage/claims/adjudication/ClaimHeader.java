package org.medmassage.claims.adjudication;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.medmassage.events.NetworkTier;

/**
 * The 837P claim header fields the payer adjudicates on (RULEBOOK §8.1 loop 2300/2310B); the rendering provider's
 * taxonomy (PRV03) is its primary one on file on the date of service, null when it has none (decision 0060).
 */
public record ClaimHeader(
        UUID claimId,
        String memberId,
        String authorizationNumber,
        String renderingProviderNpi,
        NetworkTier networkTier,
        LocalDate dateOfService,
        String placeOfService,
        List<String> diagnosisCodes,
        String renderingProviderTaxonomy) {

    /** A header whose rendering provider has no taxonomy on file. */
    public ClaimHeader(UUID claimId, String memberId, String authorizationNumber, String renderingProviderNpi,
            NetworkTier networkTier, LocalDate dateOfService, String placeOfService, List<String> diagnosisCodes) {
        this(claimId, memberId, authorizationNumber, renderingProviderNpi, networkTier, dateOfService, placeOfService,
                diagnosisCodes, null);
    }

    public ClaimHeader {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(renderingProviderNpi, "renderingProviderNpi");
        Objects.requireNonNull(networkTier, "networkTier");
        Objects.requireNonNull(dateOfService, "dateOfService");
        diagnosisCodes = List.copyOf(diagnosisCodes);
    }
}
