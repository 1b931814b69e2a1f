package org.medmassage.codesets.remittance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A coded rejection as an 835 carries it: group + CARC, an optional RARC and a reason. */
class CodedRejectionTest {

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource(textBlock = """
            CO, 197, CO-197
            CO, 284, CO-284
            PR, 119, PR-119
            PR, 204, PR-204
            OA, 18,  OA-18
            PI, 45,  PI-45
            """)
    void its_code_is_group_dash_carc(AdjustmentGroup group, String carc, String code) {
        assertThat(new CodedRejection(group, carc, null, "reason").code()).isEqualTo(code);
    }

    @Test
    void its_remark_code_is_the_rarc_when_there_is_one() {
        assertThat(new CodedRejection(AdjustmentGroup.CO, "197", "N54", "no authorization").remarkCode())
                .contains("N54");
    }

    @ParameterizedTest(name = "rarc ''{0}''")
    @NullSource
    @ValueSource(strings = {"", "   "})
    void has_no_remark_code_without_a_rarc(String rarc) {
        assertThat(new CodedRejection(AdjustmentGroup.CO, "27", rarc, "no coverage").remarkCode()).isEmpty();
    }

    @Test
    void covers_the_whole_charge_unless_told_it_is_on_the_allowed_amount() {
        assertThat(new CodedRejection(AdjustmentGroup.PR, "119", "N640", "visit 21 of 20").onAllowedAmount()).isFalse();
        assertThat(new CodedRejection(AdjustmentGroup.PR, "119", "N640", "visit 21 of 20", true).onAllowedAmount())
                .isTrue();
    }

    @Test
    void needs_a_group_a_carc_and_a_reason() {
        assertThatNullPointerException().isThrownBy(() -> new CodedRejection(null, "197", null, "r"))
                .withMessage("group");
        assertThatNullPointerException().isThrownBy(() -> new CodedRejection(AdjustmentGroup.CO, null, null, "r"))
                .withMessage("carc");
        assertThatNullPointerException().isThrownBy(() -> new CodedRejection(AdjustmentGroup.CO, "197", null, null))
                .withMessage("reason");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"CO", "PR", "OA", "PI"})
    void reads_a_known_group(String code) {
        assertThat(AdjustmentGroup.of(code).name()).isEqualTo(code);
    }

    @ParameterizedTest(name = "''{0}''")
    @NullSource
    @ValueSource(strings = {"XX", "co", "CR", " CO", ""})
    void refuses_an_unknown_group_naming_the_known_ones(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> AdjustmentGroup.of(code))
                .withMessage("unknown claim adjustment group '" + code + "' (known: CO, PR, OA, PI)");
    }

    @Test
    void only_the_patient_responsibility_group_is_the_patients() {
        assertThat(AdjustmentGroup.PR.isPatientResponsibility()).isTrue();
        assertThat(AdjustmentGroup.CO.isPatientResponsibility()).isFalse();
        assertThat(AdjustmentGroup.OA.isPatientResponsibility()).isFalse();
        assertThat(AdjustmentGroup.PI.isPatientResponsibility()).isFalse();
    }
}
