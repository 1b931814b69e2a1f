package org.medmassage.events.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.DomainEvent;

/** The claim's terminal decision (saga step 5): PAID, PARTIALLY_PAID or DENIED, balanced per line and per claim. */
public record ClaimAdjudicated(
        String claimId,
        String memberId,
        LocalDate dateOfService,
        String status,
        BigDecimal totalCharge,
        BigDecimal totalAllowed,
        BigDecimal planPaid,
        BigDecimal patientResponsibility,
        List<AdjudicatedLine> lines) implements DomainEvent {

    @Override
    public String correlationId() {
        return claimId;
    }
}
