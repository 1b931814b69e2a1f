package org.medmassage.notification.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.medmassage.events.benefit.AccumulatorsReversed;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.LineCostShare;

/**
 * Where the member stands in the plan year: deductible met and remaining, out-of-pocket remaining, visits used of
 * the annual limit. Remaining amounts and visits are the benefits service's own figures from its last CostShareApplied;
 * the deductible met is what those claims applied to it (events carry no plan deductible), less what voids gave back.
 */
public record BenefitStanding(
        LocalDate planYearStart,
        LocalDate planYearEnd,
        BigDecimal deductibleMet,
        BigDecimal deductibleRemaining,
        BigDecimal outOfPocketRemaining,
        int visitsUsed,
        int visitLimit) {

    private static final BigDecimal NONE = new BigDecimal("0.00");

    /** Before any claim: only the annual visit limit is known, from the coverage. */
    static BenefitStanding limitOnly(int visitLimit) {
        return new BenefitStanding(null, null, NONE, null, null, 0, visitLimit);
    }

    /** A new plan year starts the deductible met again from zero. */
    BenefitStanding applied(CostShareApplied applied) {
        BigDecimal metBefore = samePlanYear(applied) ? deductibleMet : NONE;
        BigDecimal toDeductible = applied.lines().stream().map(LineCostShare::deductible).filter(Objects::nonNull)
                .reduce(NONE, BigDecimal::add);
        return new BenefitStanding(applied.planYearStart(), applied.planYearEnd(), metBefore.add(toDeductible),
                applied.deductibleRemaining(), applied.outOfPocketRemaining(), applied.visitsUsed(),
                applied.visitLimit());
    }

    /** CS-07: a void gives back what its claim took, in the plan year of its date of service only. */
    BenefitStanding reversed(AccumulatorsReversed reversed) {
        if (!inPlanYear(reversed.dateOfService()) || deductibleRemaining == null) {
            return this;
        }
        return new BenefitStanding(planYearStart, planYearEnd,
                deductibleMet.subtract(reversed.deductibleReversed()).max(NONE),
                deductibleRemaining.add(reversed.deductibleReversed()),
                outOfPocketRemaining.add(reversed.outOfPocketReversed()),
                Math.max(0, visitsUsed - reversed.visitsReversed()), visitLimit);
    }

    BenefitStanding withVisitLimit(int limit) {
        return new BenefitStanding(planYearStart, planYearEnd, deductibleMet, deductibleRemaining,
                outOfPocketRemaining, visitsUsed, limit);
    }

    private boolean samePlanYear(CostShareApplied applied) {
        return planYearStart == null || applied.planYearStart() == null
                || planYearStart.equals(applied.planYearStart());
    }

    private boolean inPlanYear(LocalDate date) {
        return planYearStart == null || date == null
                || !date.isBefore(planYearStart) && (planYearEnd == null || !date.isAfter(planYearEnd));
    }
}
