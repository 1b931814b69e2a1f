package org.medmassage.support.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
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
    /** Why a record was dead-lettered: undecodable, refused by the handler, or a fault that outlasted the retries. */
    private static final List<String> KINDS = List.of("malformed", "refused", "transient");

    private final MeterRegistry meters;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public DeadLetterLog(MeterRegistry meters) {
        this.meters = meters;
    }

    /**
     * Registers a consumer's counters at zero when its binding is configured: the first dead letter is then an
     * increase Prometheus sees (a series born at 1 has no increase, and the DeadLettersNotEmpty alert would miss it).
     */
    void expect(String group, String topic) {
        for (String kind : KINDS) {
            counter(group, topic, kind);
        }
    }

    void deadLettered(String group, String topic, int partition, long offset, String deadLetterTopic, String kind,
            Throwable failure) {
        counter(group, topic, kind).increment();
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

    private Counter counter(String group, String topic, String kind) {
        return Counter.builder("medmassage.consumer.dead.letters")
                .description("records dead-lettered to error.<topic>.<group>: malformed, refused or transient")
                .tags("consumer", group, "topic", topic, "kind", kind).register(meters);
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
