package org.medmassage.claims.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.medmassage.codesets.money.Money;

class StateFeeSchedulesTest {

    private static final StateFeeSchedules SHIPPED = shipped();

    // RULEBOOK §7.2 Example 10: 97124 $33.00/unit × 2 + 97140 $30.00 × 1 = allowed 96.00
    @Test
    void prices_example_10_at_the_illustrative_washington_schedule_to_the_cent() {
        assertThat(SHIPPED.price("WA", "97124", 2, Money.of("120.00")))
                .isEqualTo(new LinePrice.Allowed(Money.of("66.00")));
        assertThat(SHIPPED.price("WA", "97140", 1, Money.of("60.00")))
                .isEqualTo(new LinePrice.Allowed(Money.of("30.00")));
    }

    @Test
    void never_allows_more_than_the_charge() {
        assertThat(SHIPPED.price("WA", "97124", 2, Money.of("50.00")))
                .isEqualTo(new LinePrice.Allowed(Money.of("50.00")));
    }

    @Test
    void a_state_without_a_schedule_has_none_and_cannot_price_a_line() {
        assertThat(SHIPPED.hasSchedule("WA")).isTrue();
        assertThat(SHIPPED.hasSchedule("OR")).isFalse();
        assertThat(SHIPPED.price("OR", "97124", 2, Money.of("120.00")))
                .isInstanceOfSatisfying(LinePrice.Unpriced.class, unpriced -> assertThat(unpriced.rejection().reason())
                        .contains("OR", "97124"));
    }

    @Test
    void a_code_the_state_s_schedule_lacks_is_not_priced() {
        assertThat(SHIPPED.price("WA", "97012", 1, Money.of("40.00")).isPriced()).isFalse();
    }

    @Test
    void the_file_refuses_an_unknown_state_or_a_fee_that_is_not_an_amount_naming_the_line() {
        assertThatThrownBy(() -> read("97124\tXX\t33.00\tnote\n")).hasMessageContaining("test:1")
                .hasMessageContaining("'XX' is not a USPS state code");
        assertThatThrownBy(() -> read("# title\n97124\tWA\t33.005\n")).hasMessageContaining("test:2")
                .hasMessageContaining("more than cents");
        assertThatThrownBy(() -> new StateFeeSchedules(read("97124\tWA\t33.00\n97124\tWA\t34.00\n").fees()))
                .hasMessageContaining("two fees for 97124 in WA");
    }

    private static StateFeeScheduleFile.Loaded read(String text) {
        return StateFeeScheduleFile.read("test", new BufferedReader(new StringReader(text)));
    }

    private static StateFeeSchedules shipped() {
        var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(StateFeeSchedulesTest.class
                .getResourceAsStream("/workers-comp/state-fee-schedules-sample.tsv")), StandardCharsets.ISO_8859_1));
        StateFeeScheduleFile.Loaded loaded = StateFeeScheduleFile.read("sample", in);
        assertThat(loaded.fees()).hasSize(2);
        return new StateFeeSchedules(loaded.fees());
    }
}
