package org.medmassage.localinfra.deadletters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The dead-letter topics of a broker for an operator: how many records each holds, how many were never replayed, and
 * the newest failure. Replays are remembered as the offsets of the consumer group {@link #REPLAY_GROUP}; nothing is
 * deleted (the topic's retention does that).
 */
public final class DeadLetterTopics implements AutoCloseable {

    static final String REPLAY_GROUP = "medmassage-dlq-replay";
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    public record Summary(String topic, long records, long notReplayed, Optional<DeadLetter> newest) {
    }

    private final String bootstrapServers;
    private final Admin admin;
    final KafkaConsumer<byte[], byte[]> consumer;

    public DeadLetterTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis() / 2,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis()));
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, REPLAY_GROUP, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public List<Summary> list() throws ExecutionException, InterruptedException {
        Set<String> names = admin.listTopics().names().get().stream().filter(DeadLetter::isDeadLetterTopic)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        List<Summary> summaries = new ArrayList<>();
        for (String topic : names) {
            summaries.add(summary(topic));
        }
        return summaries;
    }

    Summary summary(String topic) {
        List<TopicPartition> partitions = partitions(topic);
        Map<TopicPartition, Long> first = consumer.beginningOffsets(partitions, TIMEOUT);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
        Map<TopicPartition, Long> replayed = replayedUpTo(partitions);
        long records = partitions.stream().mapToLong(p -> end.get(p) - first.get(p)).sum();
        long notReplayed = partitions.stream().mapToLong(p -> end.get(p) - Math.max(first.get(p), replayed.get(p))).sum();
        return new Summary(topic, records, notReplayed, newest(partitions, first, end));
    }

    List<TopicPartition> partitions(String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, TIMEOUT);
        return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    /** Where the last replay stopped, per partition (0 where none ran). */
    Map<TopicPartition, Long> replayedUpTo(List<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions), TIMEOUT);
        return partitions.stream().collect(Collectors.toMap(p -> p,
                p -> committed.get(p) == null ? 0L : committed.get(p).offset()));
    }

    private Optional<DeadLetter> newest(List<TopicPartition> partitions, Map<TopicPartition, Long> first,
            Map<TopicPartition, Long> end) {
        List<DeadLetter> lasts = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            if (end.get(partition) > first.get(partition)) {
                consumer.assign(List.of(partition));
                consumer.seek(partition, end.get(partition) - 1);
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(TIMEOUT)) {
                    lasts.add(DeadLetter.of(record));
                }
            }
        }
        consumer.unsubscribe();
        return lasts.stream().max(Comparator.comparing(DeadLetter::at));
    }

    @Override
    public void close() {
        consumer.close();
        admin.close();
    }
}
