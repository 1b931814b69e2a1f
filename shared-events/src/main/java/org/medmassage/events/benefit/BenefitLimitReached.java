package org.medmassage.events.benefit;

import java.time.LocalDate;
import org.medmassage.events.DomainEvent;

/**
 * The visit is over the plan's visit limit (CS-06): denied PR-119 with RARC N640; nothing posted.
 * {@code liabilityBasis} says what the patient owes under PR-119: {@code BILLED} (the whole charge, also when absent)
 * or {@code ALLOWED} (the allowed amount; billed − allowed stays the provider's CO-45), RULEBOOK Example 5.
 */
public record BenefitLimitReached(
        String claimId,
        String memberId,
        LocalDate dateOfService,
        int visitsUsed,
        int visitLimit,
        String carc,
        String rarc,
        String liabilityBasis) implements DomainEvent {

    /** Before liabilityBasis existed: the patient owes the billed amount. */
    public BenefitLimitReached(String claimId, String memberId, LocalDate dateOfService, int visitsUsed, int visitLimit,
                               String carc, String rarc) {
        this(claimId, memberId, dateOfService, visitsUsed, visitLimit, carc, rarc, null);
    }

    @Override
    public String correlationId() {
        return claimId;
    }
}
