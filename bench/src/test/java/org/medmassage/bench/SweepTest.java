package org.medmassage.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepTest {

    @Test
    void a_rate_with_p99_within_a_second_and_a_steady_backlog_is_sustained() {
        assertThat(new Sweep.Step(100, 6_000, 1_000, 40, 60).shortfall()).isEmpty();
    }

    @Test
    void a_p99_over_a_second_stops_the_sweep() {
        assertThat(new Sweep.Step(100, 6_000, 1_000.1, 40, 40).shortfall()).hasValueSatisfying(
                reason -> assertThat(reason).contains("p99 1000.1 ms"));
    }

    @Test
    void a_backlog_grown_by_more_than_one_second_of_arrivals_stops_the_sweep() {
        assertThat(new Sweep.Step(200, 6_000, 300, 100, 300).shortfall()).isEmpty();
        assertThat(new Sweep.Step(200, 6_000, 300, 100, 301).backlogGrew()).isTrue();
        assertThat(new Sweep.Step(200, 6_000, 300, 100, 301).shortfall()).hasValueSatisfying(
                reason -> assertThat(reason).contains("backlog grew by 201"));
    }

    @Test
    void at_low_rates_ten_claims_of_backlog_growth_are_noise() {
        assertThat(new Sweep.Step(6, 300, 200, 0, 10).shortfall()).isEmpty();
        assertThat(new Sweep.Step(6, 300, 200, 0, 11).shortfall()).isPresent();
    }

    @Test
    void a_window_that_finished_no_claim_is_not_sustained_even_with_no_latency_recorded() {
        assertThat(new Sweep.Step(50, 0, 0, 0, 0).shortfall()).hasValue(
                "no claim scheduled in the window was adjudicated");
    }

    @Test
    void reports_the_highest_sustained_rate_or_none() {
        List<Sweep.Step> steps = List.of(new Sweep.Step(50, 3_000, 200, 0, 0),
                new Sweep.Step(100, 6_000, 600, 0, 5), new Sweep.Step(200, 9_000, 4_000, 0, 5_000));

        assertThat(Sweep.highestSustained(steps)).hasValue(100.0);
        assertThat(Sweep.highestSustained(steps.subList(2, 3))).isEmpty();
    }

    @Test
    void counts_the_claims_due_on_a_fixed_schedule_whether_sent_or_not() {
        long second = 1_000_000_000L;
        // 10 claims/s from t=0 to t=2 s: due at 0, 0.1, … 1.9
        assertThat(Sweep.due(0, second / 10, 2 * second, -1)).isZero();
        assertThat(Sweep.due(0, second / 10, 2 * second, 0)).isEqualTo(1);
        assertThat(Sweep.due(0, second / 10, 2 * second, second)).isEqualTo(11);
        assertThat(Sweep.due(0, second / 10, 2 * second, 5 * second)).isEqualTo(20);
        assertThat(Sweep.due(0, 0, 2 * second, second)).as("closed loop: no schedule").isZero();
    }

    @Test
    void parses_the_rates_in_the_order_given_and_refuses_a_rate_that_is_not_positive() {
        assertThat(Sweep.parseRates("50,100, 200")).containsExactly(50.0, 100.0, 200.0);
        assertThatThrownBy(() -> Sweep.parseRates("50,0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sweep.parseRates("50,x")).isInstanceOf(IllegalArgumentException.class);
    }
}
