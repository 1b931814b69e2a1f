package org.medmassage.benefits.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CS-03: the date of service selects the plan year; it resets on the plan-year start. */
class PlanYearTest {

    @ParameterizedTest(name = "start {0}, DOS {1} -> {2}..{3}")
    @CsvSource({
            "--01-01, 2025-12-30, 2025-01-01, 2025-12-31",
            "--01-01, 2026-01-01, 2026-01-01, 2026-12-31",
            "--01-01, 2026-03-10, 2026-01-01, 2026-12-31",
            "--07-01, 2026-03-10, 2025-07-01, 2026-06-30",
            "--07-01, 2026-06-30, 2025-07-01, 2026-06-30",
            "--07-01, 2026-07-01, 2026-07-01, 2027-06-30",
            "--02-29, 2025-03-01, 2025-02-28, 2026-02-27",
            "--02-29, 2028-02-29, 2028-02-29, 2029-02-27"})
    void selects_the_plan_year_containing_the_date_of_service(String start, LocalDate dos, LocalDate from, LocalDate to) {
        PlanYear year = PlanYear.containing(MonthDay.parse(start), dos);

        assertThat(year).isEqualTo(new PlanYear(from, to));
        assertThat(year.contains(dos)).isTrue();
    }
}
