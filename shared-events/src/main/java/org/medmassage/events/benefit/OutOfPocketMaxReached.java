package org.medmassage.events.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.NetworkTier;

/** The member's out-of-pocket maximum is reached: covered services in this tier cost the patient nothing more. */
public record OutOfPocketMaxReached(
        String memberId,
        String claimId,
        NetworkTier networkTier,
        LocalDate planYearStart,
        BigDecimal outOfPocketMax) implements DomainEvent {

    @Override
    public String correlationId() {
        return claimId;
    }
}
