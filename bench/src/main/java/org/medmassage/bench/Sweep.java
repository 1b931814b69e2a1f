package org.medmassage.bench;

import java.util.List;
import java.util.Optional;

/**
 * The rate sweep's rules (`--rates 50,100,…`): one measured window per rate, in the order given; a rate is sustained
 * when the p99 from the scheduled send is at most {@link #P99_LIMIT_MS} and the backlog did not grow over its window;
 * the sweep stops at the first rate that is not.
 */
final class Sweep {

    static final double P99_LIMIT_MS = 1_000;

    /** Fewer claims than this added to the backlog over a window are noise, whatever the rate. */
    private static final long BACKLOG_SLACK = 10;

    private Sweep() {
    }

    /** One rate's window, as the sweep judges it. */
    record Step(double rate, int claimsFinished, double p99Ms, long backlogAtStart, long backlogAtEnd) {

        /** Why this rate is not sustained; empty when it is. */
        Optional<String> shortfall() {
            if (claimsFinished == 0) {
                return Optional.of("no claim scheduled in the window was adjudicated");
            }
            if (p99Ms > P99_LIMIT_MS) {
                return Optional.of("p99 " + p99Ms + " ms > " + (long) P99_LIMIT_MS + " ms");
            }
            if (backlogGrew()) {
                return Optional.of("backlog grew by " + (backlogAtEnd - backlogAtStart) + " claims ("
                        + backlogAtStart + " → " + backlogAtEnd + ")");
            }
            return Optional.empty();
        }

        /**
         * A steady system owes about rate × latency claims at any moment; more than one second's worth of extra
         * arrivals over the window means it takes them more slowly than they come (or the generator lags).
         */
        boolean backlogGrew() {
            return backlogAtEnd - backlogAtStart > Math.max(BACKLOG_SLACK, Math.round(rate * P99_LIMIT_MS / 1_000));
        }
    }

    /** The highest rate sustained among the steps, or empty when none was. */
    static Optional<Double> highestSustained(List<Step> steps) {
        return steps.stream().filter(s -> s.shortfall().isEmpty()).map(Step::rate).max(Double::compare);
    }

    /** Claims due by {@code nanos} on a fixed schedule from {@code start}, one every {@code period}, up to {@code end}. */
    static long due(long start, long period, long end, long nanos) {
        if (period <= 0 || nanos < start) {
            return 0;
        }
        long last = Math.min(nanos, end - 1);
        return (last - start) / period + 1;
    }

    /** `50,100,200` → [50.0, 100.0, 200.0]; every rate positive. */
    static List<Double> parseRates(String rates) {
        List<Double> parsed = List.of(rates.split(",")).stream().map(String::trim).map(Double::parseDouble).toList();
        if (parsed.isEmpty() || parsed.stream().anyMatch(r -> !(r > 0))) {
            throw new IllegalArgumentException("--rates needs positive claims/s, comma-separated: " + rates);
        }
        return parsed;
    }
}
