package org.medmassage.systemtests;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.medmassage.events.Topics;

/** Redelivery as a flaky network would cause it, and the services' duplicate counters that must absorb it. */
final class Redelivery {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final SystemUnderTest system;
    private final Api api;

    Redelivery(SystemUnderTest system, Api api) {
        this.system = system;
        this.api = api;
    }

    /** Republishes, byte for byte, every claim event already published for the member. */
    int redeliverClaimEventsOf(String member) {
        List<ConsumerRecord<String, byte[]>> published = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-redelivery-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.CLAIM));
            await().atMost(PATIENCE).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (member.equals(record.key())) {
                        published.add(record);
                    }
                });
                return published.size() >= 6;
            });
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", system.kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            for (ConsumerRecord<String, byte[]> record : published) {
                producer.send(new ProducerRecord<>(record.topic(), record.key(), record.value()));
            }
            producer.flush();
        }
        return published.size();
    }

    /** medmassage_inbox_duplicates_total per service, read from each service's Prometheus endpoint. */
    Map<String, Double> duplicateCounts() {
        Map<String, Double> counts = new java.util.HashMap<>();
        for (String service : List.of("benefits-service", "authorization-service", "notification-service")) {
            double sum = api.text(system.baseUrl(service) + "/actuator/prometheus").lines()
                    .filter(line -> line.startsWith("medmassage_inbox_duplicates_total"))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
            counts.put(service, sum);
        }
        return counts;
    }

}
