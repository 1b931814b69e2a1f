package org.medmassage.codesets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CARC/RARC lookups used on EOBs and in denial reasons (PLAN saga steps 2-5). */
class RemittanceCodesTest {

    private final RemittanceCodes codes = RemittanceCodes.standard();

    @ParameterizedTest(name = "CARC {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1   | Deductible amount
            2   | Coinsurance amount
            3   | Co-payment amount
            45  | Charge exceeds fee schedule/maximum allowable
            119 | Benefit maximum for this time period or occurrence has been reached
            197 | Precertification/authorization/notification/pre-treatment absent
            288 | Referral absent
            """)
    void describes_a_carc(String carc, String description) {
        assertThat(codes.carcDescription(carc)).hasValueSatisfying(text -> assertThat(text).startsWith(description));
    }

    @ParameterizedTest(name = "RARC {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            N640 | Exceeds number/frequency approved/allowed within time period
            M76  | Missing/incomplete/invalid diagnosis or condition
            N54  | Claim information is inconsistent with pre-certified/authorized services
            """)
    void describes_a_rarc(String rarc, String description) {
        assertThat(codes.rarcDescription(rarc)).contains(description);
    }

    @Test
    void describes_group_codes_and_knows_their_usual_liability() {
        assertThat(codes.groupDescription("CO")).hasValueSatisfying(text -> assertThat(text).startsWith("Contractual Obligation"));
        assertThat(codes.groupDescription("pr")).hasValueSatisfying(text -> assertThat(text).startsWith("Patient Responsibility"));
        assertThat(codes.carc("45")).hasValueSatisfying(code -> assertThat(code.usualGroupCodes()).isEqualTo("CO or PR"));
    }

    @Test
    void is_empty_for_a_code_outside_the_shipped_subset() {
        assertThat(codes.carc("9999")).isEmpty();
        assertThat(codes.rarc("45")).isEmpty();
        assertThat(codes.carc(null)).isEmpty();
    }
}
