package org.medmassage.support.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * What waits in the outbox, refreshed by the relay's poll: the gauges {@code medmassage_outbox_unpublished} and
 * {@code medmassage_outbox_oldest_unpublished_seconds}, and health {@code outbox}, {@link #DELAYED} (HTTP 200) once the
 * oldest unpublished event is older than the threshold: events are safe in the database, but late.
 */
public class OutboxBacklog implements HealthIndicator {

    public static final Status DELAYED = new Status("DELAYED", "events wait in the outbox longer than they should");

    private final DatabaseClient db;
    private final Duration threshold;
    private final AtomicLong unpublished = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();

    public OutboxBacklog(DatabaseClient db, Duration threshold, MeterRegistry meters) {
        this.db = db;
        this.threshold = threshold;
        Gauge.builder("medmassage.outbox.unpublished", unpublished, AtomicLong::get)
                .description("events committed to the outbox and not yet acknowledged by the broker").register(meters);
        Gauge.builder("medmassage.outbox.oldest.unpublished.seconds", oldestSeconds, AtomicLong::get)
                .description("age of the oldest event not yet published (0 when none waits)").register(meters);
    }

    public Mono<Void> refresh() {
        return db.sql("""
                        select count(*) as waiting,
                               coalesce(extract(epoch from now() - min(created_at)), 0)::bigint as oldest
                        from outbox_event where published_at is null""")
                .map(row -> {
                    unpublished.set(row.get("waiting", Long.class));
                    oldestSeconds.set(row.get("oldest", Long.class));
                    return true;
                }).one().then();
    }

    @Override
    public Health health() {
        Health.Builder health = oldestSeconds.get() > threshold.toSeconds() ? Health.status(DELAYED) : Health.up();
        return health.withDetail("unpublished", unpublished.get())
                .withDetail("oldestUnpublishedSeconds", oldestSeconds.get())
                .withDetail("delayedAfterSeconds", threshold.toSeconds()).build();
    }
}
