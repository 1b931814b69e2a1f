package org.medmassage.benefits.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A plan version as submitted, before {@link PlanPolicy} checks it. Null means "not given": no effectiveFrom (every
 * date of service), no visitLimitSharedBy (massage alone), no liabilityWhenExhausted or familyDeductible (the
 * defaults), no coveredProcedureCodes (97124 and 97140). {@code planYearStart} is the text given, MM-DD.
 * {@code outOfNetworkBenefit} false: an HMO/EPO-style plan, which must then give no {@code outOfNetwork} terms.
 * No {@code timedUnitMethod}: CMS total time. No {@code coveredProviderTypes}: every provider type is paid. No
 * {@code cobMethod}: standard coordination of benefits as secondary.
 */
public record PlanRegistration(
        String planId,
        LocalDate effectiveFrom,
        String planYearStart,
        boolean preAuthRequired,
        boolean referralRequired,
        int visitLimit,
        Set<Discipline> visitLimitSharedBy,
        LiabilityBasis liabilityWhenExhausted,
        FamilyDeductible familyDeductible,
        boolean copayBeforeDeductible,
        boolean deductibleWaivedForRehab,
        boolean hsaQualified,
        List<String> coveredProcedureCodes,
        TierTerms inNetwork,
        TierTerms outOfNetwork,
        boolean outOfNetworkBenefit,
        TimedUnitMethod timedUnitMethod,
        List<String> coveredProviderTypes,
        CobMethod cobMethod) {

    /** A plan paying as secondary by standard COB. */
    public PlanRegistration(String planId, LocalDate effectiveFrom, String planYearStart, boolean preAuthRequired,
                            boolean referralRequired, int visitLimit, Set<Discipline> visitLimitSharedBy,
                            LiabilityBasis liabilityWhenExhausted, FamilyDeductible familyDeductible,
                            boolean copayBeforeDeductible, boolean deductibleWaivedForRehab, boolean hsaQualified,
                            List<String> coveredProcedureCodes, TierTerms inNetwork, TierTerms outOfNetwork,
                            boolean outOfNetworkBenefit, TimedUnitMethod timedUnitMethod,
                            List<String> coveredProviderTypes) {
        this(planId, effectiveFrom, planYearStart, preAuthRequired, referralRequired, visitLimit, visitLimitSharedBy,
                liabilityWhenExhausted, familyDeductible, copayBeforeDeductible, deductibleWaivedForRehab,
                hsaQualified, coveredProcedureCodes, inNetwork, outOfNetwork, outOfNetworkBenefit, timedUnitMethod,
                coveredProviderTypes, null);
    }

    /** A plan that pays every provider type. */
    public PlanRegistration(String planId, LocalDate effectiveFrom, String planYearStart, boolean preAuthRequired,
                            boolean referralRequired, int visitLimit, Set<Discipline> visitLimitSharedBy,
                            LiabilityBasis liabilityWhenExhausted, FamilyDeductible familyDeductible,
                            boolean copayBeforeDeductible, boolean deductibleWaivedForRehab, boolean hsaQualified,
                            List<String> coveredProcedureCodes, TierTerms inNetwork, TierTerms outOfNetwork,
                            boolean outOfNetworkBenefit, TimedUnitMethod timedUnitMethod) {
        this(planId, effectiveFrom, planYearStart, preAuthRequired, referralRequired, visitLimit, visitLimitSharedBy,
                liabilityWhenExhausted, familyDeductible, copayBeforeDeductible, deductibleWaivedForRehab,
                hsaQualified, coveredProcedureCodes, inNetwork, outOfNetwork, outOfNetworkBenefit, timedUnitMethod,
                null);
    }

    /** A plan with out-of-network benefits. */
    public PlanRegistration(String planId, LocalDate effectiveFrom, String planYearStart, boolean preAuthRequired,
                            boolean referralRequired, int visitLimit, Set<Discipline> visitLimitSharedBy,
                            LiabilityBasis liabilityWhenExhausted, FamilyDeductible familyDeductible,
                            boolean copayBeforeDeductible, boolean deductibleWaivedForRehab, boolean hsaQualified,
                            List<String> coveredProcedureCodes, TierTerms inNetwork, TierTerms outOfNetwork) {
        this(planId, effectiveFrom, planYearStart, preAuthRequired, referralRequired, visitLimit, visitLimitSharedBy,
                liabilityWhenExhausted, familyDeductible, copayBeforeDeductible, deductibleWaivedForRehab,
                hsaQualified, coveredProcedureCodes, inNetwork, outOfNetwork, true, null, null);
    }
}
