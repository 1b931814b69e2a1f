package org.medmassage.codesets.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FederalHolidaysTest {

    @Test
    void lists_the_eleven_holidays_of_2026_as_observed() {
        assertThat(FederalHolidays.observedIn(2026)).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 16),
                LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 19),
                LocalDate.of(2026, 7, 3), // July 4 is a Saturday
                LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 11),
                LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 25));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2026-11-26, true,  Thanksgiving 2026",
            "2026-11-27, false, the day after Thanksgiving is a working day",
            "2026-07-03, true,  Independence Day 2026 on a Saturday: the Friday before",
            "2026-07-04, false, the Saturday itself is a weekend day, not the observed holiday",
            "2027-06-18, true,  Juneteenth 2027 on a Saturday: the Friday before",
            "2027-07-05, true,  Independence Day 2027 on a Sunday: the Monday after",
            "2027-12-24, true,  Christmas 2027 on a Saturday: the Friday before",
            "2027-12-31, true,  New Year's Day 2028 on a Saturday: Dec 31 of the year before",
            "2020-06-19, false, Juneteenth before it was enacted in 2021",
            "2021-06-18, true,  Juneteenth 2021 on a Saturday: the Friday before",
    })
    void knows_the_day_a_holiday_is_observed(LocalDate day, boolean holiday, String why) {
        assertThat(FederalHolidays.isHoliday(day)).as(why).isEqualTo(holiday);
    }
}
