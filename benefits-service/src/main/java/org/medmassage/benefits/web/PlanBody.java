package org.medmassage.benefits.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.medmassage.benefits.plan.CobMethod;
import org.medmassage.benefits.plan.Discipline;
import org.medmassage.benefits.plan.FamilyDeductible;
import org.medmassage.benefits.plan.LiabilityBasis;
import org.medmassage.benefits.plan.PlanRegistration;
import org.medmassage.benefits.plan.TimedUnitMethod;

/**
 * {@code PUT /plans/{planId}} body; the response is the same shape plus the planId, the visit benefit group and the
 * year whose ACA/HSA limits the terms were checked against. Without effectiveFrom the terms apply
 * to every date of service (they replace all versions); with it, from that date on (earlier claims keep older terms).
 * coveredProcedureCodes: the codes the massage benefit covers; omitted, the medical-massage codes 97124 and 97140.
 * timedUnitMethod: how claims turn minutes into units, CMS_TOTAL_TIME (default) or AMA_PER_CODE (RULEBOOK §4.2).
 * outOfNetworkBenefit false (default true): an HMO/EPO-style plan without out-of-network benefit, given no outOfNetwork
 * terms; an out-of-network visit is then denied PR-242 (decision 0058). coveredProviderTypes: the NUCC taxonomy codes
 * of the rendering providers the plan pays for massage; omitted, every provider type (RULEBOOK §1.3, decision 0061).
 * cobMethod: how the plan pays as secondary, STANDARD (default) or NON_DUPLICATION (RULEBOOK §7.3, decision 0074). A malformed body is a 400; the plan's rules (a 422 naming every field) are {@code PlanPolicy}'s.
 */
public record PlanBody(
        LocalDate effectiveFrom,
        @NotNull @Pattern(regexp = "\\d{2}-\\d{2}", message = "must be a month and day MM-DD, e.g. 01-01") String planYearStart,
        @NotNull Boolean preAuthRequired,
        @NotNull Boolean referralRequired,
        @NotNull @PositiveOrZero Integer visitLimit,
        Set<Discipline> visitLimitSharedBy,
        LiabilityBasis liabilityWhenExhausted,
        FamilyDeductible familyDeductible,
        Boolean copayBeforeDeductible,
        Boolean deductibleWaivedForRehab,
        Boolean hsaQualified,
        List<@NotNull @Pattern(regexp = "[0-9]{4}[0-9A-Z]|[A-Z][0-9]{4}",
                message = "must be a CPT code such as 97124 or a HCPCS code such as G0283") String> coveredProcedureCodes,
        @NotNull @Valid TierTermsBody inNetwork,
        @Valid TierTermsBody outOfNetwork,
        Boolean outOfNetworkBenefit,
        TimedUnitMethod timedUnitMethod,
        List<@NotNull String> coveredProviderTypes,
        CobMethod cobMethod) {

    PlanRegistration toRegistration(String planId) {
        return new PlanRegistration(planId, effectiveFrom, planYearStart, preAuthRequired, referralRequired, visitLimit,
                visitLimitSharedBy, liabilityWhenExhausted, familyDeductible, isTrue(copayBeforeDeductible),
                isTrue(deductibleWaivedForRehab), isTrue(hsaQualified), coveredProcedureCodes, inNetwork.toTerms(),
                outOfNetwork == null ? null : outOfNetwork.toTerms(), !Boolean.FALSE.equals(outOfNetworkBenefit),
                timedUnitMethod, coveredProviderTypes, cobMethod);
    }

    private static boolean isTrue(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
