package org.medmassage.events.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.DomainEvent;

/**
 * The claim's terminal decision (saga step 5): PAID, PARTIALLY_PAID or DENIED, balanced per line and per claim.
 * {@code payer} (optional; null from senders before it existed: the health plan): who the claim was billed to,
 * HEALTH_PLAN, WORKERS_COMP or AUTO_PIP (decision 0068), or SELF_PAY when the patient pays the provider's cash rate
 * (decision 0073), so a notice names who paid. {@code selfPayPrice} (optional): when the health plan will not pay the
 * visit (PR-119, CO-26, CO-27), what the lines it will not pay cost at the provider's self-pay cash rate, for the
 * patient's way forward (decisions 0072, 0074); null when the provider has no cash rate for one of them.
 */
public record ClaimAdjudicated(
        String claimId,
        String memberId,
        LocalDate dateOfService,
        String status,
        BigDecimal totalCharge,
        BigDecimal totalAllowed,
        BigDecimal planPaid,
        BigDecimal patientResponsibility,
        List<AdjudicatedLine> lines,
        String payer,
        BigDecimal selfPayPrice) implements DomainEvent {

    /** Without a way forward priced. */
    public ClaimAdjudicated(String claimId, String memberId, LocalDate dateOfService, String status,
                            BigDecimal totalCharge, BigDecimal totalAllowed, BigDecimal planPaid,
                            BigDecimal patientResponsibility, List<AdjudicatedLine> lines, String payer) {
        this(claimId, memberId, dateOfService, status, totalCharge, totalAllowed, planPaid, patientResponsibility, lines,
                payer, null);
    }

    /** From senders before {@code payer} existed: the member's health plan. */
    public ClaimAdjudicated(String claimId, String memberId, LocalDate dateOfService, String status,
                            BigDecimal totalCharge, BigDecimal totalAllowed, BigDecimal planPaid,
                            BigDecimal patientResponsibility, List<AdjudicatedLine> lines) {
        this(claimId, memberId, dateOfService, status, totalCharge, totalAllowed, planPaid, patientResponsibility, lines,
                null);
    }

    @Override
    public String correlationId() {
        return claimId;
    }
}
