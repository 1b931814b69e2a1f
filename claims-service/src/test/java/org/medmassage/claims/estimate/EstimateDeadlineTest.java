package org.medmassage.claims.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ALT-04 (45 CFR 149.610(b)(1)(vi)) and RULEBOOK §9 item 10: when a Good Faith Estimate is due. */
class EstimateDeadlineTest {

    @ParameterizedTest(name = "{0} on {1}, first session {2}: {3} by {4} ({5})")
    @CsvSource({
            // RULEBOOK §9 item 10: 10 business days out → 3 business days; over Thanksgiving 2026-11-26 and a weekend
            "SCHEDULED, 2026-11-25, 2026-12-10, SCHEDULED_10_BUSINESS_DAYS_AHEAD, 2026-12-01, Wednesday before Thanksgiving: Fri 27 / Mon 30 / Tue 1",
            "SCHEDULED, 2026-11-25, 2026-12-09, SCHEDULED_3_BUSINESS_DAYS_AHEAD, 2026-11-27, 9 business days ahead: 1 business day over the holiday",
            "SCHEDULED, 2026-11-25, 2026-12-01, SCHEDULED_3_BUSINESS_DAYS_AHEAD, 2026-11-27, exactly 3 business days ahead",
            "SCHEDULED, 2026-11-25, 2026-11-30, SCHEDULED_UNDER_3_BUSINESS_DAYS_AHEAD, 2026-12-01, 2 business days ahead: as on request",
            "SCHEDULED, 2026-03-13, 2026-03-18, SCHEDULED_3_BUSINESS_DAYS_AHEAD, 2026-03-16, a Friday: the weekend is skipped",
            "SCHEDULED, 2026-03-13, 2026-03-27, SCHEDULED_10_BUSINESS_DAYS_AHEAD, 2026-03-18, a Friday 10 business days ahead",
            "SCHEDULED, 2026-07-02, 2026-07-20, SCHEDULED_10_BUSINESS_DAYS_AHEAD, 2026-07-08, over Independence Day observed Friday July 3",
            "SCHEDULED, 2026-03-16, 2026-03-16, SCHEDULED_UNDER_3_BUSINESS_DAYS_AHEAD, 2026-03-19, the same day",
            "REQUESTED, 2026-11-25, 2027-01-12, REQUESTED, 2026-12-01, asked on the Wednesday before Thanksgiving",
            "REQUESTED, 2026-03-13, 2026-03-16, REQUESTED, 2026-03-18, asked on a Friday",
    })
    void is_due_by_the_rule_of_how_far_ahead_the_first_session_was_scheduled(Trigger.Kind kind, LocalDate on,
            LocalDate firstSession, DueRule rule, LocalDate dueBy, String why) {
        EstimateDeadline deadline = EstimateDeadline.of(new Trigger(kind, on), firstSession);

        assertThat(deadline).as(why).isEqualTo(new EstimateDeadline(rule, dueBy));
    }

    @Test
    void is_met_on_the_day_it_is_due_and_not_the_day_after() {
        EstimateDeadline deadline = EstimateDeadline.of(Trigger.scheduledOn(LocalDate.of(2026, 11, 25)),
                LocalDate.of(2026, 12, 10));

        assertThat(deadline.metBy(LocalDate.of(2026, 11, 25))).isTrue();
        assertThat(deadline.metBy(LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(deadline.metBy(LocalDate.of(2026, 12, 2))).isFalse();
    }
}
