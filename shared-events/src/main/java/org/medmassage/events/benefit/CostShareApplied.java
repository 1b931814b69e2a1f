package org.medmassage.events.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.NetworkTier;

/** Cost share applied and posted to the member's accumulators (saga step 4), with the remainders after posting. */
public record CostShareApplied(
        String claimId,
        String memberId,
        LocalDate dateOfService,
        NetworkTier networkTier,
        List<LineCostShare> lines,
        BigDecimal deductibleRemaining,
        BigDecimal outOfPocketRemaining,
        int visitsUsed,
        int visitLimit) implements DomainEvent {

    @Override
    public String correlationId() {
        return claimId;
    }
}
