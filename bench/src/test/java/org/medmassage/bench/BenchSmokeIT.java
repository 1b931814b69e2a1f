package org.medmassage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A few seconds of the real bench (its own entry point) against the system started as processes on free ports:
 * it must produce a report with throughput, latencies and ceilings, and the invariants must hold. Figures are not
 * asserted: this machine is shared and noisy.
 */
class BenchSmokeIT {

    @Test
    void a_short_run_produces_a_report_and_the_invariants_hold() throws Exception {
        Path out = Path.of("target", "bench-smoke").toAbsolutePath();
        try (SystemProcesses system = new SystemProcesses().start()) {
            List<String> args = new ArrayList<>(List.of("--warmup", "2", "--duration", "6", "--rate", "4",
                    "--members", "10", "--ceiling-seconds", "2", "--pgbench-clients", "2", "--drain-timeout", "60",
                    "--kafka", system.kafkaBootstrapServers(), "--databases", String.join(",", system.databases()),
                    "--repo", "..", "--out", out.toString()));
            for (String service : SystemProcesses.SERVICES) {
                args.addAll(List.of("--" + service + "-url", system.url(service)));
            }
            for (Map.Entry<String, Long> pid : system.pids().entrySet()) {
                args.addAll(List.of("--pid", pid.getKey() + "=" + pid.getValue()));
            }

            Report report = Bench.run(args.toArray(String[]::new));

            assertThat(report.section("invariants").get("violations")).asList().isEmpty();
            assertThat(report.invariantsHold()).isTrue();
        }
        JsonNode json = Json.MAPPER.readTree(Files.readString(out.resolve("report.json")));
        assertThat(json.at("/result/throughput_claims_per_s").asDouble()).isPositive();
        assertThat(json.at("/result/latency_ms/count").asLong()).isPositive();
        for (String percentile : List.of("p50_ms", "p95_ms", "p99_ms", "max_ms")) {
            assertThat(json.at("/result/latency_ms/" + percentile).asDouble()).as(percentile).isPositive();
        }
        assertThat(json.at("/ceilings/kafka_produce_records_per_s").asLong()).isPositive();
        assertThat(json.at("/ceilings/postgres_handler_tx_per_s").asLong()).isPositive();
        assertThat(json.at("/bound/bound_claims_per_s").asDouble()).isPositive();
        assertThat(json.at("/invariants/claims_without_terminal_state").asLong()).isZero();
        assertThat(Files.readString(out.resolve("report.md"))).contains("throughput").contains("p99");
    }
}
