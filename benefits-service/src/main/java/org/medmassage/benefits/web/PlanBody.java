package org.medmassage.benefits.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.benefits.plan.CostShareRules;
import org.medmassage.benefits.plan.CoveredServices;
import org.medmassage.benefits.plan.Discipline;
import org.medmassage.benefits.plan.FamilyDeductible;
import org.medmassage.benefits.plan.LiabilityBasis;
import org.medmassage.benefits.plan.PlanValidator;
import org.medmassage.benefits.plan.VisitBenefit;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.web.RequestRejectedException;

/**
 * {@code PUT /plans/{planId}} body; the response is the same shape plus the planId, the visit benefit group and the
 * year whose ACA/HSA limits the terms were checked against. Without effectiveFrom the terms apply
 * to every date of service (they replace all versions); with it, from that date on (earlier claims keep older terms).
 * coveredProcedureCodes: the codes the massage benefit covers; omitted, the medical-massage codes 97124 and 97140.
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
        @NotNull @Valid TierTermsBody outOfNetwork) {

    /** Well-formed but against the rules ⇒ 422 naming every field at once. {@code today} dates a dateless version. */
    BenefitPlan toPlan(String planId, LocalDate today, PlanValidator validator) {
        List<FieldProblem> problems = new ArrayList<>();
        MonthDay start = monthDay(problems);
        if (visitLimitSharedBy != null && !visitLimitSharedBy.isEmpty() && !visitLimitSharedBy.contains(Discipline.MASSAGE)) {
            problems.add(new FieldProblem("visitLimitSharedBy", "CS-06",
                    "the visit limit of a massage benefit must be shared by MASSAGE"));
        }
        if (coveredProcedureCodes != null && coveredProcedureCodes.isEmpty()) {
            problems.add(new FieldProblem("coveredProcedureCodes", "BenefitExists",
                    "a massage benefit must cover at least one procedure code (omit it for 97124 and 97140)"));
        }
        BenefitPlan plan = new BenefitPlan(planId, effectiveFrom, start == null ? MonthDay.of(1, 1) : start,
                preAuthRequired, referralRequired,
                new VisitBenefit(visitLimit, withMassage(visitLimitSharedBy), liabilityWhenExhausted),
                inNetwork.toTerms(), outOfNetwork.toTerms(),
                new CostShareRules(familyDeductible, isTrue(copayBeforeDeductible), isTrue(deductibleWaivedForRehab),
                        isTrue(hsaQualified)),
                coveredProcedureCodes == null || coveredProcedureCodes.isEmpty() ? null
                        : new CoveredServices(Set.copyOf(coveredProcedureCodes)));
        // the ACA/HSA figures are those of the plan year the version's terms start in
        problems.addAll(validator.problems(plan, plan.firstPlanYear(today)));
        if (!problems.isEmpty()) {
            throw RequestRejectedException.unprocessable("Plan cannot be registered", problems);
        }
        return plan;
    }

    private MonthDay monthDay(List<FieldProblem> problems) {
        try {
            return MonthDay.parse("--" + planYearStart);
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("planYearStart", "CS-03",
                    "planYearStart " + planYearStart + " is not a day of the year (MM-DD)"));
            return null;
        }
    }

    private static Set<Discipline> withMassage(Set<Discipline> sharedBy) {
        if (sharedBy == null || sharedBy.isEmpty()) {
            return Set.of(Discipline.MASSAGE);
        }
        Set<Discipline> all = new java.util.HashSet<>(sharedBy);
        all.add(Discipline.MASSAGE);
        return all;
    }

    private static boolean isTrue(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
