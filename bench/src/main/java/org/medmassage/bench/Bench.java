package org.medmassage.bench;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

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
            Processes processes = new Processes(o.pids, o.pidsDir);
            ClaimSchedule schedule = new ClaimSchedule(members);
            settings.put("claim_budget", schedule.budget());

            try (ClaimTracker tracker = new ClaimTracker(o.kafka, broker)) {
                LoadGenerator load = new LoadGenerator(callers.provider(), o.urls.get("claims"), tracker, schedule);
                LoadGenerator.Window window = LoadGenerator.Window.startingNow(o.warmupSeconds, o.durationSeconds);
                say("load: %s", o.settings());
                Thread generator = new Thread(() -> generate(load, window, o), "load-generator");
                generator.start();

                sleepUntil(window.measureFromNanos());
                processes.start();
                long commitsBefore = Machine.commits(o, o.databases);
                long recordsBefore = broker.records(Broker.SAGA_TOPICS);
                say("warm-up over; measuring for %d s", o.durationSeconds);
                sleepUntil(window.endNanos());
                Map<String, Object> processUse = processes.sinceStart();
                String loadDuringRun = Machine.loadAverage();
                generator.join();
                sleepUntil(System.nanoTime() + 1_500_000_000L); // pg_stat_database flushes within a second
                long commitsAfter = Machine.commits(o, o.databases);
                long recordsAfter = broker.records(Broker.SAGA_TOPICS);

                say("load over (%d claims sent, %d accepted); waiting for every claim's terminal state", load.sent(),
                        load.accepted());
                awaitAllAdjudicated(tracker, o.drainTimeoutSeconds);
                broker.awaitQuiet(Duration.ofSeconds(30));
                tracker.failIfBroken();

                invariants.check(tracker.traces(), deadLettersBefore, broker.deadLetterRecords(), duplicatesBefore,
                        invariants.inboxDuplicates());
                Latencies latencies = new Latencies(tracker.traces().values(), window);
                double throughput = latencies.throughput(window);

                Map<String, Object> result = new LinkedHashMap<>();
                result.put("throughput_claims_per_s", Bound.round(throughput));
                result.put("offered_claims_per_s", Bound.round(latencies.sentInWindow() / window.measuredSeconds()));
                result.put("latency_ms", latencies.endToEnd());
                result.put("claims_sent", load.sent());
                result.put("claims_accepted", load.accepted());
                result.put("claims_rejected_or_failed", load.rejected());
                result.put("generator_late_sends", load.lateSends());
                result.put("generator_errors", load.errors());
                result.put("load_average_during_run", loadDuringRun);
                report.put("result", result);
                report.put("hops", latencies.hops());
                report.put("processes", processUse);
                report.put("per_claim_measured", perClaim(commitsAfter - commitsBefore,
                        recordsAfter - recordsBefore, latencies.adjudicatedInWindow()));

                Map<String, Object> inv = new LinkedHashMap<>(invariants.facts());
                inv.put("violations", invariants.violations());
                inv.put("hold", invariants.hold());
                report.put("invariants", inv);

                say("ceilings: Kafka producer/consumer (%d s), PostgreSQL handler transactions with pgbench (%d s)",
                        o.ceilingSeconds, o.ceilingSeconds);
                Ceilings.Kafka kafka = Ceilings.kafka(o.kafka, broker, runId, o.ceilingSeconds);
                Ceilings.Postgres postgres = Ceilings.postgres(o, runId, o.ceilingSeconds);
                report.put("ceilings", Ceilings.describe(kafka, postgres));
                report.put("bound", Bound.of(kafka, postgres, throughput));
            }
        }
        machine.put("load_average_at_end", Machine.loadAverage());
        Path dir = report.write(o.out);
        System.out.println();
        System.out.println(report.markdown());
        say("report: %s (report.json, report.md)", dir.toAbsolutePath());
        return report;
    }

    private static void generate(LoadGenerator load, LoadGenerator.Window window, Options o) {
        try {
            if (o.openLoop()) {
                load.openLoop(window, o.rate);
            } else {
                load.closedLoop(window, o.concurrency);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, Object> perClaim(long commits, long records, int claims) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("db_commits_in_window", commits);
        m.put("kafka_records_produced_in_window", records);
        m.put("claims_adjudicated_in_window", claims);
        m.put("db_commits_per_claim", claims > 0 && commits >= 0 ? Bound.round((double) commits / claims) : "n/a");
        m.put("kafka_records_per_claim", claims > 0 ? Bound.round((double) records / claims) : "n/a");
        m.put("note", "commits include the outbox relays' publish transactions and the services' idle polls");
        return m;
    }

    private static void awaitAllAdjudicated(ClaimTracker tracker, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            tracker.failIfBroken();
            boolean pending = tracker.traces().values().stream().anyMatch(t -> t.submitted() && t.adjudications() == 0);
            if (!pending) {
                return;
            }
            Thread.sleep(200);
        }
    }

    private static void sleepUntil(long nanos) {
        long wait;
        while ((wait = nanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
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
