package org.medmassage.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.FixedBackOff;

/** Issue 10: back-off by the latest failure: doubling up to a cap while the fault lasts, bounded for a poison record. */
class FaultAwareBackOffTest {

    private static final Exception DATABASE_DOWN = new R2dbcNonTransientResourceException("closed", "08006");
    private static final Exception POISON = new IllegalStateException("handler failure");

    private final FaultAwareBackOff backOff = new FaultAwareBackOff(new FixedBackOff(100, 2), Duration.ofMillis(200),
            Duration.ofSeconds(30));

    @Test
    void waits_out_a_database_outage_for_as_long_as_it_lasts_doubling_up_to_30_seconds() {
        BackOffExecution execution = backOff.start();

        List<Long> waits = new ArrayList<>();
        for (int attempt = 0; attempt < 12; attempt++) {
            FaultAwareBackOff.failed(DATABASE_DOWN);
            waits.add(execution.nextBackOff());
        }

        assertThat(waits).containsExactly(200L, 400L, 800L, 1_600L, 3_200L, 6_400L, 12_800L, 25_600L, 30_000L, 30_000L,
                30_000L, 30_000L);
    }

    @Test
    void gives_a_poison_record_its_bounded_attempts_then_stops() {
        BackOffExecution execution = backOff.start();

        List<Long> waits = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            FaultAwareBackOff.failed(POISON);
            waits.add(execution.nextBackOff());
        }

        assertThat(waits).containsExactly(100L, 100L, BackOffExecution.STOP);
    }

    @Test
    void a_record_that_fails_for_good_after_an_outage_gets_its_full_bounded_attempts() {
        BackOffExecution execution = backOff.start();
        FaultAwareBackOff.failed(POISON);
        execution.nextBackOff();
        FaultAwareBackOff.failed(DATABASE_DOWN);
        execution.nextBackOff();

        FaultAwareBackOff.failed(POISON);
        long first = execution.nextBackOff();
        FaultAwareBackOff.failed(POISON);
        long second = execution.nextBackOff();
        FaultAwareBackOff.failed(POISON);

        assertThat(List.of(first, second, execution.nextBackOff())).containsExactly(100L, 100L, BackOffExecution.STOP);
    }
}
