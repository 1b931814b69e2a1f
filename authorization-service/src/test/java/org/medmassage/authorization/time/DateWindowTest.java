package org.medmassage.authorization.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateWindowTest {

    private final DateWindow sixWeeks = DateWindow.of(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-04-12"));

    @Test
    void six_weeks_written_2026_03_02_are_42_days_including_both_ends_MN_04() {
        assertThat(sixWeeks.days()).isEqualTo(42);
        assertThat(sixWeeks.contains(LocalDate.parse("2026-03-02"))).isTrue();
        assertThat(sixWeeks.contains(LocalDate.parse("2026-04-12"))).isTrue();
        assertThat(sixWeeks.contains(LocalDate.parse("2026-04-13"))).isFalse();
        assertThat(sixWeeks.contains(LocalDate.parse("2026-03-01"))).isFalse();
    }

    @Test
    void a_later_start_keeps_the_end_and_a_start_after_the_end_leaves_nothing() {
        assertThat(sixWeeks.startingNoEarlierThan(LocalDate.parse("2026-04-06")))
                .contains(DateWindow.of(LocalDate.parse("2026-04-06"), LocalDate.parse("2026-04-12")));
        assertThat(sixWeeks.startingNoEarlierThan(LocalDate.parse("2026-02-01"))).contains(sixWeeks);
        assertThat(sixWeeks.startingNoEarlierThan(LocalDate.parse("2026-04-13"))).isEmpty();
    }

    @Test
    void cannot_end_before_it_starts() {
        assertThatThrownBy(() -> DateWindow.of(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
