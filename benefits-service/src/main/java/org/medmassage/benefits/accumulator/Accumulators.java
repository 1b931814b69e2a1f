package org.medmassage.benefits.accumulator;

import java.math.BigDecimal;
import org.medmassage.benefits.money.Money;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.benefits.plan.PlanYear;
import org.medmassage.benefits.plan.TierTerms;
import org.medmassage.events.NetworkTier;

/** A member's balances read against the plan's amounts: what is left of each deductible, out-of-pocket max and visit limit. */
public record Accumulators(BenefitPlan plan, PlanYear planYear, Balances balances) {

    public static Accumulators of(BenefitPlan plan, PlanYear planYear, Ledger ledger) {
        return new Accumulators(plan, planYear, ledger.balancesFor(planYear));
    }

    public BigDecimal deductibleRemaining(NetworkTier tier) {
        return Money.floorAtZero(plan.terms(tier).deductible().subtract(balances.deductibleMet(tier)));
    }

    /** Null when the tier has no out-of-pocket maximum: nothing caps the patient's share. */
    public BigDecimal outOfPocketRemaining(NetworkTier tier) {
        TierTerms terms = plan.terms(tier);
        if (!terms.hasOutOfPocketMax()) {
            return null;
        }
        return Money.floorAtZero(terms.outOfPocketMax().subtract(balances.outOfPocketMet(tier)));
    }

    public int visitsUsed() {
        return balances.visitsUsed();
    }

    public int visitsRemaining() {
        return Math.max(0, plan.visitLimit() - balances.visitsUsed());
    }
}
