package org.medmassage.authorization.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.medmassage.authorization.application.DecisionDeadlines.PendedDue;
import org.medmassage.authorization.application.TurnaroundMetrics;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.decision.Authorization;
import org.medmassage.authorization.decision.DeniedAuthorization;
import org.medmassage.authorization.decision.Priority;
import org.springframework.stereotype.Component;

/**
 * The PA-02 figures in Micrometer, exported as {@code medmassage_authorization_decisions_total{code,by,priority}}
 * (every outcome by its X12 306 code), {@code medmassage_authorization_decision_time_seconds{by,priority}}
 * (a histogram whose buckets are the clocks: an hour, a day, 72 hours, 7 and 15 days),
 * {@code medmassage_authorization_deadlines_breached_total{priority}}, and the gauges
 * {@code medmassage_authorization_pended_due_soon} and {@code medmassage_authorization_pended_overdue}, refreshed by
 * each deadline sweep. Counters and timers are this instance's; the gauges read the database, so every instance shows
 * the same figure.
 */
@Component
class MicrometerTurnaroundMetrics implements TurnaroundMetrics {

    private static final Duration[] CLOCKS = {Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1),
            Duration.ofHours(24), Duration.ofHours(72), Duration.ofDays(7), Duration.ofDays(15), Duration.ofDays(30)};

    private final MeterRegistry meters;
    private final AtomicLong dueSoon = new AtomicLong();
    private final AtomicLong overdue = new AtomicLong();

    MicrometerTurnaroundMetrics(MeterRegistry meters, TurnaroundProperties turnaround) {
        this.meters = meters;
        Gauge.builder("medmassage.authorization.pended.due.soon", dueSoon, AtomicLong::get)
                .description("PENDED requests due within the warning window (" + turnaround.warning()
                        + "), not yet overdue (PA-02)")
                .register(meters);
        Gauge.builder("medmassage.authorization.pended.overdue", overdue, AtomicLong::get)
                .description("PENDED requests past their decision deadline (PA-02)")
                .register(meters);
        for (Priority priority : Priority.values()) {
            breachedCounter(priority);
        }
    }

    @Override
    public void decided(Authorization authorization, DecidedBy by) {
        // every outcome by its X12 306 (HCR01) code, the pend (A4) included: bounded by 4 codes × 2 deciders × priority
        Counter.builder("medmassage.authorization.decisions")
                .description("authorization outcomes by X12 306 (HCR01) action code, who decided, and priority")
                .tag("code", authorization.status().x12Code())
                .tag("by", by.name().toLowerCase(Locale.ROOT))
                .tag("priority", authorization.request().priority().name())
                .register(meters).increment();
        Instant decidedAt = authorization instanceof ApprovedAuthorization approved ? approved.decidedAt()
                : authorization instanceof DeniedAuthorization denied ? denied.decidedAt() : null;
        if (decidedAt == null) {
            return;
        }
        Duration taken = Duration.between(authorization.request().receivedAt(), decidedAt);
        Timer.builder("medmassage.authorization.decision.time")
                .description("received → decided, by the rules (auto) or a reviewer (PA-02)")
                .tag("by", by.name().toLowerCase(Locale.ROOT))
                .tag("priority", authorization.request().priority().name())
                .serviceLevelObjectives(CLOCKS)
                .register(meters)
                .record(taken.isNegative() ? Duration.ZERO : taken);
    }

    @Override
    public void breached(Priority priority) {
        breachedCounter(priority).increment();
    }

    @Override
    public void pendedDue(PendedDue counts) {
        dueSoon.set(counts.dueSoon());
        overdue.set(counts.overdue());
    }

    private Counter breachedCounter(Priority priority) {
        return Counter.builder("medmassage.authorization.deadlines.breached")
                .description("pended requests found past their decision deadline, each counted once (PA-02)")
                .tag("priority", priority.name())
                .register(meters);
    }
}
