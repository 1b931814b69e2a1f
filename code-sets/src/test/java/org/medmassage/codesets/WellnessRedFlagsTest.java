package org.medmassage.codesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MN-07: valid wellness codes that do not establish medical necessity; and titles for messages. */
class WellnessRedFlagsTest {

    private final WellnessRedFlags redFlags = WellnessRedFlags.defaults();

    @ParameterizedTest(name = "{0} is a wellness red flag, yet billable")
    @CsvSource({"Z73.3", "Z733", "R53.83", "Z00.00", "z0000"})
    void flags_stress_fatigue_and_general_exam(String code) {
        assertThat(redFlags.isRedFlag(code)).isTrue();
        assertThat(IcdCodeSet.standard().isBillable(code, LocalDate.of(2026, 3, 2))).isTrue();
    }

    @ParameterizedTest(name = "{0} is no red flag")
    @CsvSource({"M54.50", "M79.7", "Z73", "not-a-code"})
    void does_not_flag_supporting_diagnoses(String code) {
        assertThat(redFlags.isRedFlag(code)).isFalse();
    }

    @Test
    void the_default_list_is_the_three_rulebook_codes_and_a_plan_may_configure_its_own() {
        assertThat(redFlags.codes()).extracting(IcdCode::dotted).containsExactlyInAnyOrder("Z73.3", "R53.83", "Z00.00");
        assertThat(new WellnessRedFlags(List.of("Z71.89")).isRedFlag("Z71.89")).isTrue();
    }

    @Test
    void knows_the_titles_of_the_domain_codes() {
        IcdTitles titles = IcdTitles.standard();

        assertThat(titles.title("M54.50")).contains("Low back pain, unspecified");
        assertThat(titles.title("M545")).contains("Low back pain");
        assertThat(titles.title("Z73.3")).contains("Stress, not elsewhere classified");
        assertThat(titles.title("A00.0")).isEmpty();
    }
}
