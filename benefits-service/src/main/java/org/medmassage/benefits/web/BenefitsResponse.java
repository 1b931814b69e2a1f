package org.medmassage.benefits.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.medmassage.benefits.accumulator.Accumulators;
import org.medmassage.benefits.plan.TierTerms;
import org.medmassage.events.NetworkTier;

/** A member's accumulators for one plan year; a null outOfPocketMax (and remaining) means the tier has none. */
public record BenefitsResponse(String memberId, String planId, LocalDate planYearStart, LocalDate planYearEnd,
                               TierBalances inNetwork, TierBalances outOfNetwork, Visits visits) {

    public record TierBalances(BigDecimal deductible, BigDecimal deductibleMet, BigDecimal deductibleRemaining,
                               BigDecimal outOfPocketMax, BigDecimal outOfPocketMet, BigDecimal outOfPocketRemaining) {
    }

    public record Visits(int used, int limit, int remaining) {
    }

    static BenefitsResponse of(String memberId, Accumulators accumulators) {
        return new BenefitsResponse(memberId, accumulators.plan().planId(), accumulators.planYear().start(),
                accumulators.planYear().end(), tier(accumulators, NetworkTier.IN_NETWORK),
                tier(accumulators, NetworkTier.OUT_OF_NETWORK),
                new Visits(accumulators.visitsUsed(), accumulators.plan().visitLimit(), accumulators.visitsRemaining()));
    }

    private static TierBalances tier(Accumulators accumulators, NetworkTier tier) {
        TierTerms terms = accumulators.plan().terms(tier);
        return new TierBalances(terms.deductible(), accumulators.balances().deductibleMet(tier),
                accumulators.deductibleRemaining(tier), terms.outOfPocketMax(),
                accumulators.balances().outOfPocketMet(tier), accumulators.outOfPocketRemaining(tier));
    }
}
