package org.medmassage.codesets.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessDaysTest {

    @ParameterizedTest(name = "{0} + {1} business days = {2} ({3})")
    @CsvSource({
            "2026-11-25, 1, 2026-11-27, the Wednesday before Thanksgiving: Thursday is the holiday",
            "2026-11-25, 3, 2026-12-01, over Thanksgiving and a weekend",
            "2026-03-13, 1, 2026-03-16, a Friday: the weekend is skipped",
            "2026-07-02, 1, 2026-07-06, a Thursday before Independence Day observed on Friday July 3",
            "2026-03-14, 1, 2026-03-16, from a Saturday",
            "2026-03-10, 0, 2026-03-10, no days: the day itself",
    })
    void counts_business_days_after_a_day(LocalDate from, int count, LocalDate expected, String why) {
        assertThat(BusinessDays.after(from, count)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} to {1}: {2} ({3})")
    @CsvSource({
            "2026-11-25, 2026-12-10, 10, over Thanksgiving",
            "2026-11-25, 2026-12-09, 9,  one short",
            "2026-03-13, 2026-03-14, 0,  to a Saturday",
            "2026-03-13, 2026-03-16, 1,  to the Monday after",
            "2026-03-16, 2026-03-16, 0,  the same day",
            "2026-03-16, 2026-03-13, 0,  a day before",
    })
    void counts_the_business_days_from_one_day_to_another(LocalDate from, LocalDate to, int expected, String why) {
        assertThat(BusinessDays.between(from, to)).as(why).isEqualTo(expected);
    }

    @Test
    void a_weekend_day_and_a_holiday_are_not_business_days() {
        assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 11, 26))).isFalse();
        assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 11, 28))).isFalse();
        assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 11, 27))).isTrue();
    }

    @Test
    void refuses_a_negative_count() {
        assertThatThrownBy(() -> BusinessDays.after(LocalDate.of(2026, 3, 10), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
