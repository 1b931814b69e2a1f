package org.medmassage.localinfra.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmassage.localinfra.kafka.KafkaBroker;

/** The chaos suite's redelivery: a window of records written again, whole, three times, on a real KRaft broker. */
class WindowRedeliveryIntegrationTest {

    @TempDir
    Path dir;

    @Test
    void writes_every_record_of_the_window_again_three_times_with_its_key_value_and_headers() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(0, 0, dir)) {
            long t0 = System.currentTimeMillis();
            try (KafkaProducer<String, String> producer = producer(broker)) {
                send(producer, "claim.events", t0 - 60_000, "M-0", "before the window");
                send(producer, "claim.events", t0, "M-1", "first");
                send(producer, "benefit.events", t0 + 1, "M-1", "second");
                send(producer, "claim.events", t0 + 2, "M-2", "third");
                send(producer, "claim.events", t0 + 60_000, "M-3", "after the window");
            }

            WindowRedelivery.Report report = WindowRedelivery.redeliver(broker.bootstrapServers(),
                    List.of("claim.events", "benefit.events"), Instant.ofEpochMilli(t0),
                    Instant.ofEpochMilli(t0 + 1_000), 3);

            assertThat(report.recordsInWindow()).isEqualTo(3);
            assertThat(report.sent()).isEqualTo(9);
            assertThat(report.byTopic()).isEqualTo(Map.of("claim.events", 2, "benefit.events", 1));
            List<ConsumerRecord<String, String>> claims = all(broker, "claim.events", 4 + 6);
            // the broker partitions by key: order holds per key, not across keys
            assertThat(claims.stream().map(ConsumerRecord::value).toList()).containsExactlyInAnyOrder(
                    "before the window", "first", "third", "after the window", "first", "third", "first", "third",
                    "first", "third");
            assertThat(claims).filteredOn(record -> record.value().equals("first")).hasSize(4).allSatisfy(record -> {
                assertThat(record.key()).isEqualTo("M-1");
                assertThat(new String(record.headers().lastHeader("trace").value(), StandardCharsets.UTF_8))
                        .isEqualTo("first");
            });
            assertThat(all(broker, "benefit.events", 4)).extracting(ConsumerRecord::value).containsOnly("second");
        }
    }

    private static void send(KafkaProducer<String, String> producer, String topic, long timestamp, String key,
            String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, null, timestamp, key, value,
                List.of(new RecordHeader("trace", value.getBytes(StandardCharsets.UTF_8))))).get();
    }

    private static KafkaProducer<String, String> producer(KafkaBroker broker) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(), new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> all(KafkaBroker broker, String topic, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
