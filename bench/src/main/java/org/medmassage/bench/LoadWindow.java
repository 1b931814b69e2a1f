package org.medmassage.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One measured window: warm-up, measurement, then the drain until every claim sent is adjudicated; what the window's
 * claims cost (CPU of every process, records, deliveries, commits) and how long they took. A sweep runs one per rate.
 */
final class LoadWindow {

    private LoadWindow() {
    }

    /** A window's figures; {@code rate} is 0 in closed loop. */
    record Outcome(double rate, Map<String, Object> result, Map<String, Map<String, Object>> hops,
                   Map<String, Object> processes, Map<String, Object> perClaim, WorkCounts.PerClaim cost,
                   double throughput, double cpuMsPerClaim, Latencies latencies, Sweep.Step step) {

        /** The console's headline line. */
        String headline() {
            Map<String, Object> e2e = latencies.endToEnd();
            return String.format("%s: %.1f claims/s, %.1f CPU ms per claim (all-in, idle subtracted), "
                            + "latency from schedule p50 %s / p99 %s ms (from send p99 %s ms)",
                    rate > 0 ? rate + " claims/s offered" : "closed loop", throughput, cpuMsPerClaim,
                    e2e.get("p50_ms"), e2e.get("p99_ms"), latencies.fromSend().get("p99_ms"));
        }
    }

    static Outcome run(Options o, LoadGenerator load, ClaimTracker tracker, Broker broker, Processes processes,
                       double rate) throws Exception {
        LoadGenerator.Window window = LoadGenerator.Window.startingNow(o.warmupSeconds, o.durationSeconds);
        Bench.say("load: %s", rate > 0 ? rate + " claims/s, open loop" : o.concurrency + " closed-loop clients");
        Thread generator = new Thread(() -> generate(load, window, o, rate), "load-generator");
        generator.start();

        sleepUntil(window.measureFromNanos());
        processes.start();
        WorkCounts.Snapshot before = WorkCounts.Snapshot.take(broker, o);
        long backlogAtStart = load.backlog(System.nanoTime());
        Bench.say("warm-up over; measuring for %d s", o.durationSeconds);
        sleepUntil(window.endNanos());
        List<CpuUse> cpu = processes.sinceStart();
        long backlogAtEnd = load.backlog(System.nanoTime());
        WorkCounts.Snapshot after = WorkCounts.Snapshot.take(broker, o);
        String loadDuringRun = Machine.loadAverage();
        generator.join();

        Bench.say("load over (%d claims sent, %d accepted); waiting for every claim's terminal state", load.sent(),
                load.accepted());
        awaitAllAdjudicated(tracker, o.drainTimeoutSeconds);
        tracker.failIfBroken();
        Latencies latencies = new Latencies(tracker.traces().values(), window, System.nanoTime());
        int claims = latencies.adjudicatedInWindow();
        double throughput = latencies.throughput(window);
        double cpuMsPerClaim = CpuUse.msPerClaim(cpu, claims);
        WorkCounts.PerClaim cost = WorkCounts.perClaim(before, after, claims);

        Sweep.Step step = new Sweep.Step(rate, latencies.sentInWindow() - latencies.unfinished(),
                latencies.p99Millis(), backlogAtStart, backlogAtEnd);
        boolean steady = !step.backlogGrew();

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("throughput_claims_per_s", Bound.round(throughput));
        result.put("offered_claims_per_s", Bound.round(latencies.sentInWindow() / window.measuredSeconds()));
        result.put("cpu_ms_per_claim", Bound.round(cpuMsPerClaim));
        result.put("cpu_ms_per_claim_without_idle_baseline",
                Bound.round(claims > 0 ? cpu.stream().mapToDouble(CpuUse::cpuMs).sum() / claims : 0));
        result.put("latency_basis", rate > 0 ? "scheduled send (open loop: no coordinated omission)"
                : "send (closed loop: a client's next claim is due when it sends it)");
        result.put("latency_ms", latencies.endToEnd());
        result.put("latency_from_send_ms", latencies.fromSend());
        result.put("claims_unfinished_after_drain", latencies.unfinished());
        result.put("claims_sent", load.sent());
        result.put("claims_accepted", load.accepted());
        result.put("claims_rejected_or_failed", load.rejected());
        result.put("generator_late_sends", load.lateSends());
        result.put("generator_errors", load.errors());
        if (rate > 0) {
            result.put("backlog_at_window_start", backlogAtStart);
            result.put("backlog_at_window_end", backlogAtEnd);
            result.put("steady_state", steady);
        }
        result.put("load_average_during_run", loadDuringRun);
        Map<String, Object> perClaim = WorkCounts.describe(cost, before, after);
        if (!steady) {
            // the window did work for claims it did not finish: per finished claim, every figure is too high
            perClaim.put("caveat", "not a steady state (backlog " + backlogAtStart + " → " + backlogAtEnd
                    + " claims): the figures per claim overstate the cost");
        }
        return new Outcome(rate, result, latencies.hops(), processes.describe(cpu, claims), perClaim, cost,
                throughput, cpuMsPerClaim, latencies, step);
    }

    private static void generate(LoadGenerator load, LoadGenerator.Window window, Options o, double rate) {
        try {
            if (rate > 0) {
                load.openLoop(window, rate);
            } else {
                load.closedLoop(window, o.concurrency);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
}
