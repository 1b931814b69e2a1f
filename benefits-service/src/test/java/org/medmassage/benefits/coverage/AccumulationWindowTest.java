package org.medmassage.benefits.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmassage.benefits.plan.PlanYear;

/** CS-03 with mid-year plan changes: which dates of service count toward a period's accumulators. */
class AccumulationWindowTest {

    private static final PlanYear YEAR_2026 = PlanYear.containing(MonthDay.of(1, 1), LocalDate.parse("2026-05-01"));

    private final Coverage january = period("2026-01-01", "2026-06-30", true);
    private final Coverage julyCarryingOver = period("2026-07-01", "2026-12-31", true);
    private final Coverage julyAfresh = period("2026-07-01", "2026-09-30", false);
    private final Coverage october = period("2026-10-01", null, true);

    @Test
    void a_plan_change_that_carries_the_accumulators_over_counts_the_whole_plan_year_for_both_periods() {
        List<Coverage> periods = List.of(january, julyCarryingOver);

        assertThat(AccumulationWindow.of(YEAR_2026, january, periods)).isEqualTo(window("2026-01-01", "2026-12-31"));
        assertThat(AccumulationWindow.of(YEAR_2026, julyCarryingOver, periods)).isEqualTo(window("2026-01-01", "2026-12-31"));
    }

    @Test
    void a_period_that_starts_afresh_splits_the_plan_year_and_a_later_carrying_period_keeps_the_restart() {
        List<Coverage> periods = List.of(january, julyAfresh, october);

        assertThat(AccumulationWindow.of(YEAR_2026, january, periods)).isEqualTo(window("2026-01-01", "2026-06-30"));
        assertThat(AccumulationWindow.of(YEAR_2026, julyAfresh, periods)).isEqualTo(window("2026-07-01", "2026-12-31"));
        assertThat(AccumulationWindow.of(YEAR_2026, october, periods)).isEqualTo(window("2026-07-01", "2026-12-31"));
    }

    @Test
    void a_restart_in_an_earlier_plan_year_or_on_the_plan_year_start_changes_nothing() {
        Coverage lastNovember = period("2025-11-01", null, false);
        Coverage newYear = period("2026-01-01", null, false);

        assertThat(AccumulationWindow.of(YEAR_2026, lastNovember, List.of(lastNovember)))
                .isEqualTo(window("2026-01-01", "2026-12-31"));
        assertThat(AccumulationWindow.of(YEAR_2026, newYear, List.of(newYear)))
                .isEqualTo(window("2026-01-01", "2026-12-31"));
    }

    private static Coverage period(String from, String to, boolean carryOver) {
        return new Coverage("M-1", "PLAN", LocalDate.parse(from), to == null ? null : LocalDate.parse(to), null,
                Relationship.SUBSCRIBER, carryOver);
    }

    private static AccumulationWindow window(String start, String end) {
        return new AccumulationWindow(LocalDate.parse(start), LocalDate.parse(end));
    }
}
