package org.medmassage.benefits.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.medmassage.benefits.plan.PlanYear;

/** CS-03 with mid-year plan changes: which dates of service count together with a given date's. */
class AccumulationWindowTest {

    private static final PlanYear YEAR_2026 = PlanYear.containing(MonthDay.of(1, 1), LocalDate.parse("2026-05-01"));

    private final Coverage january = period("M-1", "2026-01-01", "2026-06-30", true);
    private final Coverage julyCarryingOver = period("M-1", "2026-07-01", "2026-12-31", true);
    private final Coverage julyAfresh = period("M-1", "2026-07-01", "2026-09-30", false);
    private final Coverage october = period("M-1", "2026-10-01", null, true);

    @Test
    void a_plan_change_that_carries_the_accumulators_over_counts_the_whole_plan_year() {
        List<Coverage> periods = List.of(january, julyCarryingOver);

        assertThat(window(periods, "2026-03-02")).isEqualTo(window("2026-01-01", "2026-12-31"));
        assertThat(window(periods, "2026-08-03")).isEqualTo(window("2026-01-01", "2026-12-31"));
    }

    @ParameterizedTest(name = "{0} counts with {1}..{2}")
    @CsvSource({
            "2026-03-02, 2026-01-01, 2026-06-30",
            "2026-06-30, 2026-01-01, 2026-06-30",
            "2026-07-01, 2026-07-01, 2026-12-31",
            "2026-11-15, 2026-07-01, 2026-12-31"})
    void a_period_that_starts_afresh_cuts_the_plan_year_and_a_later_carrying_period_keeps_the_restart(
            LocalDate dateOfService, LocalDate start, LocalDate end) {
        assertThat(AccumulationWindow.of(YEAR_2026, dateOfService, List.of(january, julyAfresh, october)))
                .isEqualTo(new AccumulationWindow(start, end));
    }

    @Test
    void a_restart_in_an_earlier_plan_year_or_on_the_plan_year_start_changes_nothing() {
        List<Coverage> periods = List.of(period("M-1", "2025-11-01", "2025-12-31", false),
                period("M-1", "2026-01-01", null, false));

        assertThat(window(periods, "2026-05-01")).isEqualTo(window("2026-01-01", "2026-12-31"));
    }

    @Test
    void in_family_coverage_one_member_s_restart_restarts_the_family_for_every_member() {
        Coverage spouseAfresh = period("M-2", "2026-07-01", null, false);
        List<Coverage> family = List.of(january, julyCarryingOver, period("M-2", "2026-01-01", "2026-06-30", true),
                spouseAfresh);

        assertThat(window(family, "2026-08-03")).isEqualTo(window("2026-07-01", "2026-12-31"));
        assertThat(window(family, "2026-02-10")).isEqualTo(window("2026-01-01", "2026-06-30"));
    }

    private static AccumulationWindow window(List<Coverage> periods, String dateOfService) {
        return AccumulationWindow.of(YEAR_2026, LocalDate.parse(dateOfService), periods);
    }

    private static Coverage period(String member, String from, String to, boolean carryOver) {
        return new Coverage(member, "PLAN", LocalDate.parse(from), to == null ? null : LocalDate.parse(to), "F-1",
                Relationship.SUBSCRIBER, carryOver);
    }

    private static AccumulationWindow window(String start, String end) {
        return new AccumulationWindow(LocalDate.parse(start), LocalDate.parse(end));
    }
}
