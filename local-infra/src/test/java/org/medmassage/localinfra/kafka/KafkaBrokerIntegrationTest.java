package org.medmassage.localinfra.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerIntegrationTest {

    @TempDir
    Path dir;

    @Test
    void delivers_a_record_to_a_consumer_group_on_an_auto_created_topic_and_keeps_it_across_a_restart() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(0, 0, dir)) {
            try (KafkaProducer<String, String> producer = producer(broker)) {
                producer.send(new ProducerRecord<>("claims.session-billed", "M-1001", "first")).get();
            }
            assertThat(consumeAll(broker, "first-reader")).containsExactly("M-1001=first");
        }

        // Same storage, new ports: the cluster id in meta.properties is reused and the record is still there.
        try (KafkaBroker broker = KafkaBroker.start(0, 0, dir)) {
            assertThat(consumeAll(broker, "second-reader")).containsExactly("M-1001=first");
        }
    }

    private static KafkaProducer<String, String> producer(KafkaBroker broker) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer());
    }

    private static List<String> consumeAll(KafkaBroker broker, String group) {
        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("claims.session-billed"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    received.add(record.key() + "=" + record.value());
                }
            }
        }
        return received;
    }
}
