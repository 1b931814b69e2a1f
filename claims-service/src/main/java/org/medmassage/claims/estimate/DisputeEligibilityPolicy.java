package org.medmassage.claims.estimate;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.medmassage.codesets.money.Money;

/**
 * ALT-04 (45 CFR 149.620): a self-pay patient billed at least $400.00 more than the provider's Good Faith Estimate may
 * start patient-provider dispute resolution within 120 calendar days of the bill. The bill is the provider's self-paid
 * sessions dated from the first to the last scheduled date of the estimate; the window runs from the latest of them.
 */
public final class DisputeEligibilityPolicy {

    static final BigDecimal THRESHOLD = Money.of("400.00");
    static final int WINDOW_DAYS = 120;

    private DisputeEligibilityPolicy() {
    }

    /** {@code billed}: the self-paid sessions of the estimate's member at its provider, any date. */
    public static FinalBill judge(GoodFaithEstimate estimate, List<BilledVisit> billed) {
        List<BilledVisit> inPeriod = billed.stream()
                .filter(visit -> !visit.dateOfService().isBefore(estimate.firstScheduledDate())
                        && !visit.dateOfService().isAfter(estimate.lastScheduledDate()))
                .sorted(Comparator.comparing(BilledVisit::dateOfService).thenComparing(BilledVisit::claimId))
                .toList();
        BigDecimal total = inPeriod.stream().map(BilledVisit::patientOwes).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal exceeds = total.subtract(estimate.expectedTotal());
        boolean eligible = exceeds.compareTo(THRESHOLD) >= 0;
        return new FinalBill(inPeriod, total, exceeds, eligible, eligible
                ? inPeriod.stream().map(BilledVisit::billedOn).max(Comparator.naturalOrder()).orElseThrow()
                        .plusDays(WINDOW_DAYS)
                : null);
    }
}
