package org.medmassage.codesets.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scale 2, HALF_UP per line (RULEBOOK conventions): every expectation is compared with its scale (80.00, not 80). */
class MoneyTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            80,       80.00
            80.1,     80.10
            0.005,    0.01
            0.00499,  0.00
            1.125,    1.13
            1.135,    1.14
            2.675,    2.68
            -0.005,   -0.01
            -1.125,   -1.13
            """)
    void scales_to_cents_rounding_half_up_at_the_half_cent(String amount, String cents) {
        assertThat(Money.of(amount)).isEqualTo(new BigDecimal(cents));
        assertThat(Money.scaled(new BigDecimal(amount))).isEqualTo(new BigDecimal(cents));
    }

    @ParameterizedTest(name = "{0} × {1} = {2}")
    @CsvSource(textBlock = """
            25.00,   4, 100.00
            33.335,  3, 100.01
            33.3349, 3, 100.00
            80.00,   0, 0.00
            """)
    void multiplies_a_unit_price_and_rounds_the_line_once(String perUnit, int units, String line) {
        assertThat(Money.times(new BigDecimal(perUnit), units)).isEqualTo(new BigDecimal(line));
    }

    @ParameterizedTest(name = "{1}% of {0} = {2}")
    @CsvSource(textBlock = """
            100.00, 20, 20.00
            33.33,  20, 6.67
            10.05,  50, 5.03
            10.01,  50, 5.01
            10.03,  15, 1.50
            0.01,   50, 0.01
            0.01,   49, 0.00
            80.00,  0,  0.00
            80.00,  100, 80.00
            """)
    void takes_a_percentage_rounded_half_up_once(String base, String percent, String share) {
        assertThat(Money.percentOf(new BigDecimal(base), new BigDecimal(percent))).isEqualTo(new BigDecimal(share));
    }

    @ParameterizedTest(name = "floorAtZero({0}) = {1}")
    @CsvSource(textBlock = """
            -0.01,   0.00
            -100,    0.00
            0,       0.00
            0.001,   0.00
            12.345,  12.35
            500,     500.00
            """)
    void never_goes_below_zero_and_keeps_cents(String amount, String floored) {
        assertThat(Money.floorAtZero(new BigDecimal(amount))).isEqualTo(new BigDecimal(floored));
    }

    @ParameterizedTest(name = "min({0}, {1}) = {2}")
    @CsvSource(textBlock = """
            1.00,  2.00,  1.00
            2.00,  1.00,  1.00
            -5.00, 0.00,  -5.00
            1.0,   1.00,  1.0
            1.00,  1.0,   1.00
            """)
    void takes_the_smaller_amount_and_the_first_of_two_equal_ones(String a, String b, String min) {
        assertThat(Money.min(new BigDecimal(a), new BigDecimal(b))).isEqualTo(new BigDecimal(min));
    }

    @ParameterizedTest(name = "isPositive({0}) = {1}")
    @CsvSource(textBlock = """
            0.01,  true
            0.00,  false
            -0.01, false
            """)
    void knows_a_positive_amount(String amount, boolean positive) {
        assertThat(Money.isPositive(new BigDecimal(amount))).isEqualTo(positive);
    }

    @Test
    void zero_has_cents() {
        assertThat(Money.ZERO).isEqualTo(new BigDecimal("0.00"));
    }
}
