package org.medmassage.authorization.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DecisionTurnaroundTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void expedited_requests_are_due_within_72_hours_PA_02() {
        assertThat(DecisionTurnaround.erisaGroupPlan().dueAt(RECEIVED, Priority.EXPEDITED))
                .isEqualTo(Instant.parse("2026-03-05T09:00:00Z"));
        assertThat(DecisionTurnaround.cmsImpactedPayer().dueAt(RECEIVED, Priority.EXPEDITED))
                .isEqualTo(Instant.parse("2026-03-05T09:00:00Z"));
    }

    @Test
    void standard_requests_of_an_ERISA_group_plan_are_due_within_15_days_PA_02() {
        assertThat(DecisionTurnaround.erisaGroupPlan().dueAt(RECEIVED, Priority.STANDARD))
                .isEqualTo(Instant.parse("2026-03-17T09:00:00Z"));
    }

    @Test
    void standard_requests_of_a_CMS_impacted_payer_are_due_within_7_calendar_days_PA_02() {
        assertThat(DecisionTurnaround.cmsImpactedPayer().dueAt(RECEIVED, Priority.STANDARD))
                .isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
    }

    @Test
    void a_state_clock_can_be_configured() {
        DecisionTurnaround state = new DecisionTurnaround(Duration.ofHours(24), Duration.ofDays(5));

        assertThat(state.dueAt(RECEIVED, Priority.STANDARD)).isEqualTo(Instant.parse("2026-03-07T09:00:00Z"));
        assertThatThrownBy(() -> new DecisionTurnaround(Duration.ZERO, Duration.ofDays(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
