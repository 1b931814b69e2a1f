package org.medmassage.notification.notice;

import java.math.BigDecimal;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.benefit.BenefitLimitReached;
import org.medmassage.events.benefit.DeductibleMet;
import org.medmassage.events.benefit.OutOfPocketMaxReached;
import org.medmassage.events.benefit.VisitLimitApproaching;

/** What the patient is told when an accumulator crosses a line that changes what their next visit costs. */
final class BenefitNotices {

    private BenefitNotices() {
    }

    static Notice deductibleMet(DeductibleMet met) {
        return new Notice(Category.BENEFITS, "Deductible met",
                "You have met your " + amount(met.deductible()) + tier(met.networkTier()) + "deductible for the plan year"
                        + " that started " + met.planYearStart());
    }

    // CS-01 step 5: once the out-of-pocket maximum is met the plan pays the whole allowed amount.
    static Notice outOfPocketMaxReached(OutOfPocketMaxReached reached) {
        return new Notice(Category.BENEFITS, "Out-of-pocket maximum reached",
                "You have reached your " + amount(reached.outOfPocketMax()) + tier(reached.networkTier())
                        + "out-of-pocket maximum for the plan year that started " + reached.planYearStart()
                        + ": " + afterMaximum(reached.networkTier()));
    }

    // CS-06: visits are counted per date of service against the plan-year limit.
    static Notice visitLimitApproaching(VisitLimitApproaching visits) {
        if (visits.visitsRemaining() <= 0) {
            return new Notice(Category.BENEFITS, "Visit limit reached",
                    "You have used all " + Words.visits(visits.visitLimit()) + " your plan covers this plan year:"
                            + " more visits this plan year will not be covered");
        }
        return new Notice(Category.BENEFITS, "Visit limit approaching",
                "You have used " + visits.visitsUsed() + " of the " + Words.visits(visits.visitLimit())
                        + " your plan covers this plan year: " + Words.visits(visits.visitsRemaining()) + " left");
    }

    // CS-06: a visit over the limit is denied PR-119 (RARC N640).
    static Notice benefitLimitReached(BenefitLimitReached limit) {
        return new Notice(Category.BENEFITS, "Visit over your plan's limit",
                "Your visit on " + limit.dateOfService() + " is over your plan's limit of "
                        + Words.visits(limit.visitLimit()) + " this plan year, so your plan does not cover it");
    }

    private static String amount(BigDecimal value) {
        return value == null ? "" : Words.money(value) + " ";
    }

    private static String tier(NetworkTier tier) {
        if (tier == null) {
            return "";
        }
        return tier == NetworkTier.IN_NETWORK ? "in-network " : "out-of-network ";
    }

    // CS-05: an out-of-network provider may still balance-bill above the allowance, so promise only the plan's part.
    private static String afterMaximum(NetworkTier tier) {
        return tier == NetworkTier.OUT_OF_NETWORK
                ? "your plan now pays the full allowed amount for covered out-of-network care this plan year"
                : "covered in-network care costs you nothing more this plan year";
    }
}
