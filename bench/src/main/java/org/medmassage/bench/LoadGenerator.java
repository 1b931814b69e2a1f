package org.medmassage.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Submits claims over HTTP for warm-up + duration. Open loop: one claim every 1/rate seconds on a fixed schedule,
 * whatever the system's answers (the in-flight POSTs are capped; a send that starts late is counted). Closed loop:
 * N clients, each posting its next claim once the previous one is adjudicated.
 */
final class LoadGenerator {

    private static final int MAX_IN_FLIGHT = 512;

    private final Json api;
    private final String claimsUrl;
    private final ClaimTracker tracker;
    private final ClaimSchedule schedule;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger adjudicated = new AtomicInteger();
    private final AtomicInteger lateSends = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger errorCount = new AtomicInteger();
    private volatile long scheduleStart;
    private volatile long period;
    private volatile long scheduleEnd;

    record Window(long startNanos, long measureFromNanos, long endNanos, Instant startedAt) {
        double measuredSeconds() {
            return (endNanos - measureFromNanos) / 1e9;
        }

        boolean measured(long nanos) {
            return nanos >= measureFromNanos && nanos < endNanos;
        }

        static Window startingNow(int warmupSeconds, int durationSeconds) {
            long start = System.nanoTime();
            return new Window(start, start + warmupSeconds * 1_000_000_000L,
                    start + (warmupSeconds + durationSeconds) * 1_000_000_000L, Instant.now());
        }
    }

    LoadGenerator(Json api, String claimsUrl, ClaimTracker tracker, ClaimSchedule schedule) {
        this.api = api;
        this.claimsUrl = claimsUrl + "/claims";
        this.tracker = tracker;
        this.schedule = schedule;
    }

    void openLoop(Window window, double rate) throws InterruptedException {
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        long period = (long) (1e9 / rate);
        long start = window.startNanos();
        this.period = period;
        this.scheduleEnd = window.endNanos();
        this.scheduleStart = start;
        for (long i = 0; ; i++) {
            long due = start + i * period;
            if (due >= window.endNanos()) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else if (wait < -10_000_000L) {
                lateSends.incrementAndGet(); // more than 10 ms behind schedule: the generator, not the system, lags
            }
            ClaimSchedule.Claim claim = schedule.next();
            if (claim == null) {
                errors.add("claim budget exhausted after " + i + " claims: use more --members");
                break;
            }
            inFlight.acquire();
            submit(claim, due).whenComplete((ok, e) -> inFlight.release());
        }
        inFlight.acquire(MAX_IN_FLIGHT); // every POST answered
    }

    void closedLoop(Window window, int clients) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(() -> {
                while (System.nanoTime() < window.endNanos()) {
                    ClaimSchedule.Claim claim = schedule.next();
                    if (claim == null) {
                        errors.add("claim budget exhausted: use more --members");
                        return;
                    }
                    ClaimTrace trace = submit(claim, System.nanoTime()).join();
                    if (trace == null) {
                        continue;
                    }
                    try {
                        trace.adjudicated.get(60, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        errors.add("claim " + claim.index() + " not adjudicated within 60 s");
                    }
                }
            }, "client-" + c);
            client.start();
            threads.add(client);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** Posts one claim due at {@code scheduledNanos}; its trace once accepted (202), null otherwise. */
    private java.util.concurrent.CompletableFuture<ClaimTrace> submit(ClaimSchedule.Claim claim, long scheduledNanos) {
        long sentNanos = System.nanoTime();
        long sentMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        sent.incrementAndGet();
        return api.postAsync(claimsUrl, claim.json()).handle((response, e) -> {
            if (e != null || response.status() != 202) {
                errorCount.incrementAndGet();
                if (errors.size() < 20) {
                    errors.add(e != null ? e.toString() : "POST /claims answered " + response.status() + ": " + response.raw());
                }
                return null;
            }
            accepted.incrementAndGet();
            ClaimTrace trace = tracker.trace(response.body().get("claimId").asText());
            trace.sent(claim.index(), claim.member().memberId(), scheduledNanos, sentNanos, sentMicros);
            trace.adjudicated.thenRun(adjudicated::incrementAndGet);
            return trace;
        });
    }


    int sent() {
        return sent.get();
    }

    int accepted() {
        return accepted.get();
    }

    /**
     * Open loop: claims due by {@code nanos} (on the fixed schedule, sent or not yet) and neither refused nor
     * adjudicated — what the system (or the generator) owes at that moment.
     */
    long backlog(long nanos) {
        return Sweep.due(scheduleStart, period, scheduleEnd, nanos) - errorCount.get() - adjudicated.get();
    }

    int rejected() {
        return errorCount.get();
    }

    int lateSends() {
        return lateSends.get();
    }

    List<String> errors() {
        return List.copyOf(errors);
    }
}
