package org.medmassage.localinfra.deadletters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends a dead-letter topic's records not yet replayed back to the topic they came from, with their key, value (so
 * their event id) and headers, without the dead-letter headers: every consumer group reads them again and the inbox
 * drops the events a group already handled. Malformed records are skipped unless asked for (they would only come back)
 * and count as replayed.
 * The replay group's offsets then move past what was read, so a second replay sends nothing twice.
 */
public final class DeadLetterReplay {

    public record Report(String topic, int replayed, int skippedMalformed, Map<String, Integer> toTopics) {
    }

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration MAX_DURATION = Duration.ofMinutes(10);

    private DeadLetterReplay() {
    }

    public static Report replay(DeadLetterTopics topics, String deadLetterTopic, boolean includeMalformed)
            throws Exception {
        List<TopicPartition> partitions = topics.partitions(deadLetterTopic);
        Map<TopicPartition, Long> end = topics.consumer.endOffsets(partitions, Duration.ofSeconds(15));
        Map<TopicPartition, Long> from = topics.replayedUpTo(partitions);
        topics.consumer.assign(partitions);
        partitions.forEach(partition -> topics.consumer.seek(partition, from.get(partition)));
        int replayed = 0;
        int skipped = 0;
        Map<String, Integer> toTopics = new HashMap<>();
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = producer(topics.bootstrapServers())) {
            long deadline = System.nanoTime() + MAX_DURATION.toNanos();
            while (partitions.stream().anyMatch(p -> topics.consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    // what was sent stays sent; the offsets below are not moved, so the next replay sends it again
                    throw new IllegalStateException("replay of " + deadLetterTopic + " did not reach the end within "
                            + MAX_DURATION.toMinutes() + " minutes (is every partition's leader available?)");
                }
                for (ConsumerRecord<byte[], byte[]> record : topics.consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue; // arrived during this replay: left for the next one
                    }
                    DeadLetter letter = DeadLetter.of(record);
                    if (letter.malformed() && !includeMalformed) {
                        skipped++;
                    } else {
                        sent.add(producer.send(new ProducerRecord<>(letter.originalTopic(), null, record.key(),
                                record.value(), withoutDeadLetterHeaders(record))));
                        replayed++;
                        toTopics.merge(letter.originalTopic(), 1, Integer::sum);
                    }
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
            }
            producer.flush();
            for (Future<RecordMetadata> ack : sent) {
                ack.get(); // every record is on its topic before the replay group moves past it
            }
        }
        if (!done.isEmpty()) {
            topics.consumer.commitSync(done);
        }
        topics.consumer.unsubscribe();
        return new Report(deadLetterTopic, replayed, skipped, toTopics);
    }

    private static List<Header> withoutDeadLetterHeaders(ConsumerRecord<byte[], byte[]> record) {
        return StreamSupport.stream(record.headers().spliterator(), false)
                .filter(header -> !header.key().startsWith("kafka_dlt-") && !header.key().startsWith("x-original-")
                        && !header.key().startsWith("x-exception-"))
                .toList();
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new ByteArraySerializer(), new ByteArraySerializer());
    }
}
