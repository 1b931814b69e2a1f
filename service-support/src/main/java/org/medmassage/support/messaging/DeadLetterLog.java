package org.medmassage.support.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every dead letter is counted ({@code medmassage_consumer_dead_letters_total} by consumer, topic and kind); at most
 * one a consumer per {@link #WINDOW} is logged, saying how many went unlogged before it: 10,000 malformed records are
 * a few WARN lines, not 10,000.
 */
public class DeadLetterLog {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterLog.class);
    private static final long WINDOW = Duration.ofSeconds(10).toNanos();
    private static final int MAX_MESSAGE = 300;

    private final MeterRegistry meters;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public DeadLetterLog(MeterRegistry meters) {
        this.meters = meters;
    }

    void deadLettered(String group, String topic, int partition, long offset, String deadLetterTopic, String kind,
            Throwable failure) {
        meters.counter("medmassage.consumer.dead.letters", "consumer", group, "topic", topic, "kind", kind).increment();
        Window window = windows.computeIfAbsent(group, any -> new Window());
        long started = window.start.get();
        long now = System.nanoTime();
        if (now - started > WINDOW && window.start.compareAndSet(started, now)) {
            int unlogged = window.unlogged.getAndSet(0);
            log.warn("{} dead-lettered {}-{} offset {} to {}: {}{}", group, topic, partition, offset, deadLetterTopic,
                    describe(failure), unlogged > 0 ? " (and " + unlogged + " more unlogged before it)" : "");
        } else {
            window.unlogged.incrementAndGet();
        }
    }

    static String describe(Throwable failure) {
        Throwable real = Faults.unwrap(failure);
        String message = String.valueOf(real.getMessage());
        return real.getClass().getName() + ": "
                + (message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message);
    }

    private static final class Window {
        private final AtomicLong start = new AtomicLong(System.nanoTime() - WINDOW - 1);
        private final AtomicInteger unlogged = new AtomicInteger();
    }
}
