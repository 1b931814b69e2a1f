package org.medmassage.benefits.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.benefits.fixtures.Plans.familyTerms;
import static org.medmassage.benefits.fixtures.Plans.plan;
import static org.medmassage.benefits.fixtures.Plans.terms;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmassage.codesets.problem.FieldProblem;

/** 422-worthy plans: self-contradicting terms (CS-01, CS-04) and the ACA/HSA limits of RULEBOOK §5.1 by plan year. */
class PlanValidatorTest {

    private static final PlanYear YEAR_2026 = PlanYear.containing(MonthDay.of(1, 1), LocalDate.parse("2026-01-01"));
    private static final PlanYear YEAR_2025 = PlanYear.containing(MonthDay.of(1, 1), LocalDate.parse("2025-01-01"));
    private static final TierTerms OON = terms("2000.00", 40, "0.00", null);

    private final PlanValidator validator = new PlanValidator();

    @Test
    void an_in_network_out_of_pocket_max_at_the_2026_self_only_limit_is_accepted_one_cent_more_is_refused() {
        assertThat(problems(terms("500.00", 20, "0.00", "10600.00"), CostShareRules.STANDARD, YEAR_2026)).isEmpty();

        assertThat(problems(terms("500.00", 20, "0.00", "10600.01"), CostShareRules.STANDARD, YEAR_2026))
                .extracting(FieldProblem::field, FieldProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("inNetwork.outOfPocketMax", "ACA-5.1"));
    }

    @Test
    void the_limits_are_those_of_the_plan_year_10_000_00_is_too_high_in_2025_but_not_in_2026() {
        TierTerms in = terms("500.00", 20, "0.00", "10000.00");

        assertThat(problems(in, CostShareRules.STANDARD, YEAR_2025)).extracting(FieldProblem::rule)
                .containsExactly("ACA-5.1");
        assertThat(problems(in, CostShareRules.STANDARD, YEAR_2026)).isEmpty();
    }

    @Test
    void a_family_out_of_pocket_max_above_21_200_00_in_2026_is_refused() {
        TierTerms in = familyTerms("500.00", "1000.00", 20, "10600.00", "21200.01");

        assertThat(problems(in, CostShareRules.STANDARD, YEAR_2026)).extracting(FieldProblem::field)
                .containsExactly("inNetwork.familyOutOfPocketMax");
    }

    @Test
    void an_in_network_tier_without_an_out_of_pocket_max_is_refused() {
        assertThat(problems(terms("500.00", 20, "0.00", null), CostShareRules.STANDARD, YEAR_2026))
                .extracting(FieldProblem::field).containsExactly("inNetwork.outOfPocketMax");
    }

    @Test
    void an_hsa_plan_with_a_deductible_below_1_700_00_in_2026_is_refused() {
        CostShareRules hsa = new CostShareRules(FamilyDeductible.EMBEDDED, false, false, true);

        assertThat(problems(terms("1700.00", 20, "0.00", "8500.00"), hsa, YEAR_2026)).isEmpty();
        assertThat(problems(terms("1699.99", 20, "0.00", "8500.00"), hsa, YEAR_2026))
                .extracting(FieldProblem::field, FieldProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("inNetwork.deductible", "HSA-5.1"));
        assertThat(problems(terms("1700.00", 20, "0.00", "8500.01"), hsa, YEAR_2026))
                .extracting(FieldProblem::field).containsExactly("inNetwork.outOfPocketMax");
    }

    @Test
    void an_hsa_plan_cannot_take_a_copay_or_waive_the_deductible_before_it_is_met() {
        CostShareRules contradictory = new CostShareRules(FamilyDeductible.EMBEDDED, true, true, true);

        assertThat(problems(terms("2000.00", 20, "30.00", "8000.00"), contradictory, YEAR_2026))
                .extracting(FieldProblem::field)
                .containsExactly("copayBeforeDeductible", "deductibleWaivedForRehab");
    }

    @Test
    void an_hsa_family_plan_with_an_embedded_individual_deductible_below_3_400_00_is_refused_under_CS_04() {
        CostShareRules embedded = new CostShareRules(FamilyDeductible.EMBEDDED, false, false, true);
        CostShareRules aggregate = new CostShareRules(FamilyDeductible.AGGREGATE, false, false, true);
        TierTerms in = familyTerms("1700.00", "3400.00", 20, "8500.00", "17000.00");

        assertThat(problems(in, embedded, YEAR_2026)).extracting(FieldProblem::rule).containsExactly("CS-04");
        assertThat(problems(in, aggregate, YEAR_2026)).isEmpty();
    }

    @Test
    void family_amounts_below_the_individual_ones_contradict_themselves() {
        TierTerms in = familyTerms("1000.00", "900.00", 20, "5000.00", "4000.00");

        assertThat(problems(in, CostShareRules.STANDARD, YEAR_2026)).extracting(FieldProblem::field)
                .containsExactly("inNetwork.familyDeductible", "inNetwork.familyOutOfPocketMax");
    }

    private List<FieldProblem> problems(TierTerms in, CostShareRules rules, PlanYear year) {
        BenefitPlan plan = plan("P", VisitBenefit.massageOnly(20), in, OON, rules);
        return validator.problems(plan, year);
    }
}
