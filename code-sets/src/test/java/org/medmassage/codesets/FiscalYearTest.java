package org.medmassage.codesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DX-01: FY N covers dates of service Oct 1 (N-1) … Sep 30 N. */
class FiscalYearTest {

    @ParameterizedTest(name = "{0} is in FY{1}")
    @CsvSource({"2025-10-01, 2026", "2026-03-02, 2026", "2026-09-30, 2026", "2026-10-01, 2027",
            "2021-09-30, 2021", "2021-10-01, 2022", "2020-12-31, 2021"})
    void a_date_of_service_belongs_to_the_fiscal_year_that_started_the_october_before(LocalDate dos, int year) {
        FiscalYear fiscalYear = FiscalYear.of(dos);

        assertThat(fiscalYear.year()).isEqualTo(year);
        assertThat(fiscalYear.start()).isEqualTo(LocalDate.of(year - 1, 10, 1));
        assertThat(fiscalYear.end()).isEqualTo(LocalDate.of(year, 9, 30));
        assertThat(fiscalYear).hasToString("FY" + year);
    }
}
