package org.medmassage.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpuUseTest {

    @Test
    void subtracts_the_idle_baseline_scaled_to_the_window() {
        // 60 s window, 1,200 ticks = 12,000 ms; idle 5 s, 10 ticks = 100 ms → 1,200 ms over 60 s
        CpuUse claims = new CpuUse("claims-service", 1_200, 60, 10, 5);

        assertThat(claims.cpuMs()).isEqualTo(12_000);
        assertThat(claims.idleBaselineMs()).isCloseTo(1_200, within(1e-9));
        assertThat(claims.netMs()).isCloseTo(10_800, within(1e-9));
        assertThat(claims.percentOfOneCore()).isCloseTo(20, within(1e-9));
    }

    @Test
    void a_process_quieter_than_at_idle_counts_zero_and_offsets_nothing() {
        CpuUse quiet = new CpuUse("issuer", 2, 60, 10, 5);

        assertThat(quiet.netMs()).isZero();
        assertThat(CpuUse.msPerClaim(List.of(quiet, new CpuUse("kafka", 100, 60, 0, 5)), 10)).isEqualTo(100);
    }

    @Test
    void all_in_ms_per_claim_sums_every_process_net_over_the_claims() {
        List<CpuUse> run = List.of(
                new CpuUse("claims-service", 600, 60, 5, 5),   // 6,000 − 600 = 5,400 ms
                new CpuUse("postgres", 300, 60, 0, 5),        // 3,000 ms
                new CpuUse("bench", 60, 60, 1, 5));           // 600 − 120 = 480 ms

        assertThat(CpuUse.msPerClaim(run, 600)).isCloseTo(8_880 / 600.0, within(1e-9));
    }

    @Test
    void without_an_idle_measurement_nothing_is_subtracted_and_without_claims_there_is_no_figure() {
        CpuUse noBaseline = new CpuUse("kafka", 100, 60, 50, 0);

        assertThat(noBaseline.netMs()).isEqualTo(1_000);
        assertThat(CpuUse.msPerClaim(List.of(noBaseline), 0)).isZero();
    }
}
