package org.medmassage.codesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DX-06: stored without the dot, rendered with the dot after the 3rd character. */
class IcdCodeTest {

    @ParameterizedTest(name = "{0} is stored {1} and shown {2}")
    @CsvSource(delimiter = '|', textBlock = """
            M54.50   | M5450   | M54.50
            M5450    | M5450   | M54.50
            m54.5    | M545    | M54.5
            R51      | R51     | R51
            S13.4XXA | S134XXA | S13.4XXA
            ' Z733 ' | Z733    | Z73.3
            """)
    void stores_without_dot_and_renders_with_dot(String input, String stored, String dotted) {
        IcdCode code = IcdCode.of(input);

        assertThat(code.value()).isEqualTo(stored);
        assertThat(code.dotted()).isEqualTo(dotted);
        assertThat(code).hasToString(dotted);
    }

    @Test
    void knows_which_codes_sit_under_a_category() {
        assertThat(IcdCode.of("M54.50").isUnder(IcdCode.of("M54.5"))).isTrue();
        assertThat(IcdCode.of("M54.5").isUnder(IcdCode.of("M54.5"))).isFalse();
        assertThat(IcdCode.of("M54.2").isUnder(IcdCode.of("M54.5"))).isFalse();
    }

    @Test
    void refuses_to_build_a_malformed_code() {
        assertThatIllegalArgumentException().isThrownBy(() -> IcdCode.of("M5.450"));
        assertThat(IcdCode.parse(null)).isEmpty();
    }
}
