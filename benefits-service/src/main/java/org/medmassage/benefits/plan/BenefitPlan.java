package org.medmassage.benefits.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import org.medmassage.events.NetworkTier;

/**
 * One version of a benefit plan's terms for medical massage, in effect from {@code effectiveFrom} until the next
 * version starts: earlier claims keep the terms of their date of service. In- and out-of-network terms are separate
 * buckets (CS-05); the visit benefit is per plan year (CS-06); only the covered procedure codes are a benefit at all.
 * {@code timedUnitMethod}: how claims count timed units (RULEBOOK §4.2), CMS total time unless the plan says otherwise.
 * A null {@code outOfNetwork} is a plan without out-of-network benefits (HMO/EPO, RULEBOOK §5.3 Example 4, decision 0058).
 * {@code providerTypes}: the rendering providers it pays for massage (RULEBOOK §1.3, decision 0061), every type if none.
 */
public record BenefitPlan(
        String planId,
        LocalDate effectiveFrom,
        MonthDay planYearStart,
        boolean preAuthRequired,
        boolean referralRequired,
        VisitBenefit visits,
        TierTerms inNetwork,
        TierTerms outOfNetwork,
        CostShareRules rules,
        CoveredServices coveredServices,
        TimedUnitMethod timedUnitMethod,
        CoveredProviderTypes providerTypes) {

    /** A version registered without a date applies to every date of service. */
    public static final LocalDate ALWAYS = LocalDate.of(1900, 1, 1);

    public BenefitPlan {
        Objects.requireNonNull(planId, "planId");
        effectiveFrom = Objects.requireNonNullElse(effectiveFrom, ALWAYS);
        Objects.requireNonNull(planYearStart, "planYearStart");
        Objects.requireNonNull(visits, "visits");
        Objects.requireNonNull(inNetwork, "inNetwork");
        rules = Objects.requireNonNullElse(rules, CostShareRules.STANDARD);
        coveredServices = Objects.requireNonNullElse(coveredServices, CoveredServices.MEDICAL_MASSAGE);
        timedUnitMethod = Objects.requireNonNullElse(timedUnitMethod, TimedUnitMethod.CMS_TOTAL_TIME);
        providerTypes = Objects.requireNonNullElse(providerTypes, CoveredProviderTypes.ANY);
    }

    /** Every provider type paid. */
    public BenefitPlan(String planId, LocalDate effectiveFrom, MonthDay planYearStart, boolean preAuthRequired,
                       boolean referralRequired, VisitBenefit visits, TierTerms inNetwork, TierTerms outOfNetwork,
                       CostShareRules rules, CoveredServices coveredServices, TimedUnitMethod timedUnitMethod) {
        this(planId, effectiveFrom, planYearStart, preAuthRequired, referralRequired, visits, inNetwork, outOfNetwork,
                rules, coveredServices, timedUnitMethod, CoveredProviderTypes.ANY);
    }

    /** CMS total-time units. */
    public BenefitPlan(String planId, LocalDate effectiveFrom, MonthDay planYearStart, boolean preAuthRequired,
                       boolean referralRequired, VisitBenefit visits, TierTerms inNetwork, TierTerms outOfNetwork,
                       CostShareRules rules, CoveredServices coveredServices) {
        this(planId, effectiveFrom, planYearStart, preAuthRequired, referralRequired, visits, inNetwork, outOfNetwork,
                rules, coveredServices, TimedUnitMethod.CMS_TOTAL_TIME);
    }

    /** The medical-massage codes covered (RULEBOOK §4.1). */
    public BenefitPlan(String planId, LocalDate effectiveFrom, MonthDay planYearStart, boolean preAuthRequired,
                       boolean referralRequired, VisitBenefit visits, TierTerms inNetwork, TierTerms outOfNetwork,
                       CostShareRules rules) {
        this(planId, effectiveFrom, planYearStart, preAuthRequired, referralRequired, visits, inNetwork, outOfNetwork,
                rules, CoveredServices.MEDICAL_MASSAGE);
    }

    /** A single-version plan with standard rules and a massage-only visit limit (the foundation's plan shape). */
    public BenefitPlan(String planId, MonthDay planYearStart, boolean preAuthRequired, boolean referralRequired,
                       int visitLimit, TierTerms inNetwork, TierTerms outOfNetwork) {
        this(planId, ALWAYS, planYearStart, preAuthRequired, referralRequired, VisitBenefit.massageOnly(visitLimit),
                inNetwork, outOfNetwork, CostShareRules.STANDARD);
    }

    public int visitLimit() {
        return visits.limit();
    }

    /** False for an HMO/EPO-style plan: an out-of-network visit has no benefit at all (PR-242). */
    public boolean coversOutOfNetwork() {
        return outOfNetwork != null;
    }

    /** The tier's terms; only asked for a tier the plan covers. */
    public TierTerms terms(NetworkTier tier) {
        if (tier == NetworkTier.IN_NETWORK) {
            return inNetwork;
        }
        if (outOfNetwork == null) {
            throw new IllegalStateException("plan " + planId + " has no out-of-network benefit");
        }
        return outOfNetwork;
    }

    /** The plan year this version's terms first apply to: that of effectiveFrom, or of today for a dateless version. */
    public PlanYear firstPlanYear(LocalDate today) {
        return planYearOf(ALWAYS.equals(effectiveFrom) ? today : effectiveFrom);
    }

    /** CS-03: the plan year the date of service falls in. */
    public PlanYear planYearOf(LocalDate dateOfService) {
        return PlanYear.containing(planYearStart, dateOfService);
    }
}
