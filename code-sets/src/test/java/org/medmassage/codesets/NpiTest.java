package org.medmassage.codesets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/** NPI check digit: Luhn over the 9 leading digits prefixed by 80840. */
class NpiTest {

    @ParameterizedTest(name = "{0} is a valid NPI")
    @CsvSource({"1234567893", "1245319599", "1003000126", "1962443846"})
    void accepts_an_npi_whose_check_digit_matches(String npi) {
        assertThat(Npi.isValid(npi)).isTrue();
        assertThat(Npi.problem(npi)).isEmpty();
    }

    @Test
    void rejects_a_wrong_check_digit_and_says_which_was_expected() {
        assertThat(Npi.isValid("1234567890")).isFalse();
        assertThat(Npi.problem("1234567890"))
                .contains("NPI 1234567890 fails its check digit (the 10th digit should be 3)");
    }

    @ParameterizedTest(name = "''{0}'' is not 10 digits")
    @NullAndEmptySource
    @CsvSource({"123456789", "12345678930", "12345678a3", "' 1234567893'"})
    void rejects_anything_but_ten_digits(String npi) {
        assertThat(Npi.problem(npi)).contains("an NPI is exactly 10 digits");
    }

    @ParameterizedTest(name = "check digit of {0} is {1}")
    @CsvSource({"123456789, 3", "124531959, 9", "123456790, 1"})
    void computes_the_check_digit(String firstNine, int checkDigit) {
        assertThat(Npi.checkDigit(firstNine)).isEqualTo(checkDigit);
    }
}
