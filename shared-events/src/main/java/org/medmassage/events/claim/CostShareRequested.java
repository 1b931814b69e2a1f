package org.medmassage.events.claim;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.NetworkTier;

/**
 * The visit is authorized; benefits must split each priced line between plan and patient (saga step 3).
 * {@code renderingProviderTaxonomy} (optional, null when unknown) is the rendering provider's primary NUCC taxonomy on
 * the date of service, for a plan's covered provider types (RULEBOOK §1.3).
 */
public record CostShareRequested(
        String claimId,
        String memberId,
        LocalDate dateOfService,
        NetworkTier networkTier,
        List<PricedLine> lines,
        String renderingProviderTaxonomy) implements DomainEvent {

    /** A visit of a provider without a taxonomy on file. */
    public CostShareRequested(String claimId, String memberId, LocalDate dateOfService, NetworkTier networkTier,
                              List<PricedLine> lines) {
        this(claimId, memberId, dateOfService, networkTier, lines, null);
    }

    @Override
    public String correlationId() {
        return claimId;
    }
}
