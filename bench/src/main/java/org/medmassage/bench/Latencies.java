package org.medmassage.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Throughput and latency of the claims sent in the measured window, and where their time went hop by hop, from the
 * saga events' envelope occurredAt (when a service decided) and Kafka record timestamps (when its relay produced).
 */
final class Latencies {

    /** The saga's hops, in order: each from one event to the next; the first starts at the POST's send. */
    static final List<String> HAPPY_PATH = List.of("SessionBilled", "VisitAuthorized", "CostShareRequested",
            "CostShareApplied", "ClaimAdjudicated");

    private final Histogram endToEnd = histogram();
    private final Map<String, Histogram> hops = new LinkedHashMap<>();
    private int adjudicatedInWindow;
    private int sentInWindow;

    Latencies(Iterable<ClaimTrace> traces, LoadGenerator.Window window) {
        for (ClaimTrace trace : traces) {
            if (!trace.submitted()) {
                continue;
            }
            if (trace.adjudications() > 0 && window.measured(trace.adjudicatedNanos())) {
                adjudicatedInWindow++;
            }
            if (window.measured(trace.sentNanos())) {
                sentInWindow++;
                if (trace.adjudications() > 0) {
                    endToEnd.recordValue(Math.max(0, trace.latencyMicros()));
                    recordHops(trace);
                }
            }
        }
    }

    private void recordHops(ClaimTrace trace) {
        long previous = trace.sentEpochMicros();
        String previousType = "POST /claims";
        for (String type : HAPPY_PATH) {
            Long occurred = trace.occurredMicros(type);
            if (occurred == null) {
                return; // a denied claim leaves the happy path: its hops are not comparable
            }
            record(previousType + " → " + type, occurred - previous);
            Long produced = trace.producedMillis(type);
            if (produced != null) {
                record("  ↳ of which " + type + " outbox wait (occurredAt → produced)", produced * 1_000 - occurred);
            }
            previous = occurred;
            previousType = type;
        }
        record("ClaimAdjudicated → consumed by the bench", trace.sentEpochMicros() + trace.latencyMicros() - previous);
        Long portal = trace.occurredMicros("PortalNotification");
        if (portal != null) {
            record("ClaimAdjudicated → PortalNotification", portal - previous);
        }
    }

    private void record(String hop, long micros) {
        hops.computeIfAbsent(hop, h -> histogram()).recordValue(Math.max(0, micros));
    }

    private static Histogram histogram() {
        return new Histogram(3_600_000_000L, 3); // µs, up to an hour, 3 significant digits
    }

    double throughput(LoadGenerator.Window window) {
        return adjudicatedInWindow / window.measuredSeconds();
    }

    int adjudicatedInWindow() {
        return adjudicatedInWindow;
    }

    int sentInWindow() {
        return sentInWindow;
    }

    /** p50, p95, p99, max and count of the end-to-end latency, in milliseconds. */
    Map<String, Object> endToEnd() {
        return summary(endToEnd);
    }

    Map<String, Map<String, Object>> hops() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        hops.forEach((hop, h) -> out.put(hop, summary(h)));
        return out;
    }

    private static Map<String, Object> summary(Histogram h) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("count", h.getTotalCount());
        s.put("p50_ms", ms(h.getValueAtPercentile(50)));
        s.put("p95_ms", ms(h.getValueAtPercentile(95)));
        s.put("p99_ms", ms(h.getValueAtPercentile(99)));
        s.put("max_ms", ms(h.getMaxValue()));
        s.put("mean_ms", ms((long) h.getMean()));
        return s;
    }

    private static double ms(long micros) {
        return Math.round(micros / 100.0) / 10.0;
    }
}
