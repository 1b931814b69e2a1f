package org.medmassage.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Throughput and latency of the claims scheduled in the measured window, and where their time went hop by hop, from
 * the saga events' envelope occurredAt (when a service decided) and Kafka record timestamps (when its relay produced).
 * The headline latency runs from each claim's scheduled send (open loop: its slot in the fixed schedule), so a late
 * send is not hidden; the latency from the actual send is kept next to it. A claim still unfinished when the figures
 * are taken counts with its age then (a lower bound), not as missing.
 */
final class Latencies {

    /** The saga's hops, in order: each from one event to the next; the first starts at the POST's send. */
    static final List<String> HAPPY_PATH = List.of("SessionBilled", "VisitAuthorized", "CostShareRequested",
            "CostShareApplied", "ClaimAdjudicated");

    private final Histogram endToEnd = histogram();
    private final Histogram fromSend = histogram();
    private final Map<String, Histogram> hops = new LinkedHashMap<>();
    private int adjudicatedInWindow;
    private int sentInWindow;
    private int unfinished;

    /** The claims of {@code window} among {@code traces}, as of {@code nowNanos}. */
    Latencies(Iterable<ClaimTrace> traces, LoadGenerator.Window window, long nowNanos) {
        for (ClaimTrace trace : traces) {
            if (!trace.submitted()) {
                continue;
            }
            if (trace.adjudications() > 0 && window.measured(trace.adjudicatedNanos())) {
                adjudicatedInWindow++;
            }
            if (window.measured(trace.scheduledNanos())) {
                sentInWindow++;
                if (trace.adjudications() > 0) {
                    endToEnd.recordValue(Math.max(0, trace.latencyMicros()));
                    fromSend.recordValue(Math.max(0, trace.latencyFromSendMicros()));
                    recordHops(trace);
                } else {
                    unfinished++;
                    endToEnd.recordValue(Math.max(0, trace.ageMicros(nowNanos)));
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
        record("ClaimAdjudicated → consumed by the bench", trace.sentEpochMicros() + trace.latencyFromSendMicros() - previous);
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

    /** Claims of the window not adjudicated when these figures were taken. */
    int unfinished() {
        return unfinished;
    }

    /** p50, p95, p99, max and count of the end-to-end latency from the scheduled send, in milliseconds. */
    Map<String, Object> endToEnd() {
        return summary(endToEnd);
    }

    /** The same from the actual POST send (hides the generator's own lag: kept for comparison only). */
    Map<String, Object> fromSend() {
        return summary(fromSend);
    }

    double p99Millis() {
        return ms(endToEnd.getValueAtPercentile(99));
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
