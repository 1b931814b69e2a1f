package org.medmassage.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkCountsTest {

    private static final WorkCounts.Snapshot BEFORE = new WorkCounts.Snapshot(
            Map.of("claim.events", 1_000L, "benefit.events", 400L),
            Map.of("benefits-service", 900L, "claims-service", 700L),
            Map.of("xact_commit", 50_000L, "xact_rollback", 10L, "seq_scan", 100L, "idx_scan", 20_000L,
                    "n_tup_ins", 9_000L, "tup_fetched", 70_000L));

    @Test
    void divides_what_the_broker_and_postgresql_counted_over_the_window_by_the_claims() {
        WorkCounts.Snapshot after = new WorkCounts.Snapshot(
                Map.of("claim.events", 1_300L, "benefit.events", 500L, "portal.notifications", 100L),
                Map.of("benefits-service", 1_200L, "claims-service", 900L),
                Map.of("xact_commit", 52_000L, "xact_rollback", 10L, "seq_scan", 100L, "idx_scan", 25_000L,
                        "n_tup_ins", 10_000L, "tup_fetched", 80_000L));

        WorkCounts.PerClaim perClaim = WorkCounts.perClaim(BEFORE, after, 100);

        assertThat(perClaim.produced()).as("topics; one created during the window counts from 0").isEqualTo(5.0);
        assertThat(perClaim.producedByTopic()).containsEntry("claim.events", 3.0).containsEntry("portal.notifications", 1.0);
        assertThat(perClaim.delivered()).isEqualTo(5.0);
        assertThat(perClaim.deliveredByGroup()).containsEntry("benefits-service", 3.0);
        assertThat(perClaim.commits()).isEqualTo(20.0);
        assertThat(perClaim.statements()).as("scans + inserted rows").isEqualTo(60.0);
        assertThat(perClaim.roundTrips()).as("+ BEGIN and COMMIT per transaction").isCloseTo(100.0, within(1e-9));
        assertThat(perClaim.database()).containsEntry("tup_fetched", 100.0);
        assertThat(perClaim.measured()).isTrue();
    }

    @Test
    void a_window_without_claims_has_no_per_claim_figure() {
        WorkCounts.PerClaim perClaim = WorkCounts.perClaim(BEFORE, BEFORE, 0);

        assertThat(perClaim.measured()).isFalse();
        assertThat(perClaim.commits()).isZero();
        assertThat(perClaim.producedByTopic()).isEmpty();
    }

    @Test
    void table_counters_missing_at_either_end_give_no_statement_estimate_rather_than_a_wrong_one() {
        // benefits' database was cut off when the window ended (chaos dbcut): no pg_stat_user_tables sums then
        WorkCounts.Snapshot after = new WorkCounts.Snapshot(BEFORE.producedByTopic(), BEFORE.committedByGroup(),
                Map.of("xact_commit", 51_000L, "xact_rollback", 10L, "tup_fetched", 75_000L));

        WorkCounts.PerClaim perClaim = WorkCounts.perClaim(BEFORE, after, 100);

        assertThat(perClaim.commits()).isEqualTo(10.0);
        assertThat(perClaim.statements()).isNaN();
        assertThat(perClaim.roundTrips()).isNaN();
        assertThat(WorkCounts.describe(perClaim, BEFORE, after)).containsEntry("db_round_trips_per_claim_estimate", "n/a");
    }

    @Test
    void the_report_section_keeps_the_figures_the_history_table_reads() {
        WorkCounts.Snapshot after = new WorkCounts.Snapshot(Map.of("claim.events", 1_300L, "benefit.events", 400L),
                BEFORE.committedByGroup(), Map.of("xact_commit", 51_500L, "xact_rollback", 10L, "seq_scan", 100L,
                "idx_scan", 20_000L, "n_tup_ins", 9_000L, "tup_fetched", 70_000L));

        Map<String, Object> section = WorkCounts.describe(WorkCounts.perClaim(BEFORE, after, 100), BEFORE, after);

        assertThat(section).containsEntry("db_commits_in_window", 1_500L).containsEntry("db_commits_per_claim", 15.0)
                .containsEntry("kafka_records_per_claim", 3.0).containsEntry("claims_adjudicated_in_window", 100)
                .containsEntry("kafka_records_produced_per_claim_by_topic", Map.of("claim.events", 3.0));
    }
}
