package org.medmassage.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** What the bench asks the broker: topics, offsets, consumer lag, dead-letter records. */
final class Broker implements AutoCloseable {

    static final List<String> SAGA_TOPICS = List.of("claim.events", "authorization.events", "benefit.events",
            "portal.notifications");

    private final Admin admin;

    Broker(String bootstrapServers) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }

    /** Creates the topics nobody has written yet, with the broker's default partitions (as auto-creation would). */
    void ensureTopics(Collection<String> topics) throws Exception {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t))
                .map(t -> new NewTopic(t, Optional.empty(), Optional.empty())).toList();
        if (!missing.isEmpty()) {
            admin.createTopics(missing).all().get();
        }
    }

    void deleteTopic(String topic) {
        try {
            admin.deleteTopics(List.of(topic)).all().get();
        } catch (Exception e) {
            System.err.println("bench: could not delete " + topic + ": " + e.getMessage());
        }
    }

    List<TopicPartition> partitions(Collection<String> topics) throws Exception {
        Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames().get();
        List<TopicPartition> partitions = new ArrayList<>();
        descriptions.forEach((topic, d) -> d.partitions().forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
        return partitions;
    }

    /** Records ever written to these topics (sum of end offsets). */
    long records(Collection<String> topics) throws Exception {
        return offsets(partitions(topics), OffsetSpec.latest()).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Records ever written to each topic the services produce to (end offsets summed over partitions): every topic but
     * the dead-letter ones (`error.*`) and the bench's own scratch topics (`bench.*`).
     */
    Map<String, Long> recordsByTopic() throws Exception {
        List<String> topics = admin.listTopics().names().get().stream()
                .filter(t -> !t.startsWith("error.") && !t.startsWith("bench.")).sorted().toList();
        Map<String, Long> byTopic = new TreeMap<>();
        offsets(partitions(topics), OffsetSpec.latest()).forEach((p, offset) -> byTopic.merge(p.topic(), offset, Long::sum));
        return byTopic;
    }

    /** Per consumer group of the services (`*-service`): its committed offsets summed over all its partitions. */
    @SuppressWarnings("deprecation")
    Map<String, Long> committedByGroup() throws Exception {
        Map<String, Long> byGroup = new TreeMap<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            if (group.groupId().endsWith("-service")) {
                byGroup.put(group.groupId(), admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get().values().stream()
                        .mapToLong(o -> o == null ? 0 : o.offset()).sum());
            }
        }
        return byGroup;
    }

    /** Records currently held by every dead-letter topic (error.<topic>.<group>). */
    long deadLetterRecords() throws Exception {
        List<String> deadLetters = admin.listTopics().names().get().stream().filter(t -> t.startsWith("error.")).toList();
        if (deadLetters.isEmpty()) {
            return 0;
        }
        List<TopicPartition> partitions = partitions(deadLetters);
        Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> start = offsets(partitions, OffsetSpec.earliest());
        return partitions.stream().mapToLong(p -> end.get(p) - start.get(p)).sum();
    }

    /** Records the services' consumer groups (`*-service`) have not committed yet, over all their partitions. */
    @SuppressWarnings("deprecation")
    long serviceLag() throws Exception {
        long lag = 0;
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            if (!group.groupId().endsWith("-service")) {
                continue;
            }
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> end = offsets(committed.keySet(), OffsetSpec.latest());
            for (var e : committed.entrySet()) {
                lag += end.get(e.getKey()) - (e.getValue() == null ? 0 : e.getValue().offset());
            }
        }
        return lag;
    }

    /** Waits until the services have consumed everything (lag 0), or the deadline; returns the lag left. */
    long awaitQuiet(Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        long lag = serviceLag();
        while (lag > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            lag = serviceLag();
        }
        return lag;
    }

    private Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = partitions.stream().collect(Collectors.toMap(p -> p, p -> spec));
        Map<TopicPartition, Long> result = new HashMap<>();
        admin.listOffsets(request).all().get().forEach((p, info) -> result.put(p, info.offset()));
        return result;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
