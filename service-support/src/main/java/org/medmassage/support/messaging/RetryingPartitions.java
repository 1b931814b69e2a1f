package org.medmassage.support.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The partitions whose consumer is waiting out an infrastructure fault, for {@code /actuator/health}: the status is
 * {@link #RETRYING} (HTTP 200: the service answers, its events wait) while any is, with where, since when and why.
 * An entry not renewed for twice the longest back-off is dropped: its partition has moved to another instance.
 */
public class RetryingPartitions implements HealthIndicator {

    public static final Status RETRYING = new Status("RETRYING", "waiting out an infrastructure fault; nothing is lost");

    private final Map<String, Retry> retrying = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration staleAfter;

    public RetryingPartitions(Clock clock, Duration maxBackOff) {
        this.clock = clock;
        this.staleAfter = maxBackOff.multipliedBy(2).plusSeconds(30);
    }

    /** A failed delivery of a record that will be retried; returns the attempts so far on that partition. */
    int failed(String group, String topic, int partition, Throwable fault) {
        Instant now = clock.instant();
        Throwable real = Faults.unwrap(fault);
        return retrying.merge(key(group, topic, partition),
                new Retry(group, topic, partition, now, now, 1, real.getClass().getName()),
                (before, latest) -> new Retry(group, topic, partition, before.since(), now, before.attempts() + 1,
                        latest.fault())).attempts();
    }

    /** The partition moved on (a record succeeded or was dead-lettered); the finished retry, if there was one. */
    Retry cleared(String group, String topic, int partition) {
        return retrying.remove(key(group, topic, partition));
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        retrying.values().removeIf(retry -> retry.lastAttempt().plus(staleAfter).isBefore(now));
        if (retrying.isEmpty()) {
            return Health.up().build();
        }
        List<Map<String, Object>> partitions = retrying.values().stream()
                .sorted(Comparator.comparing(Retry::since))
                .map(retry -> Map.<String, Object>of("consumer", retry.group(), "topic", retry.topic(),
                        "partition", retry.partition(), "since", retry.since().toString(),
                        "attempts", retry.attempts(), "fault", retry.fault()))
                .toList();
        return Health.status(RETRYING).withDetail("retrying", partitions).build();
    }

    private static String key(String group, String topic, int partition) {
        return group + "|" + topic + "|" + partition;
    }

    record Retry(String group, String topic, int partition, Instant since, Instant lastAttempt, int attempts,
            String fault) {
    }
}
