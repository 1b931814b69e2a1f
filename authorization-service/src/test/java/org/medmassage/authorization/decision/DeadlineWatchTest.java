package org.medmassage.authorization.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** PA-02 "alert before breach", as the deadline sweep applies it with the default 24-hour warning. */
class DeadlineWatchTest {

    private static final DeadlineWatch WATCH = new DeadlineWatch(Duration.ofHours(24));
    private static final Instant DUE = Instant.parse("2027-02-05T04:59:59.999Z");

    @ParameterizedTest(name = "{0}: warned {1}, breached {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # now                      | warned | breached | alert
            2027-02-03T04:59:59.999Z   | false  | false    | NONE
            2027-02-04T04:59:59.998Z   | false  | false    | NONE
            2027-02-04T04:59:59.999Z   | false  | false    | NEAR
            2027-02-05T04:00:00Z       | false  | false    | NEAR
            2027-02-05T04:00:00Z       | true   | false    | NONE
            2027-02-05T04:59:59.999Z   | true   | false    | NONE
            2027-02-05T05:00:00Z       | true   | false    | BREACHED
            2027-02-05T05:00:00Z       | false  | false    | BREACHED
            2027-02-09T12:00:00Z       | true   | true     | NONE
            """)
    void warns_once_within_24_hours_and_counts_the_breach_once_PA_02(Instant now, boolean warned, boolean breached,
            DeadlineWatch.Alert alert) {
        assertThat(WATCH.alertFor(DUE, warned, breached, now)).isEqualTo(alert);
    }

    @Test
    void the_sweep_looks_no_further_ahead_than_the_warning() {
        assertThat(WATCH.horizon(Instant.parse("2027-02-04T00:00:00Z"))).isEqualTo(Instant.parse("2027-02-05T00:00:00Z"));
        assertThatThrownBy(() -> new DeadlineWatch(Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
