package org.medmassage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BoundTest {

    private static final Ceilings.Kafka KAFKA = new Ceilings.Kafka(200_000, 1_000_000, 1_000_000);
    private static final Ceilings.Postgres POSTGRES = new Ceilings.Postgres(4_000, 4, null);

    @Test
    void divides_each_ceiling_by_what_a_claim_measured_and_takes_the_lowest() {
        // 16 commits, 100 round trips, 6 records produced, 15 delivered per claim
        WorkCounts.PerClaim cost = cost(16, 100, 6, 15);

        Map<String, Object> bound = Bound.of(KAFKA, POSTGRES, cost, 20);

        assertThat(bound).containsEntry("bound_by_postgres_commits_claims_per_s", 250.0)
                .containsEntry("bound_by_postgres_round_trips_claims_per_s", 200.0)
                .containsEntry("bound_by_kafka_produce_claims_per_s", 33_333.3)
                .containsEntry("bound_by_kafka_consume_claims_per_s", 66_666.7)
                .containsEntry("bound_claims_per_s", 200.0).containsEntry("limited_by", "postgres round trips")
                .containsEntry("measured_over_bound", 0.1);
    }

    @Test
    void a_figure_not_measured_bounds_nothing() {
        Map<String, Object> bound = Bound.of(KAFKA, new Ceilings.Postgres(0, 4, "no pgbench"), cost(16, 100, 6, 15), 20);

        assertThat(bound).containsEntry("bound_by_postgres_commits_claims_per_s", "n/a")
                .containsEntry("limited_by", "kafka produce");
        assertThat(Bound.of(KAFKA, POSTGRES, cost(0, 0, 0, 0), 0)).containsEntry("bound_claims_per_s", 0.0);
    }

    private static WorkCounts.PerClaim cost(double commits, double roundTrips, double produced, double delivered) {
        return new WorkCounts.PerClaim(100, commits, 0, roundTrips - 2 * commits, roundTrips, produced, delivered,
                Map.of(), Map.of(), Map.of("xact_commit", commits));
    }
}
