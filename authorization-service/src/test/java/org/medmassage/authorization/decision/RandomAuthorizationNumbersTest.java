package org.medmassage.authorization.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomAuthorizationNumbersTest {

    private static final LocalDate RECEIVED_ON = LocalDate.parse("2026-03-02");

    @Test
    void reads_as_A_the_date_received_and_eight_unambiguous_characters() {
        AuthorizationNumber number = new RandomAuthorizationNumbers(new Random(7)).issue(RECEIVED_ON);

        assertThat(number.value()).matches("A20260302-[0-9A-HJKMNP-TV-Z]{8}").doesNotContain("I", "L", "O", "U");
    }

    @Test
    void does_not_repeat_within_a_busy_day() {
        RandomAuthorizationNumbers numbers = new RandomAuthorizationNumbers(new Random(20260302));
        Set<String> issued = new HashSet<>();

        IntStream.range(0, 20_000).forEach(i -> issued.add(numbers.issue(RECEIVED_ON).value()));

        assertThat(issued).hasSize(20_000);
    }

    @Test
    void rejects_what_is_not_an_authorization_number() {
        assertThat(AuthorizationNumber.isWellFormed("A123")).isFalse();
        assertThatThrownBy(() -> new AuthorizationNumber("A20260302-7KQ4M9XO"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
