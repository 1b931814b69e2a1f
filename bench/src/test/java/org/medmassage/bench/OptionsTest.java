package org.medmassage.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void warms_up_for_thirty_seconds_and_measures_idle_for_five_by_default() {
        Options o = Options.parse();

        assertThat(o.warmupSeconds).isEqualTo(30);
        assertThat(o.idleSeconds).isEqualTo(5);
        assertThat(o.rates).containsExactly(15.0);
        assertThat(o.sweep).isFalse();
    }

    @Test
    void a_sweep_gets_members_enough_for_every_rate_window() {
        Options o = Options.parse("--rates", "50,100", "--warmup", "30", "--duration", "60");

        assertThat(o.sweep).isTrue();
        assertThat(o.rates).containsExactly(50.0, 100.0);
        // 150 claims/s × 90 s × 1.25 ÷ 12 visits per member
        assertThat(o.members).isEqualTo(1_407);
        assertThat(o.settings()).startsWith("open-loop sweep over [50.0, 100.0] claims/s");
    }

    @Test
    void help_lists_the_sweep_and_the_idle_baseline() {
        assertThatThrownBy(() -> Options.parse("--help")).hasMessageContaining("--rates 50,100,200")
                .hasMessageContaining("--idle-seconds");
    }
}
