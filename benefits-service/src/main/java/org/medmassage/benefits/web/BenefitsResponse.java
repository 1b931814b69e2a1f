package org.medmassage.benefits.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.benefits.accumulator.Accumulators;
import org.medmassage.benefits.application.MemberBenefits;
import org.medmassage.benefits.plan.Discipline;
import org.medmassage.benefits.plan.TierTerms;
import org.medmassage.events.NetworkTier;

/**
 * A member's accumulators for one plan year. Per tier: the member's own figures, where deductibleRemaining and
 * outOfPocketRemaining are what binds the member's next claim (the lower of the member's and the family's, CS-04), and
 * for family coverage the family's figures; a null maximum (and remaining) means the tier has none; a null
 * outOfNetwork, that the plan has no out-of-network benefit (decision 0058).
 */
public record BenefitsResponse(String memberId, String planId, String familyId, LocalDate planYearStart,
                               LocalDate planYearEnd, TierBalances inNetwork, TierBalances outOfNetwork, Visits visits) {

    public record TierBalances(BigDecimal deductible, BigDecimal deductibleMet, BigDecimal deductibleRemaining,
                               BigDecimal outOfPocketMax, BigDecimal outOfPocketMet, BigDecimal outOfPocketRemaining,
                               FamilyBalances family) {
    }

    public record FamilyBalances(BigDecimal deductible, BigDecimal deductibleMet, BigDecimal deductibleRemaining,
                                 BigDecimal outOfPocketMax, BigDecimal outOfPocketMet, BigDecimal outOfPocketRemaining) {
    }

    public record Visits(int used, int limit, int remaining, String benefitGroup, List<Discipline> sharedBy) {
    }

    static BenefitsResponse of(String memberId, MemberBenefits benefits) {
        Accumulators accumulators = benefits.accumulators();
        return new BenefitsResponse(memberId, accumulators.plan().planId(), benefits.coverage().familyId(),
                accumulators.planYear().start(), accumulators.planYear().end(),
                tier(accumulators, NetworkTier.IN_NETWORK),
                accumulators.plan().coversOutOfNetwork() ? tier(accumulators, NetworkTier.OUT_OF_NETWORK) : null,
                new Visits(accumulators.visitsUsed(), accumulators.plan().visitLimit(), accumulators.visitsRemaining(),
                        accumulators.plan().visits().benefitGroup(),
                        accumulators.plan().visits().sharedBy().stream().sorted().toList()));
    }

    private static TierBalances tier(Accumulators accumulators, NetworkTier tier) {
        TierTerms terms = accumulators.plan().terms(tier);
        return new TierBalances(terms.deductible(), accumulators.balances().deductibleMet(tier),
                accumulators.deductibleRemaining(tier), terms.outOfPocketMax(),
                accumulators.balances().outOfPocketMet(tier), accumulators.outOfPocketRemaining(tier),
                family(accumulators, tier));
    }

    private static FamilyBalances family(Accumulators accumulators, NetworkTier tier) {
        TierTerms terms = accumulators.plan().terms(tier);
        if (!accumulators.familyCoverage() || (terms.familyDeductible() == null && terms.familyOutOfPocketMax() == null)) {
            return null;
        }
        return new FamilyBalances(terms.familyDeductible(), accumulators.balances().familyDeductibleMet(tier),
                accumulators.familyDeductibleRemaining(tier), terms.familyOutOfPocketMax(),
                accumulators.balances().familyOutOfPocketMet(tier), accumulators.familyOutOfPocketRemaining(tier));
    }
}
