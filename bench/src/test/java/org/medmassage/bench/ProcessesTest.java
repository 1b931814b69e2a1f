package org.medmassage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessesTest {

    @Test
    void sums_each_process_name_over_its_pids_and_counts_a_pid_started_in_the_window_in_full() {
        Processes.Snapshot start = snapshot(Map.of("10@1", 500L, "20@1", 100L, "21@2", 40L),
                Map.of("10@1", "claims-service", "20@1", "postgres", "21@2", "postgres"));
        Processes.Snapshot end = snapshot(Map.of("10@1", 800L, "20@1", 160L, "21@2", 50L, "22@9", 30L),
                Map.of("10@1", "claims-service", "20@1", "postgres", "21@2", "postgres", "22@9", "postgres"));

        assertThat(Processes.ticksByName(start, end)).containsEntry("claims-service", 300L).containsEntry("postgres", 100L);
    }

    @Test
    void a_pid_reused_by_a_new_process_is_a_new_process() {
        // claims-service killed and restarted with the same pid number: its start time differs
        Processes.Snapshot start = snapshot(Map.of("10@1", 5_000L), Map.of("10@1", "claims-service"));
        Processes.Snapshot end = snapshot(Map.of("10@7", 200L), Map.of("10@7", "claims-service"));

        assertThat(Processes.ticksByName(start, end)).containsEntry("claims-service", 200L);
    }

    private static Processes.Snapshot snapshot(Map<String, Long> ticks, Map<String, String> names) {
        return new Processes.Snapshot(0, ticks, names, new long[] {0, 0});
    }
}
