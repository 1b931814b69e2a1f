package org.medmassage.bench;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Claims per second end to end on this machine, with what latency, next to what the broker and PostgreSQL can do
 * at most in the same run. Expects the system up (`bin/medmassage up`) or is given its URLs; see {@link Options}.
 * Exit status 0 when the invariants hold, 1 when they do not, 2 on a usage error.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) {
        try {
            Report report = run(args);
            System.exit(report.invariantsHold() ? 0 : 1);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** Runs the whole bench and writes its report under --out; returns the report. */
    public static Report run(String... args) throws Exception {
        Options o = Options.parse(args);
        String runId = runId();
        Json api = new Json();
        // least privilege here too: the payer's admin sets up, the prescriber refers, the provider bills, ops reads
        Population.Callers callers = new Population.Callers(api.as(o.issuer, "admin", null),
                api.as(o.issuer, "prescriber", Population.PRESCRIBER_NPI),
                api.as(o.issuer, "provider", ClaimSchedule.PROVIDER_NPI), api.as(o.issuer, "ops", null));
        Report report = new Report();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("run_id", runId);
        settings.put("mode", o.settings());
        settings.put("services", o.urls);
        settings.put("kafka", o.kafka);
        settings.put("postgres", o.dbHost + ":" + o.dbPort);
        report.put("settings", settings);
        Map<String, Object> machine = Machine.describe(o.repo);
        machine.put("load_average_at_start", Machine.loadAverage());
        report.put("machine", machine);

        try (Broker broker = new Broker(o.kafka)) {
            say("setting up %d members (plan BENCH-%s, coverage, referral, approved authorization each)", o.members, runId);
            Instant setupStart = Instant.now();
            List<Population.Member> members = new Population(callers, o.urls, runId).create(o.members);
            long lagLeft = broker.awaitQuiet(Duration.ofMinutes(2));
            settings.put("setup_seconds", Duration.between(setupStart, Instant.now()).toSeconds());
            say("setup done in %d s (consumer lag left: %d)", settings.get("setup_seconds"), lagLeft);

            Invariants invariants = new Invariants(callers.ops(), o.urls);
            Map<String, Double> duplicatesBefore = invariants.inboxDuplicates();
            long deadLettersBefore = broker.deadLetterRecords();
            Processes processes = new Processes(o);
            ClaimSchedule schedule = new ClaimSchedule(members);
            settings.put("claim_budget", schedule.budget());

            try (ClaimTracker tracker = new ClaimTracker(o.kafka, broker)) {
                say("idle baseline: every process's CPU over %d s with the system quiet", o.idleSeconds);
                processes.measureIdle(o.idleSeconds);
                List<LoadWindow.Outcome> windows = new ArrayList<>();
                for (double rate : o.openLoop() ? o.rates : List.of(0.0)) {
                    LoadGenerator load = new LoadGenerator(callers.provider(), o.urls.get("claims"), tracker, schedule);
                    LoadWindow.Outcome window = LoadWindow.run(o, load, tracker, broker, processes, rate);
                    windows.add(window);
                    say("%s", window.headline());
                    Optional<String> shortfall = window.step().shortfall();
                    if (o.sweep && shortfall.isPresent()) {
                        say("sweep stops at %s claims/s: %s", rate, shortfall.get());
                        break;
                    }
                }
                broker.awaitQuiet(Duration.ofSeconds(30));
                tracker.failIfBroken();

                invariants.check(tracker.traces(), deadLettersBefore, broker.deadLetterRecords(), duplicatesBefore,
                        invariants.inboxDuplicates());
                LoadWindow.Outcome headline = headline(windows);
                report.put("result", headline.result());
                report.put("hops", headline.hops());
                report.put("processes", headline.processes());
                report.put("per_claim_measured", headline.perClaim());
                if (o.sweep) {
                    report.put("sweep", sweep(windows));
                }

                Map<String, Object> inv = new LinkedHashMap<>(invariants.facts());
                inv.put("violations", invariants.violations());
                inv.put("hold", invariants.hold());
                report.put("invariants", inv);

                say("ceilings: Kafka producer/consumer (%d s), PostgreSQL handler transactions with pgbench (%d s)",
                        o.ceilingSeconds, o.ceilingSeconds);
                Ceilings.Kafka kafka = Ceilings.kafka(o.kafka, broker, runId, o.ceilingSeconds);
                Ceilings.Postgres postgres = Ceilings.postgres(o, runId, o.ceilingSeconds);
                report.put("ceilings", Ceilings.describe(kafka, postgres));
                report.put("bound", Bound.of(kafka, postgres, headline.cost(), headline.throughput()));
                say("headline — %s", headline.headline());
            }
        }
        machine.put("load_average_at_end", Machine.loadAverage());
        Path dir = report.write(o.out);
        System.out.println();
        System.out.println(report.markdown());
        say("report: %s (report.json, report.md)", dir.toAbsolutePath());
        return report;
    }

    /** A sweep's headline is its highest sustained rate, else its first; a single run's is its only window. */
    private static LoadWindow.Outcome headline(List<LoadWindow.Outcome> windows) {
        return windows.stream().filter(w -> w.rate() > 0 && w.step().shortfall().isEmpty())
                .max(Comparator.comparingDouble(LoadWindow.Outcome::rate)).orElse(windows.get(0));
    }

    private static Map<String, Object> sweep(List<LoadWindow.Outcome> windows) {
        Map<String, Object> sweep = new LinkedHashMap<>();
        Optional<Double> highest = Sweep.highestSustained(windows.stream().map(LoadWindow.Outcome::step).toList());
        sweep.put("highest_rate_with_p99_within_1s", highest.<Object>map(r -> r).orElse("none"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LoadWindow.Outcome w : windows) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rate", w.rate());
            row.put("throughput_claims_per_s", w.result().get("throughput_claims_per_s"));
            row.put("cpu_ms_per_claim", w.result().get("cpu_ms_per_claim"));
            row.put("latency_ms", w.result().get("latency_ms"));
            row.put("latency_from_send_p99_ms", w.latencies().fromSend().get("p99_ms"));
            row.put("backlog_growth", w.step().backlogAtEnd() - w.step().backlogAtStart());
            row.put("late_sends", w.result().get("generator_late_sends"));
            row.put("db_commits_per_claim", w.perClaim().get("db_commits_per_claim"));
            row.put("kafka_deliveries_per_claim", w.perClaim().get("kafka_deliveries_per_claim"));
            row.put("sustained", w.step().shortfall().isEmpty());
            row.put("shortfall", w.step().shortfall().orElse(""));
            rows.add(row);
        }
        sweep.put("rows", rows);
        return sweep;
    }

    private static String runId() {
        String alphabet = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    static void say(String format, Object... args) {
        System.out.printf("bench: " + format + "%n", args);
    }
}
