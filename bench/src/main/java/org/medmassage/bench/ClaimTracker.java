package org.medmassage.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Detects each claim's terminal state without touching the system: one Kafka consumer (no group, assigned to every
 * partition of the saga topics from their current end) reads the events the services publish anyway. A claim is done
 * when its ClaimAdjudicated arrives (correlation by claimId = envelope correlationId); latency = that consume time −
 * the claim's scheduled send time. The other saga events only give the per-hop timings.
 */
final class ClaimTracker implements AutoCloseable {

    static final Set<String> SAGA_EVENTS = Set.of("SessionBilled", "VisitAuthorized", "VisitNotAuthorized",
            "CostShareRequested", "CostShareApplied", "BenefitLimitReached", "CostShareDenied", "ClaimAdjudicated",
            "PortalNotification");

    private static final byte[] CLAIM_ADJUDICATED = "\"ClaimAdjudicated\"".getBytes(StandardCharsets.UTF_8);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, ClaimTrace> traces = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Throwable failure;
    private volatile long recordsRead;

    ClaimTracker(String bootstrapServers, Broker broker) throws Exception {
        broker.ensureTopics(Broker.SAGA_TOPICS);
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // the broker answers a fetch as soon as one record arrives (fetch.min.bytes 1), so a short wait only
                // adds empty fetches: at 10 ms they cost the bench and the broker ~1 s of CPU per 5 s of idle
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 500,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000), new StringDeserializer(), new ByteArrayDeserializer());
        var partitions = broker.partitions(Broker.SAGA_TOPICS);
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now: only events after this point are read
        thread = new Thread(this::run, "claim-tracker");
        thread.setDaemon(true);
        thread.start();
    }

    ClaimTrace trace(String claimId) {
        return traces.computeIfAbsent(claimId, id -> new ClaimTrace());
    }

    Map<String, ClaimTrace> traces() {
        return traces;
    }

    long recordsRead() {
        return recordsRead;
    }

    void failIfBroken() {
        if (failure != null) {
            throw new IllegalStateException("claim tracker stopped: " + failure, failure);
        }
    }

    private void run() {
        try {
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(100));
                long now = System.nanoTime();
                for (ConsumerRecord<String, byte[]> record : records) {
                    read(record, now);
                }
                recordsRead += records.count();
            }
        } catch (Throwable e) {
            failure = e;
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /**
     * Only a record that mentions ClaimAdjudicated is decoded in full (its payload carries the cost shares the
     * invariants check); the others give the per-hop times from their envelope's head, read without building a tree.
     * The bench runs on the cores it measures: its own CPU per claim must stay small.
     */
    private void read(ConsumerRecord<String, byte[]> record, long consumedNanos) {
        byte[] value = record.value();
        if (value == null) {
            return;
        }
        if (EnvelopeHead.mentions(value, CLAIM_ADJUDICATED)) {
            readInFull(value, record.timestamp(), consumedNanos);
            return;
        }
        EnvelopeHead head = EnvelopeHead.read(value);
        if (head != null && SAGA_EVENTS.contains(head.type())) {
            try {
                trace(head.correlationId()).event(head.type(), micros(head.occurredAt()), record.timestamp());
            } catch (DateTimeException notAnInstant) {
                // a hand-written record, not a service's event: no hop to time
            }
        }
    }

    private void readInFull(byte[] value, long producedMillis, long consumedNanos) {
        JsonNode envelope;
        try {
            envelope = Json.MAPPER.readTree(value);
        } catch (JacksonException notAnEvent) {
            return; // a malformed record (the chaos suite writes 10,000): the services dead-letter it, no claim is its
        }
        String type = envelope.path("type").asText();
        if (!SAGA_EVENTS.contains(type)) {
            return;
        }
        ClaimTrace trace = trace(envelope.path("correlationId").asText());
        trace.event(type, micros(envelope.path("occurredAt").asText()), producedMillis);
        if (type.equals("ClaimAdjudicated")) {
            JsonNode payload = envelope.path("payload");
            BigDecimal deductible = BigDecimal.ZERO;
            BigDecimal copay = BigDecimal.ZERO;
            BigDecimal coinsurance = BigDecimal.ZERO;
            for (JsonNode line : payload.path("lines")) {
                deductible = deductible.add(money(line, "deductible"));
                copay = copay.add(money(line, "copay"));
                coinsurance = coinsurance.add(money(line, "coinsurance"));
            }
            trace.adjudicatedAt(envelope.path("eventId").asText(), consumedNanos, payload.path("status").asText(),
                    deductible, copay, coinsurance);
            trace.adjudicatedFor(payload.path("memberId").asText());
        }
    }

    private static long micros(String instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse(instant));
    }

    private static BigDecimal money(JsonNode line, String field) {
        JsonNode value = line.get(field);
        return value == null || value.isNull() ? BigDecimal.ZERO : value.decimalValue();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }
}
