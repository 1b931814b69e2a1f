package org.medmassage.events.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.NetworkTier;

/** The member's deductible for this tier and plan year is now fully met. */
public record DeductibleMet(
        String memberId,
        String claimId,
        NetworkTier networkTier,
        LocalDate planYearStart,
        BigDecimal deductible) implements DomainEvent {

    @Override
    public String correlationId() {
        return claimId;
    }
}
