package org.medmassage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10: the short fault-injection run, as an operator runs it — {@code bin/medmassage chaos --short} kills
 * claims-service with -9 and restarts it, then cuts benefits' database off for 10 s, each under a steady claim load,
 * and fails when a claim is lost or doubled or a record is dead-lettered. The full run is {@code bin/medmassage chaos}.
 * Each fault is a run of the real bench through {@code bin/medmassage bench}, so its reports are checked here too
 * (one system booted for both, the way an operator runs them).
 */
class ChaosShortIT {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @Test
    void a_service_killed_and_a_database_cut_off_lose_and_double_no_claim() throws Exception {
        // chaos --short would run its faults against a system already up from this checkout and the test would then
        // stop it: refuse instead of touching a developer's running system
        String status = medmassage("status");
        assertThat(status.lines().filter(line -> !line.startsWith("postgres")).filter(line -> line.contains(" up ")))
                .as("a MedMassage system is up from this checkout (bin/medmassage status); stop it with "
                        + "'bin/medmassage down' before running ChaosShortIT:%n%s", status)
                .isEmpty();
        String printed;
        int exit;
        try {
            Path output = Files.createTempFile("chaos", ".out");
            Process chaos = new ProcessBuilder("bash", REPO.resolve("bin/medmassage").toString(), "chaos", "--short")
                    .directory(REPO.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean finished = chaos.waitFor(15, TimeUnit.MINUTES);
            if (!finished) {
                chaos.destroyForcibly();
            }
            printed = Files.readString(output);
            System.out.println(printed);
            assertThat(finished).as("chaos --short finished within 15 minutes").isTrue();
            exit = chaos.exitValue();
        } finally {
            medmassage("down");
        }

        assertThat(exit).as("exit status; printed:%n%s", printed).isZero();
        List<String> rows = printed.lines().filter(line -> line.startsWith("| kill:") || line.startsWith("| dbcut:"))
                .toList();
        assertThat(rows).hasSize(2);
        assertThat(printed).contains("every claim reached exactly one terminal state");
        Matcher reports = Pattern.compile("\\(reports in (\\S+)\\)").matcher(printed);
        assertThat(reports.find()).as("chaos names its reports directory").isTrue();
        benchReportIsComplete(Path.of(reports.group(1), "kill-claims"));
    }

    /** Figures are not asserted (the machine is shared and noisy): each is there and positive. */
    private static void benchReportIsComplete(Path out) throws IOException {
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
        assertThat(json.at("/invariants/ledger_mismatches").asLong()).isZero();
        assertThat(Files.readString(out.resolve("report.md"))).contains("throughput").contains("p99");
    }

    /** Runs a bin/medmassage command and returns what it printed. */
    private static String medmassage(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", REPO.resolve("bin/medmassage").toString(), command)
                .directory(REPO.toFile()).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes());
        process.waitFor(2, TimeUnit.MINUTES);
        System.out.print(printed);
        return printed;
    }
}
