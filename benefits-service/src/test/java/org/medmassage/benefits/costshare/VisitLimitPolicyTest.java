package org.medmassage.benefits.costshare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medmassage.codesets.remittance.AdjustmentGroup;

/** CS-06, rows from RULEBOOK Example 5 and checklist item 6 (limit 20 visits per plan year). */
class VisitLimitPolicyTest {

    private final VisitLimitPolicy policy = new VisitLimitPolicy();

    @ParameterizedTest(name = "{0} used of 20 -> covered, becomes {1}/20")
    @CsvSource({"5, 6", "18, 19", "19, 20"})
    void covers_and_counts_a_visit_within_the_limit(int used, int usedAfter) {
        assertThat(policy.decide(20, used, false)).isEqualTo(new VisitDecision.Covered(usedAfter, true));
    }

    @Test
    void denies_the_21st_visit_with_PR_119_and_N640() {
        VisitDecision decision = policy.decide(20, 20, false);

        assertThat(decision).isInstanceOfSatisfying(VisitDecision.OverLimit.class, over -> {
            assertThat(over.rejection().group()).isEqualTo(AdjustmentGroup.PR);
            assertThat(over.rejection().carc()).isEqualTo("119");
            assertThat(over.rejection().rarc()).isEqualTo("N640");
            assertThat(over.visitsUsed()).isEqualTo(20);
            assertThat(over.visitLimit()).isEqualTo(20);
        });
    }

    @Test
    void a_date_of_service_already_counted_is_covered_without_counting_again() {
        assertThat(policy.decide(20, 20, true)).isEqualTo(new VisitDecision.Covered(20, false));
    }

    @Test
    void a_plan_with_no_covered_visits_denies_the_first() {
        assertThat(policy.decide(0, 0, false)).isInstanceOf(VisitDecision.OverLimit.class);
    }
}
