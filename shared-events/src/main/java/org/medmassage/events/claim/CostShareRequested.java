package org.medmassage.events.claim;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.NetworkTier;

/** The visit is authorized; benefits must split each priced line between plan and patient (saga step 3). */
public record CostShareRequested(
        String claimId,
        String memberId,
        LocalDate dateOfService,
        NetworkTier networkTier,
        List<PricedLine> lines) implements DomainEvent {

    @Override
    public String correlationId() {
        return claimId;
    }
}
