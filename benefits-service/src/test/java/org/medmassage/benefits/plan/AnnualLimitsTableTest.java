package org.medmassage.benefits.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.benefits.fixtures.Plans.terms;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmassage.codesets.problem.FieldProblem;

/** RULEBOOK §5.1 limits by year: built in for 2025 and 2026, configured for later years once published. */
class AnnualLimitsTableTest {

    private static final PlanYear YEAR_2027 = PlanYear.containing(MonthDay.of(1, 1), LocalDate.parse("2027-03-01"));
    private static final AnnualLimits FIGURES_2027 =
            AnnualLimits.of(2027, "11000.00", "22000.00", "1750.00", "3500.00", "8700.00", "17400.00");

    @Test
    void knows_the_rulebook_years_and_not_a_later_one() {
        assertThat(AnnualLimitsTable.RULEBOOK.forPlanYear(PlanYear.containing(MonthDay.of(7, 1),
                LocalDate.parse("2026-06-30")))).get().extracting(AnnualLimits::year).isEqualTo(2025);
        assertThat(AnnualLimitsTable.RULEBOOK.forPlanYear(YEAR_2027)).isEmpty();
    }

    @Test
    void a_plan_year_without_figures_is_checked_for_consistency_only() {
        PlanValidator validator = new PlanValidator();

        assertThat(validator.limitsFor(YEAR_2027)).isEmpty();
        assertThat(validator.problems(plan("10600.01"), YEAR_2027)).isEmpty();
        assertThat(validator.problems(plan("400.00"), YEAR_2027)).extracting(FieldProblem::rule)
                .containsExactly("CS-01");
    }

    @Test
    void configured_figures_for_2027_are_enforced_to_the_cent() {
        PlanValidator validator = new PlanValidator(AnnualLimitsTable.RULEBOOK.with(List.of(FIGURES_2027)));

        assertThat(validator.problems(plan("11000.00"), YEAR_2027)).isEmpty();
        assertThat(validator.problems(plan("11000.01"), YEAR_2027))
                .extracting(FieldProblem::field, FieldProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("inNetwork.outOfPocketMax", "ACA-5.1"));
        assertThat(validator.limitsFor(YEAR_2027)).contains(FIGURES_2027);
    }

    private static BenefitPlan plan(String inNetworkOutOfPocketMax) {
        return org.medmassage.benefits.fixtures.Plans.plan("P-2027", 20,
                terms("500.00", 20, "0.00", inNetworkOutOfPocketMax), terms("1000.00", 40, "0.00", null));
    }
}
