package org.medmassage.events.benefit;

import java.time.LocalDate;
import org.medmassage.events.DomainEvent;

/** The visit is over the plan's visit limit (CS-06): denied PR-119 with RARC N640; nothing posted. */
public record BenefitLimitReached(
        String claimId,
        String memberId,
        LocalDate dateOfService,
        int visitsUsed,
        int visitLimit,
        String carc,
        String rarc) implements DomainEvent {

    @Override
    public String correlationId() {
        return claimId;
    }
}
