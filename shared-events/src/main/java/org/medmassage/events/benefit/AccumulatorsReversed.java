package org.medmassage.events.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.medmassage.events.DomainEvent;

/** Every ledger posting of a voided claim reversed (CS-07): the claim leaves no trace in the balances. */
public record AccumulatorsReversed(
        String claimId,
        String memberId,
        LocalDate dateOfService,
        BigDecimal deductibleReversed,
        BigDecimal outOfPocketReversed,
        int visitsReversed) implements DomainEvent {

    @Override
    public String correlationId() {
        return claimId;
    }
}
