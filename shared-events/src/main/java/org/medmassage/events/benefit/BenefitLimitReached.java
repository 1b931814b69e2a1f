package org.medmassage.events.benefit;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.DomainEvent;

/**
 * The visit is over the plan's visit limit (CS-06): denied PR-119 with RARC N640; nothing posted.
 * {@code liabilityBasis} says what the patient owes under PR-119: {@code BILLED} (the whole charge, also when absent)
 * or {@code ALLOWED} (the allowed amount; billed − allowed stays the provider's CO-45), RULEBOOK Example 5.
 * {@code notCoveredLines} (null or empty: none): lines whose code the plan does not cover at all; "benefit exists" comes
 * before the visit limit (RULEBOOK §5.2 step 0), so those lines are denied with their own code (PR-204), not PR-119.
 */
public record BenefitLimitReached(
        String claimId,
        String memberId,
        LocalDate dateOfService,
        int visitsUsed,
        int visitLimit,
        String carc,
        String rarc,
        String liabilityBasis,
        List<NotCoveredLine> notCoveredLines) implements DomainEvent {

    /** Before liabilityBasis existed: the patient owes the billed amount. */
    public BenefitLimitReached(String claimId, String memberId, LocalDate dateOfService, int visitsUsed, int visitLimit,
                               String carc, String rarc) {
        this(claimId, memberId, dateOfService, visitsUsed, visitLimit, carc, rarc, null, List.of());
    }

    /** Every line a covered service. */
    public BenefitLimitReached(String claimId, String memberId, LocalDate dateOfService, int visitsUsed, int visitLimit,
                               String carc, String rarc, String liabilityBasis) {
        this(claimId, memberId, dateOfService, visitsUsed, visitLimit, carc, rarc, liabilityBasis, List.of());
    }

    @Override
    public String correlationId() {
        return claimId;
    }
}
