package org.medmassage.benefits.accumulator;

import java.math.BigDecimal;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.benefits.plan.FamilyDeductible;
import org.medmassage.benefits.plan.PlanYear;
import org.medmassage.benefits.plan.TierTerms;
import org.medmassage.codesets.money.Money;
import org.medmassage.events.NetworkTier;

/**
 * A member's balances read against the plan's amounts: what is left of each deductible, out-of-pocket maximum and the
 * visit limit — for the member alone, for the family, and what actually binds the member's next claim (CS-04).
 */
public record Accumulators(BenefitPlan plan, PlanYear planYear, Balances balances, boolean familyCoverage) {

    public Accumulators(BenefitPlan plan, PlanYear planYear, Balances balances) {
        this(plan, planYear, balances, false);
    }

    public static Accumulators of(BenefitPlan plan, PlanYear planYear, Ledger ledger) {
        return of(plan, planYear, ledger, false);
    }

    public static Accumulators of(BenefitPlan plan, PlanYear planYear, Ledger ledger, boolean familyCoverage) {
        return new Accumulators(plan, planYear, ledger.balancesFor(planYear), familyCoverage);
    }

    /**
     * CS-04: embedded ⇒ min(individual remaining, family remaining), so a met family deductible satisfies every member;
     * aggregate ⇒ only the family remaining counts. Self-only coverage ⇒ the individual remaining.
     */
    public BigDecimal deductibleRemaining(NetworkTier tier) {
        BigDecimal individual = individualDeductibleRemaining(tier);
        BigDecimal family = familyDeductibleRemaining(tier);
        if (family == null) {
            return individual;
        }
        return plan.rules().familyDeductible() == FamilyDeductible.AGGREGATE ? family : Money.min(individual, family);
    }

    public BigDecimal individualDeductibleRemaining(NetworkTier tier) {
        return Money.floorAtZero(plan.terms(tier).deductible().subtract(balances.deductibleMet(tier)));
    }

    /** Null unless family coverage on a tier with a family deductible. */
    public BigDecimal familyDeductibleRemaining(NetworkTier tier) {
        BigDecimal familyDeductible = plan.terms(tier).familyDeductible();
        if (!familyCoverage || familyDeductible == null) {
            return null;
        }
        return Money.floorAtZero(familyDeductible.subtract(balances.familyDeductibleMet(tier)));
    }

    /**
     * The cap on the member's next claim; null when nothing caps it. The individual limit stays embedded in family
     * coverage (ACA, Example 9): min(individual remaining, family remaining).
     */
    public BigDecimal outOfPocketRemaining(NetworkTier tier) {
        BigDecimal individual = individualOutOfPocketRemaining(tier);
        BigDecimal family = familyOutOfPocketRemaining(tier);
        if (individual == null || family == null) {
            return individual == null ? family : individual;
        }
        return Money.min(individual, family);
    }

    public BigDecimal individualOutOfPocketRemaining(NetworkTier tier) {
        TierTerms terms = plan.terms(tier);
        if (!terms.hasOutOfPocketMax()) {
            return null;
        }
        return Money.floorAtZero(terms.outOfPocketMax().subtract(balances.outOfPocketMet(tier)));
    }

    /** Null unless family coverage on a tier with a family out-of-pocket maximum. */
    public BigDecimal familyOutOfPocketRemaining(NetworkTier tier) {
        BigDecimal familyMax = plan.terms(tier).familyOutOfPocketMax();
        if (!familyCoverage || familyMax == null) {
            return null;
        }
        return Money.floorAtZero(familyMax.subtract(balances.familyOutOfPocketMet(tier)));
    }

    public int visitsUsed() {
        return balances.visitsUsed();
    }

    public int visitsRemaining() {
        return Math.max(0, plan.visitLimit() - balances.visitsUsed());
    }
}
