package org.medmassage.codesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DX-01 seen by operations: how many days of service the loaded ICD-10-CM releases still answer. */
class CodeSetHorizonTest {

    private final IcdCodeSet codeSet = IcdCodeSet.standard();

    @ParameterizedTest(name = "on {0}: {1} days left, warned {2}")
    @CsvSource({"2026-12-06, 299, false", "2027-07-02, 91, false", "2027-07-03, 90, true", "2027-09-30, 1, true",
            "2027-10-01, 0, true", "2028-01-15, 0, true"})
    void counts_the_days_of_service_left_and_warns_from_90(LocalDate today, long days, boolean warned) {
        CodeSetHorizon horizon = codeSet.horizon(today);

        assertThat(horizon.daysRemaining()).isEqualTo(days);
        assertThat(horizon.warning().isPresent()).isEqualTo(warned);
    }

    @Test
    void the_warning_says_what_to_load_and_by_when() {
        assertThat(codeSet.horizon(LocalDate.of(2027, 8, 1)).warning()).contains("ICD-10-CM ends in 61 days, with FY2027 "
                + "on 2027-09-30: load CMS's FY2028 ICD-10-CM release into code-sets (icd10cm_releases.tsv) before "
                + "2027-10-01, or every code dated from then on is refused DX-01");
        assertThat(codeSet.horizon(LocalDate.of(2027, 10, 2)).warning()).contains("ICD-10-CM ended with FY2027 on "
                + "2027-09-30: every code dated from 2027-10-01 is refused DX-01; load CMS's FY2028 ICD-10-CM release "
                + "into code-sets (icd10cm_releases.tsv)");
    }
}
