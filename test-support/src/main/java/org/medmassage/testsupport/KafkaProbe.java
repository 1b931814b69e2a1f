package org.medmassage.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.EventCodec;
import org.medmassage.events.EventEnvelope;
import org.medmassage.events.EventType;
import org.awaitility.Awaitility;

/**
 * A test's hands on the real broker: publish envelopes (or raw bytes) the way a producing service would, and wait,
 * with a deadline, for the events a service publishes. Reads every topic from the beginning with its own group.
 */
public final class KafkaProbe implements AutoCloseable {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, byte[]> producer;
    private final String bootstrapServers;
    private final List<KafkaConsumer<String, byte[]>> consumers = new ArrayList<>();

    public KafkaProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** Wraps and publishes an event on its catalogue topic; returns the envelope (to redeliver it later). */
    public EventEnvelope publish(DomainEvent event) {
        EventEnvelope envelope = codec.wrap(event, null, Instant.now());
        publish(envelope);
        return envelope;
    }

    public void publish(EventEnvelope envelope) {
        String topic = EventType.fromWireName(envelope.type()).orElseThrow().topic();
        publishRaw(topic, envelope.memberId(), codec.encode(envelope));
    }

    public void publishRaw(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /** The first event of this type on its topic that matches, or an AssertionError after the timeout. */
    public <T extends DomainEvent> T await(Class<T> type, Predicate<T> match) {
        return awaitEnvelope(type, match, DEFAULT_TIMEOUT).payload();
    }

    public <T extends DomainEvent> Received<T> awaitEnvelope(Class<T> type, Predicate<T> match, Duration timeout) {
        EventType eventType = java.util.Arrays.stream(EventType.values())
                .filter(candidate -> candidate.payloadType().equals(type)).findFirst().orElseThrow();
        for (ConsumerRecord<String, byte[]> record : records(eventType.topic(), timeout, record -> {
            EventEnvelope envelope = codec.decode(record.value());
            return envelope.type().equals(eventType.wireName()) && match.test(codec.payload(envelope, type));
        })) {
            EventEnvelope envelope = codec.decode(record.value());
            return new Received<>(envelope, codec.payload(envelope, type), record.key());
        }
        throw new AssertionError("no matching " + eventType.wireName() + " on " + eventType.topic() + " within " + timeout);
    }

    /** Every envelope of this type on its topic now (reads until the topic is quiet for a moment). */
    public <T extends DomainEvent> List<T> all(Class<T> type, Predicate<T> match, Duration quiet) {
        EventType eventType = java.util.Arrays.stream(EventType.values())
                .filter(candidate -> candidate.payloadType().equals(type)).findFirst().orElseThrow();
        List<T> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = newConsumer(eventType.topic())) {
            Instant quietUntil = Instant.now().plus(quiet);
            while (Instant.now().isBefore(quietUntil)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    EventEnvelope envelope = codec.decode(record.value());
                    if (envelope.type().equals(eventType.wireName())) {
                        T payload = codec.payload(envelope, type);
                        if (match.test(payload)) {
                            found.add(payload);
                        }
                    }
                    quietUntil = Instant.now().plus(quiet);
                }
            }
        }
        return found;
    }

    /**
     * Waits until the service's consumer group has committed past everything on the topic now: every record published
     * so far, a redelivered one included, has been handled, and what its handler wrote (its outbox rows too) is
     * committed. The sound way to say "it was processed" before checking that something did not happen.
     */
    public void awaitConsumed(String group, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
             KafkaConsumer<String, byte[]> ends = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringDeserializer(),
                     new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = ends.partitionsFor(topic, DEFAULT_TIMEOUT).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            Map<TopicPartition, Long> end = ends.endOffsets(partitions, DEFAULT_TIMEOUT);
            Awaitility.await().atMost(DEFAULT_TIMEOUT).pollInterval(Duration.ofMillis(100))
                    .alias(group + " consumed " + topic + " up to " + end)
                    .until(() -> {
                        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                                .partitionsToOffsetAndMetadata().get();
                        return end.entrySet().stream().allMatch(e -> e.getValue() == 0
                                || (committed.get(e.getKey()) != null
                                && committed.get(e.getKey()).offset() >= e.getValue()));
                    });
        }
    }

    /**
     * Every event of this type on its topic up to the topic's end now, without waiting for the topic to go quiet: call
     * it once the producing service has nothing left to publish (its outbox is empty, see {@link Outboxes}).
     */
    public <T extends DomainEvent> List<T> allUpToNow(Class<T> type, Predicate<T> match) {
        EventType eventType = java.util.Arrays.stream(EventType.values())
                .filter(candidate -> candidate.payloadType().equals(type)).findFirst().orElseThrow();
        List<T> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = newConsumer(eventType.topic())) {
            consumer.poll(Duration.ZERO);
            Map<TopicPartition, Long> end = consumer.endOffsets(consumer.partitionsFor(eventType.topic(),
                    DEFAULT_TIMEOUT).stream().map(info -> new TopicPartition(eventType.topic(), info.partition()))
                    .toList(), DEFAULT_TIMEOUT);
            Instant deadline = Instant.now().plus(DEFAULT_TIMEOUT);
            while (end.entrySet().stream().anyMatch(e -> position(consumer, e.getKey()) < e.getValue())) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("could not read " + eventType.topic() + " up to " + end);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    EventEnvelope envelope = codec.decode(record.value());
                    if (envelope.type().equals(eventType.wireName())) {
                        T payload = codec.payload(envelope, type);
                        if (match.test(payload)) {
                            found.add(payload);
                        }
                    }
                }
            }
        }
        return found;
    }

    // before the group's first assignment a partition has no position yet: nothing read
    private static long position(KafkaConsumer<String, byte[]> consumer, TopicPartition partition) {
        return consumer.assignment().contains(partition) ? consumer.position(partition) : -1;
    }

    /** The first raw records on a topic that satisfy the predicate, polling until the deadline. */
    public List<ConsumerRecord<String, byte[]>> records(String topic, Duration timeout,
                                                        Predicate<ConsumerRecord<String, byte[]>> match) {
        KafkaConsumer<String, byte[]> consumer = newConsumer(topic);
        consumers.add(consumer);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (match.test(record)) {
                    return List.of(record);
                }
            }
        }
        return List.of();
    }

    private KafkaConsumer<String, byte[]> newConsumer(String topic) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    @Override
    public void close() {
        consumers.forEach(KafkaConsumer::close);
        producer.close();
    }

    /** An event as it was received: envelope, typed payload and the Kafka key. */
    public record Received<T>(EventEnvelope envelope, T payload, String key) {
    }
}
