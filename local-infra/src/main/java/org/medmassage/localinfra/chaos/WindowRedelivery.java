package org.medmassage.localinfra.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The fault of a consumer group rewound or a producer retrying blindly: every record written to the given topics in a
 * time window is written again, {@code times} times over, with its key, value (so its event id) and headers. The
 * window is sent whole each time, so an event comes back after the events that followed it. The inboxes must drop
 * every copy: nothing is decided, posted or published twice.
 */
public final class WindowRedelivery {

    public record Report(int recordsInWindow, int sent, Map<String, Integer> byTopic) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private WindowRedelivery() {
    }

    public static Report redeliver(String bootstrapServers, List<String> topics, Instant from, Instant to, int times)
            throws Exception {
        List<ConsumerRecord<byte[], byte[]>> window = read(bootstrapServers, topics, from, to);
        Map<String, Integer> byTopic = new HashMap<>();
        window.forEach(record -> byTopic.merge(record.topic(), 1, Integer::sum));
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int round = 0; round < times; round++) {
                for (ConsumerRecord<byte[], byte[]> record : window) {
                    acks.add(producer.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(),
                            record.headers())));
                }
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        }
        return new Report(window.size(), acks.size(), byTopic);
    }

    /** Every record of the topics with a timestamp in [from, to), in partition order. */
    private static List<ConsumerRecord<byte[], byte[]>> read(String bootstrapServers, List<String> topics, Instant from,
            Instant to) {
        List<ConsumerRecord<byte[], byte[]>> window = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic, TIMEOUT).stream()
                            .map(info -> new TopicPartition(topic, info.partition())))
                    .toList();
            Map<TopicPartition, Long> starts = offsetsAt(consumer, partitions, from);
            Map<TopicPartition, Long> ends = offsetsAt(consumer, partitions, to);
            consumer.assign(partitions);
            starts.forEach(consumer::seek);
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p, TIMEOUT) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read the window within 5 minutes");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        window.add(record);
                    }
                }
            }
        }
        return window;
    }

    /** The first offset at or after the instant in each partition; the end offset where nothing is that late. */
    private static Map<TopicPartition, Long> offsetsAt(KafkaConsumer<byte[], byte[]> consumer,
            List<TopicPartition> partitions, Instant at) {
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(partition -> query.put(partition, at.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query, TIMEOUT);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        partitions.forEach(partition -> offsets.put(partition,
                found.get(partition) == null ? end.get(partition) : found.get(partition).offset()));
        return offsets;
    }
}
