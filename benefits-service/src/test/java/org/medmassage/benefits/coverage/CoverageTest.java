package org.medmassage.benefits.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageTest {

    @ParameterizedTest(name = "{0}..{1} covers {2}: {3}")
    @CsvSource({
            "2026-01-01, 2026-12-31, 2026-01-01, true",
            "2026-01-01, 2026-12-31, 2026-12-31, true",
            "2026-01-01, 2026-12-31, 2025-12-31, false",
            "2026-01-01, 2026-12-31, 2027-01-01, false",
            "2026-01-01,           , 2030-06-30, true"})
    void covers_dates_of_service_between_both_ends_inclusive(LocalDate from, LocalDate to, LocalDate dos, boolean covered) {
        assertThat(new Coverage("M-1", "GOLD-PPO", from, to).coversOn(dos)).isEqualTo(covered);
    }

    @Test
    void refuses_a_coverage_that_ends_before_it_starts() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new Coverage("M-1", "GOLD-PPO", LocalDate.parse("2026-02-01"), LocalDate.parse("2026-01-31")));
    }
}
