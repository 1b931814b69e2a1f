package org.medmassage.benefits.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * Refuses plans that contradict themselves or the ACA/HSA limits of RULEBOOK §5.1 for the plan year their version
 * starts in. Every problem is reported at once.
 */
public final class PlanValidator {

    static final String ACA = "ACA-5.1";
    static final String HSA = "HSA-5.1";

    private final AnnualLimitsTable limits;

    /** Checks against the limits of RULEBOOK §5.1 only. */
    public PlanValidator() {
        this(AnnualLimitsTable.RULEBOOK);
    }

    public PlanValidator(AnnualLimitsTable limits) {
        this.limits = limits;
    }

    /** The limits a plan year is checked against; empty when no figures are known for its year. */
    public Optional<AnnualLimits> limitsFor(PlanYear planYear) {
        return limits.forPlanYear(planYear);
    }

    /** {@code planYear}: the plan year the version's terms first apply to (selects the year's limits). */
    public List<FieldProblem> problems(BenefitPlan plan, PlanYear planYear) {
        List<FieldProblem> problems = new ArrayList<>();
        consistent("inNetwork", plan.inNetwork(), problems);
        if (plan.coversOutOfNetwork()) {
            consistent("outOfNetwork", plan.outOfNetwork(), problems);
        }
        if (plan.inNetwork().outOfPocketMax() == null) {
            problems.add(new FieldProblem("inNetwork.outOfPocketMax", ACA,
                    "an in-network out-of-pocket maximum is required (ACA limit on in-network cost sharing)"));
        }
        limitsFor(planYear).ifPresent(yearLimits -> {
            withinAca(plan.inNetwork(), yearLimits, problems);
            if (plan.rules().hsaQualified()) {
                withinHsa(plan, yearLimits, problems);
            }
        });
        if (plan.rules().hsaQualified()) {
            hsaCostShareOrder(plan.rules(), problems);
        }
        return problems;
    }

    // The deductible counts toward the out-of-pocket maximum (CS-01 step 7), so a smaller maximum could never be met;
    // a family amount below the individual one would make the individual amount meaningless (CS-04).
    private static void consistent(String tier, TierTerms terms, List<FieldProblem> problems) {
        below(terms.outOfPocketMax(), terms.deductible(), tier + ".outOfPocketMax", "CS-01",
                "is below the deductible", problems);
        below(terms.familyDeductible(), terms.deductible(), tier + ".familyDeductible", "CS-04",
                "is below the individual deductible", problems);
        below(terms.familyOutOfPocketMax(), terms.outOfPocketMax(), tier + ".familyOutOfPocketMax", "CS-04",
                "is below the individual out-of-pocket maximum", problems);
        below(terms.familyOutOfPocketMax(), terms.familyDeductible(), tier + ".familyOutOfPocketMax", "CS-01",
                "is below the family deductible", problems);
    }

    private static void withinAca(TierTerms in, AnnualLimits limits, List<FieldProblem> problems) {
        above(in.outOfPocketMax(), limits.acaOutOfPocketSelf(), "inNetwork.outOfPocketMax", ACA,
                "the " + limits.year() + " self-only limit (every member's embedded limit, Example 9)", problems);
        above(in.familyOutOfPocketMax(), limits.acaOutOfPocketFamily(), "inNetwork.familyOutOfPocketMax", ACA,
                "the " + limits.year() + " other-than-self-only limit", problems);
    }

    private static void withinHsa(BenefitPlan plan, AnnualLimits limits, List<FieldProblem> problems) {
        TierTerms in = plan.inNetwork();
        below(in.deductible(), limits.hsaMinDeductibleSelf(), "inNetwork.deductible", HSA,
                "is below the " + limits.year() + " HSA-HDHP minimum deductible", problems);
        below(in.familyDeductible(), limits.hsaMinDeductibleFamily(), "inNetwork.familyDeductible", HSA,
                "is below the " + limits.year() + " HSA-HDHP family minimum", problems);
        above(in.outOfPocketMax(), limits.hsaOutOfPocketSelf(), "inNetwork.outOfPocketMax", HSA,
                "the " + limits.year() + " HSA-HDHP self-only maximum", problems);
        above(in.familyOutOfPocketMax(), limits.hsaOutOfPocketFamily(), "inNetwork.familyOutOfPocketMax", HSA,
                "the " + limits.year() + " HSA-HDHP family maximum", problems);
        // CS-04: in family coverage the embedded individual deductible is what a member must meet before benefits
        if (in.familyDeductible() != null && plan.rules().familyDeductible() == FamilyDeductible.EMBEDDED) {
            below(in.deductible(), limits.hsaMinDeductibleFamily(), "inNetwork.deductible", "CS-04",
                    "is an embedded individual deductible below the " + limits.year() + " HSA-HDHP family minimum", problems);
        }
    }

    // HSA-HDHP: no copay or coinsurance-only benefit before the deductible for non-preventive care (CS-01 step 2).
    private static void hsaCostShareOrder(CostShareRules rules, List<FieldProblem> problems) {
        if (rules.copayBeforeDeductible()) {
            problems.add(new FieldProblem("copayBeforeDeductible", HSA,
                    "an HSA-qualified HDHP cannot take a copay before the deductible is met"));
        }
        if (rules.deductibleWaivedForRehab()) {
            problems.add(new FieldProblem("deductibleWaivedForRehab", HSA,
                    "an HSA-qualified HDHP cannot waive the deductible for rehab visits (not preventive care)"));
        }
    }

    private static void below(BigDecimal amount, BigDecimal floor, String field, String rule, String why,
                              List<FieldProblem> problems) {
        if (amount != null && floor != null && amount.compareTo(floor) < 0) {
            problems.add(new FieldProblem(field, rule, field + " " + amount + " " + why + " " + floor));
        }
    }

    private static void above(BigDecimal amount, BigDecimal ceiling, String field, String rule, String limit,
                              List<FieldProblem> problems) {
        if (amount != null && amount.compareTo(ceiling) > 0) {
            problems.add(new FieldProblem(field, rule, field + " " + amount + " is above " + limit + " " + ceiling));
        }
    }
}
