package org.medmassage.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static final long MS = 1_000_000L;
    /** HdrHistogram keeps 3 significant digits. */
    private static final Offset<Double> HISTOGRAM_PRECISION = within(1.0);
    /** Warm-up 0–10 s, measured 10–70 s. */
    private static final LoadGenerator.Window WINDOW = new LoadGenerator.Window(0, 10_000 * MS, 70_000 * MS,
            Instant.EPOCH);

    @Test
    void a_claim_sent_late_counts_from_its_scheduled_time_and_from_its_send_separately() {
        // due at 20 s, sent 400 ms late (the generator was held back), adjudicated 100 ms after the send
        ClaimTrace late = adjudicated(20_000 * MS, 20_400 * MS, 20_500 * MS);

        Latencies latencies = new Latencies(List.of(late), WINDOW, 80_000 * MS);

        assertThat(late.latencyMicros()).isEqualTo(500_000);
        assertThat(late.latencyFromSendMicros()).isEqualTo(100_000);
        assertThat(latencies.endToEnd()).containsEntry("count", 1L);
        assertThat(ms(latencies.endToEnd(), "p99_ms")).isCloseTo(500, HISTOGRAM_PRECISION);
        assertThat(ms(latencies.fromSend(), "p99_ms")).isCloseTo(100, HISTOGRAM_PRECISION);
    }

    @Test
    void a_claim_belongs_to_the_window_its_schedule_puts_it_in_not_its_send() {
        // due in the warm-up, sent after it started measuring: not a claim of the window
        ClaimTrace dueInWarmUp = adjudicated(9_990 * MS, 10_050 * MS, 10_100 * MS);
        ClaimTrace dueInWindow = adjudicated(10_000 * MS, 10_000 * MS, 10_020 * MS);

        Latencies latencies = new Latencies(List.of(dueInWarmUp, dueInWindow), WINDOW, 80_000 * MS);

        assertThat(latencies.sentInWindow()).isEqualTo(1);
        assertThat(latencies.adjudicatedInWindow()).as("throughput counts terminal states in the window").isEqualTo(2);
        assertThat(ms(latencies.endToEnd(), "max_ms")).isCloseTo(20, HISTOGRAM_PRECISION);
    }

    @Test
    void a_claim_still_unfinished_counts_with_its_age_not_as_missing() {
        ClaimTrace done = adjudicated(30_000 * MS, 30_000 * MS, 30_050 * MS);
        ClaimTrace stuck = new ClaimTrace();
        stuck.sent(2, "M-2", 60_000 * MS, 60_000 * MS, 0);

        Latencies latencies = new Latencies(List.of(done, stuck), WINDOW, 63_000 * MS);

        assertThat(latencies.unfinished()).isEqualTo(1);
        assertThat(latencies.endToEnd()).containsEntry("count", 2L);
        assertThat(latencies.p99Millis()).isCloseTo(3_000, HISTOGRAM_PRECISION);
        assertThat(latencies.fromSend()).containsEntry("count", 1L);
    }

    @Test
    void a_closed_loop_claim_is_due_when_sent() {
        ClaimTrace closed = adjudicated(40_000 * MS, 40_000 * MS, 40_700 * MS);

        Map<String, Object> e2e = new Latencies(List.of(closed), WINDOW, 80_000 * MS).endToEnd();

        assertThat(ms(e2e, "p50_ms")).isCloseTo(700, HISTOGRAM_PRECISION);
    }

    private static double ms(Map<String, Object> summary, String percentile) {
        return (double) summary.get(percentile);
    }

    private static ClaimTrace adjudicated(long scheduledNanos, long sentNanos, long adjudicatedNanos) {
        ClaimTrace trace = new ClaimTrace();
        trace.sent(1, "M-1", scheduledNanos, sentNanos, 0);
        trace.adjudicatedAt("E-" + scheduledNanos, adjudicatedNanos, "PAID", BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);
        return trace;
    }
}
