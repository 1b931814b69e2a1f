package org.medmassage.benefits.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.benefits.plan.Discipline;

/**
 * A registered plan version; planYearStart as MM-DD; effectiveFrom null when the terms apply to every date;
 * outOfNetwork null and outOfNetworkBenefit false for a plan without out-of-network benefit (decision 0058);
 * coveredProviderTypes null for a plan that pays every provider type (decision 0061).
 */
public record PlanResponse(String planId, LocalDate effectiveFrom, String planYearStart, boolean preAuthRequired,
                           boolean referralRequired, int visitLimit, String visitBenefitGroup,
                           List<Discipline> visitLimitSharedBy, String liabilityWhenExhausted, String familyDeductible,
                           boolean copayBeforeDeductible, boolean deductibleWaivedForRehab, boolean hsaQualified,
                           List<String> coveredProcedureCodes, TierTermsBody inNetwork, TierTermsBody outOfNetwork,
                           boolean outOfNetworkBenefit, String timedUnitMethod,
                           List<String> coveredProviderTypes, String cobMethod, Integer annualLimitsYear) {

    /** {@code annualLimitsYear}: whose ACA/HSA limits (RULEBOOK §5.1) the terms were checked against; null if unknown. */
    static PlanResponse of(BenefitPlan plan, Integer annualLimitsYear) {
        return new PlanResponse(plan.planId(),
                BenefitPlan.ALWAYS.equals(plan.effectiveFrom()) ? null : plan.effectiveFrom(),
                DateTimeFormatter.ofPattern("MM-dd").format(plan.planYearStart()),
                plan.preAuthRequired(), plan.referralRequired(), plan.visitLimit(), plan.visits().benefitGroup(),
                plan.visits().sharedBy().stream().sorted().toList(), plan.visits().liabilityWhenExhausted().name(),
                plan.rules().familyDeductible().name(), plan.rules().copayBeforeDeductible(),
                plan.rules().deductibleWaivedForRehab(), plan.rules().hsaQualified(),
                List.copyOf(plan.coveredServices().sorted()), TierTermsBody.of(plan.inNetwork()),
                plan.coversOutOfNetwork() ? TierTermsBody.of(plan.outOfNetwork()) : null, plan.coversOutOfNetwork(),
                plan.timedUnitMethod().name(), plan.providerTypes().sorted().orElse(null),
                plan.rules().cobMethod().name(), annualLimitsYear);
    }
}
