package org.medmassage.benefits.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.medmassage.codesets.TaxonomyCodeSet;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * Which plan versions may be registered: a real plan-year start (CS-03), a visit limit massage shares in (CS-06), at
 * least one covered code (CS-01 step 0, benefit exists), out-of-network terms or none at all (decision 0058), known
 * provider types (RULEBOOK §1.3, decision 0061), then {@link PlanValidator}'s consistency and ACA/HSA limits
 * for the plan year the version starts in. Every problem is reported at once.
 */
public final class PlanPolicy {

    private final PlanValidator validator;
    private final TaxonomyCodeSet taxonomies;

    /** Provider types are checked against code-sets' NUCC subset. */
    public PlanPolicy(PlanValidator validator) {
        this(validator, TaxonomyCodeSet.standard());
    }

    public PlanPolicy(PlanValidator validator, TaxonomyCodeSet taxonomies) {
        this.validator = validator;
        this.taxonomies = taxonomies;
    }

    /** {@code today} dates a version registered without effectiveFrom. */
    public PlanDecision decide(PlanRegistration registration, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        MonthDay start = planYearStart(registration.planYearStart(), problems);
        sharedByMassage(registration.visitLimitSharedBy(), problems);
        coversSomeCode(registration.coveredProcedureCodes(), problems);
        outOfNetworkTermsOrNone(registration, problems);
        knownProviderTypes(registration.coveredProviderTypes(), problems);
        BenefitPlan plan = plan(registration, start == null ? MonthDay.of(1, 1) : start);
        // the ACA/HSA figures are those of the plan year the version's terms start in
        PlanYear firstYear = plan.firstPlanYear(today);
        problems.addAll(validator.problems(plan, firstYear));
        return problems.isEmpty()
                ? new PlanDecision.Accepted(plan, validator.limitsFor(firstYear))
                : new PlanDecision.Refused(problems);
    }

    // CS-03: the plan year starts on a day of the year.
    private static MonthDay planYearStart(String text, List<FieldProblem> problems) {
        try {
            return MonthDay.parse("--" + text);
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("planYearStart", "CS-03",
                    "planYearStart " + text + " is not a day of the year (MM-DD)"));
            return null;
        }
    }

    // CS-06: the massage benefit's visit limit is shared by massage, whatever else shares it.
    private static void sharedByMassage(Set<Discipline> sharedBy, List<FieldProblem> problems) {
        if (sharedBy != null && !sharedBy.isEmpty() && !sharedBy.contains(Discipline.MASSAGE)) {
            problems.add(new FieldProblem("visitLimitSharedBy", "CS-06",
                    "the visit limit of a massage benefit must be shared by MASSAGE"));
        }
    }

    // CS-01 step 0 (benefit exists): a massage benefit covers at least one code; none given means the default two.
    private static void coversSomeCode(List<String> codes, List<FieldProblem> problems) {
        if (codes != null && codes.isEmpty()) {
            problems.add(new FieldProblem("coveredProcedureCodes", "BenefitExists",
                    "a massage benefit must cover at least one procedure code (omit it for 97124 and 97140)"));
        }
    }

    // CS-05, Example 4: an out-of-network benefit has its own terms; a plan without one (PR-242) must not carry terms
    // that would never apply, since a reader of the plan would take them for a benefit.
    private static void outOfNetworkTermsOrNone(PlanRegistration registration, List<FieldProblem> problems) {
        if (registration.outOfNetworkBenefit() && registration.outOfNetwork() == null) {
            problems.add(new FieldProblem("outOfNetwork", "CS-05",
                    "outOfNetwork terms are required unless outOfNetworkBenefit is false (no out-of-network benefit)"));
        }
        if (!registration.outOfNetworkBenefit() && registration.outOfNetwork() != null) {
            problems.add(new FieldProblem("outOfNetworkBenefit", "CS-05",
                    "a plan without out-of-network benefit (outOfNetworkBenefit false) takes no outOfNetwork terms"));
        }
    }

    // RULEBOOK §1.3: a plan lists the provider types it pays by NUCC taxonomy; a code outside the code set is a typo
    // that would silently deny every claim of that provider type, and an empty list would pay no provider at all.
    private void knownProviderTypes(List<String> codes, List<FieldProblem> problems) {
        if (codes == null) {
            return;
        }
        if (codes.isEmpty()) {
            problems.add(new FieldProblem("coveredProviderTypes", "BenefitExists", "a massage benefit must pay at"
                    + " least one provider type (omit coveredProviderTypes to pay every provider type)"));
        }
        for (int i = 0; i < codes.size(); i++) {
            if (!taxonomies.isKnown(codes.get(i))) {
                problems.add(new FieldProblem("coveredProviderTypes[" + i + "]", "NuccTaxonomy", codes.get(i)
                        + " is not a NUCC provider taxonomy code known to the plan (e.g. 225700000X massage"
                        + " therapist, 225100000X physical therapist)"));
            }
        }
    }

    /** The plan as registered, built even when refused so that every problem is found at once. */
    private static BenefitPlan plan(PlanRegistration registration, MonthDay start) {
        List<String> codes = registration.coveredProcedureCodes();
        return new BenefitPlan(registration.planId(), registration.effectiveFrom(), start,
                registration.preAuthRequired(), registration.referralRequired(),
                new VisitBenefit(registration.visitLimit(), withMassage(registration.visitLimitSharedBy()),
                        registration.liabilityWhenExhausted()),
                registration.inNetwork(), registration.outOfNetworkBenefit() ? registration.outOfNetwork() : null,
                new CostShareRules(registration.familyDeductible(), registration.copayBeforeDeductible(),
                        registration.deductibleWaivedForRehab(), registration.hsaQualified(),
                        registration.cobMethod()),
                codes == null || codes.isEmpty() ? null : new CoveredServices(Set.copyOf(codes)),
                registration.timedUnitMethod(), CoveredProviderTypes.of(registration.coveredProviderTypes()));
    }

    private static Set<Discipline> withMassage(Set<Discipline> sharedBy) {
        Set<Discipline> all = EnumSet.of(Discipline.MASSAGE);
        if (sharedBy != null) {
            all.addAll(sharedBy);
        }
        return all;
    }
}
