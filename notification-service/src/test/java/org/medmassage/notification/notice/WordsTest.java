package org.medmassage.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0, $0.00",
            "80, $80.00",
            "60.4, $60.40",
            "1939.60, '$1,939.60'",
            "3000.00, '$3,000.00'",
            "0.005, $0.01",
            "12.345, $12.35",
            "-5.5, -$5.50"})
    void renders_money_as_dollars_with_two_decimals_rounded_half_up(String amount, String words) {
        assertThat(Words.money(new BigDecimal(amount))).isEqualTo(words);
    }

    @Test
    void renders_missing_money_as_zero() {
        assertThat(Words.money(null)).isEqualTo("$0.00");
    }

    @Test
    void lists_parts_the_way_people_write_them() {
        assertThat(Words.listing(List.of("a"))).isEqualTo("a");
        assertThat(Words.listing(List.of("a", "b"))).isEqualTo("a and b");
        assertThat(Words.listing(List.of("a", "b", "c"))).isEqualTo("a, b and c");
    }

    @Test
    void keeps_a_reason_inside_the_sentence() {
        assertThat(Words.reason("  Waiting for the referral.  ")).contains("Waiting for the referral");
        assertThat(Words.reason(" ")).isEmpty();
        assertThat(Words.reason(null)).isEmpty();
    }
}
