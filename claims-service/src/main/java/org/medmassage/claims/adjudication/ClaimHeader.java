package org.medmassage.claims.adjudication;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.medmassage.claims.coding.TimedUnitMethod;
import org.medmassage.events.NetworkTier;

/**
 * The 837P claim header fields the payer adjudicates on (RULEBOOK §8.1 loop 2300/2310B), and how intake turned its
 * minutes into units ({@code timedUnitMethod}, the member's plan's; null on claims stored before it was recorded).
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
        TimedUnitMethod timedUnitMethod) {

    public ClaimHeader {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(renderingProviderNpi, "renderingProviderNpi");
        Objects.requireNonNull(networkTier, "networkTier");
        Objects.requireNonNull(dateOfService, "dateOfService");
        diagnosisCodes = List.copyOf(diagnosisCodes);
    }

    /** A header whose units method is not recorded. */
    public ClaimHeader(UUID claimId, String memberId, String authorizationNumber, String renderingProviderNpi,
            NetworkTier networkTier, LocalDate dateOfService, String placeOfService, List<String> diagnosisCodes) {
        this(claimId, memberId, authorizationNumber, renderingProviderNpi, networkTier, dateOfService, placeOfService,
                diagnosisCodes, null);
    }
}
