package org.medmassage.bench;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * What the bench saw of one claim: when its POST was sent, when each saga event occurred (envelope occurredAt) and
 * was produced (Kafka record timestamp), and when its ClaimAdjudicated reached the bench's consumer.
 * Written by the load generator (send) and the tracker's consumer thread (events): every access is synchronized.
 */
final class ClaimTrace {

    private long scheduledNanos;
    private long sentNanos;
    private long sentEpochMicros;
    private int index = -1;
    private String memberId;
    private final Map<String, Long> occurredMicros = new HashMap<>();
    private final Map<String, Long> producedMillis = new HashMap<>();
    private int adjudications;
    private final Set<String> adjudicationEvents = new HashSet<>();
    private long adjudicatedNanos;
    private String status;
    private BigDecimal deductible = BigDecimal.ZERO;
    private BigDecimal copay = BigDecimal.ZERO;
    private BigDecimal coinsurance = BigDecimal.ZERO;
    final CompletableFuture<Void> adjudicated = new CompletableFuture<>();

    /**
     * The POST went out at {@code nanos}; it was due at {@code scheduledNanos} (open loop: its slot in the fixed
     * schedule; closed loop: the send itself, as a client posts its next claim when the previous one is done).
     */
    synchronized void sent(int index, String memberId, long scheduledNanos, long nanos, long epochMicros) {
        this.index = index;
        this.memberId = memberId;
        this.scheduledNanos = scheduledNanos;
        this.sentNanos = nanos;
        this.sentEpochMicros = epochMicros;
    }

    synchronized void event(String type, long occurredEpochMicros, long producedEpochMillis) {
        occurredMicros.putIfAbsent(type, occurredEpochMicros);
        producedMillis.putIfAbsent(type, producedEpochMillis);
    }

    /**
     * One ClaimAdjudicated consumed. Counted once per event id: a copy of the same event (the relay re-sending after a
     * crash, a redelivery) is the broker's at-least-once, not a second adjudication.
     */
    synchronized void adjudicatedAt(String eventId, long nanos, String status, BigDecimal deductible, BigDecimal copay,
                                    BigDecimal coinsurance) {
        if (!adjudicationEvents.add(eventId)) {
            return;
        }
        if (++adjudications == 1) {
            adjudicatedNanos = nanos;
            this.status = status;
            this.deductible = deductible;
            this.copay = copay;
            this.coinsurance = coinsurance;
            adjudicated.complete(null);
        }
    }

    /**
     * The member a ClaimAdjudicated names. Only fills a trace the bench never saw accepted: a POST whose answer was
     * lost (the service killed after its commit) still made a claim, which the member's ledger holds.
     */
    synchronized void adjudicatedFor(String adjudicatedMemberId) {
        if (memberId == null && adjudicatedMemberId != null && !adjudicatedMemberId.isEmpty()) {
            memberId = adjudicatedMemberId;
        }
    }

    synchronized boolean submitted() {
        return index >= 0;
    }

    synchronized int index() {
        return index;
    }

    synchronized String memberId() {
        return memberId;
    }

    synchronized long sentNanos() {
        return sentNanos;
    }

    synchronized long scheduledNanos() {
        return scheduledNanos;
    }

    synchronized long sentEpochMicros() {
        return sentEpochMicros;
    }

    synchronized int adjudications() {
        return adjudications;
    }

    synchronized long adjudicatedNanos() {
        return adjudicatedNanos;
    }

    /**
     * Scheduled send → ClaimAdjudicated consumed, in microseconds; -1 while not adjudicated. Timed from the schedule,
     * not from the actual send, so a POST the generator sent late (a full in-flight cap, a stalled client thread)
     * still counts the time it waited: no coordinated omission.
     */
    synchronized long latencyMicros() {
        return adjudications == 0 ? -1 : (adjudicatedNanos - scheduledNanos) / 1_000;
    }

    /** Actual POST send → ClaimAdjudicated consumed, in microseconds; -1 while not adjudicated. */
    synchronized long latencyFromSendMicros() {
        return adjudications == 0 ? -1 : (adjudicatedNanos - sentNanos) / 1_000;
    }

    /** How long the claim has waited since its scheduled send, as of {@code nanos}, while it is not adjudicated. */
    synchronized long ageMicros(long nanos) {
        return (nanos - scheduledNanos) / 1_000;
    }

    synchronized Long occurredMicros(String type) {
        return occurredMicros.get(type);
    }

    synchronized Long producedMillis(String type) {
        return producedMillis.get(type);
    }

    synchronized String status() {
        return status;
    }

    synchronized BigDecimal deductible() {
        return deductible;
    }

    synchronized BigDecimal copay() {
        return copay;
    }

    synchronized BigDecimal coinsurance() {
        return coinsurance;
    }
}
