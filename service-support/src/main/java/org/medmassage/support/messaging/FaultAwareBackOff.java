package org.medmassage.support.messaging;

import java.time.Duration;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * How long to wait before the next delivery of a failed record, decided by its latest failure: an infrastructure
 * fault waits with exponential back-off up to {@code maxBackOff}, for as long as it lasts (the partition is held, so
 * each member's events stay in order); any other failure gets {@code poison}'s bounded attempts, then the recoverer
 * (the dead-letter topic). The latest failure is told by {@link #failed(Throwable)} just before each decision, on the
 * consumer's thread.
 */
final class FaultAwareBackOff implements BackOff {

    private static final ThreadLocal<Throwable> LATEST_FAILURE = new ThreadLocal<>();

    private final BackOff poison;
    private final long firstBackOffMillis;
    private final long maxBackOffMillis;

    FaultAwareBackOff(BackOff poison, Duration firstBackOff, Duration maxBackOff) {
        this.poison = poison;
        this.firstBackOffMillis = firstBackOff.toMillis();
        this.maxBackOffMillis = maxBackOff.toMillis();
    }

    static void failed(Throwable failure) {
        LATEST_FAILURE.set(failure);
    }

    /** The record was handled or dead-lettered: the thread keeps no failure (nor the record data it may carry). */
    static void forget() {
        LATEST_FAILURE.remove();
    }

    @Override
    public BackOffExecution start() {
        return new BackOffExecution() {
            private BackOffExecution bounded = poison.start();
            private long nextTransient = firstBackOffMillis;

            @Override
            public long nextBackOff() {
                Throwable failure = LATEST_FAILURE.get();
                LATEST_FAILURE.remove();
                if (failure != null && Faults.isTransient(failure)) {
                    bounded = poison.start(); // a record that fails for good later gets its full bounded attempts
                    long wait = nextTransient;
                    nextTransient = Math.min(nextTransient * 2, maxBackOffMillis);
                    return wait;
                }
                nextTransient = firstBackOffMillis;
                return bounded.nextBackOff();
            }
        };
    }
}
