package org.medmassage.events.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.NetworkTier;

/**
 * Cost share applied and posted to the member's accumulators (saga step 4), with the remainders after posting.
 * {@code lines} are the covered lines; {@code notCoveredLines} (null or empty when every line is covered) are the lines
 * whose procedure code the plan does not cover, denied on their own while the rest of the visit is shared.
 * {@code planYearStart}/{@code planYearEnd} (optional; null from senders before they existed): the plan year whose
 * visits {@code visitsUsed} counts (CS-03, CS-06); authorization reads them to know the visits left (decision 0067).
 * {@code payer} (optional; null: HEALTH_PLAN) is AUTO_PIP when an auto PIP coverage paid (decision 0074): the
 * health-plan figures are then 0 and the plan year null, and {@code accidentLimitRemaining} is what the accident's PIP
 * limit has left.
 */
public record CostShareApplied(
        String claimId,
        String memberId,
        LocalDate dateOfService,
        NetworkTier networkTier,
        List<LineCostShare> lines,
        BigDecimal deductibleRemaining,
        BigDecimal outOfPocketRemaining,
        int visitsUsed,
        int visitLimit,
        List<NotCoveredLine> notCoveredLines,
        LocalDate planYearStart,
        LocalDate planYearEnd,
        String payer,
        BigDecimal accidentLimitRemaining) implements DomainEvent {

    /** The health plan's answer. */
    public CostShareApplied(String claimId, String memberId, LocalDate dateOfService, NetworkTier networkTier,
                            List<LineCostShare> lines, BigDecimal deductibleRemaining, BigDecimal outOfPocketRemaining,
                            int visitsUsed, int visitLimit, List<NotCoveredLine> notCoveredLines,
                            LocalDate planYearStart, LocalDate planYearEnd) {
        this(claimId, memberId, dateOfService, networkTier, lines, deductibleRemaining, outOfPocketRemaining,
                visitsUsed, visitLimit, notCoveredLines, planYearStart, planYearEnd, null, null);
    }

    /** From senders before the plan year was stated. */
    public CostShareApplied(String claimId, String memberId, LocalDate dateOfService, NetworkTier networkTier,
                            List<LineCostShare> lines, BigDecimal deductibleRemaining, BigDecimal outOfPocketRemaining,
                            int visitsUsed, int visitLimit, List<NotCoveredLine> notCoveredLines) {
        this(claimId, memberId, dateOfService, networkTier, lines, deductibleRemaining, outOfPocketRemaining,
                visitsUsed, visitLimit, notCoveredLines, null, null);
    }

    /** Every line covered. */
    public CostShareApplied(String claimId, String memberId, LocalDate dateOfService, NetworkTier networkTier,
                            List<LineCostShare> lines, BigDecimal deductibleRemaining, BigDecimal outOfPocketRemaining,
                            int visitsUsed, int visitLimit) {
        this(claimId, memberId, dateOfService, networkTier, lines, deductibleRemaining, outOfPocketRemaining,
                visitsUsed, visitLimit, List.of());
    }

    @Override
    public String correlationId() {
        return claimId;
    }
}
