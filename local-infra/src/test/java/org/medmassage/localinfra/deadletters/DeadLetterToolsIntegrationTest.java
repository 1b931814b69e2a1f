package org.medmassage.localinfra.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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

/** Issue 10: an operator sees each dead-letter topic and replays it to its topic, once, on a real KRaft broker. */
class DeadLetterToolsIntegrationTest {

    private static final String DEAD_LETTERS = "error.claim.events.benefits-service";

    @TempDir
    Path dir;

    @Test
    void lists_then_replays_each_record_once_with_its_key_and_value_skipping_the_malformed() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(0, 0, dir)) {
            try (KafkaProducer<String, String> producer = producer(broker)) {
                deadLetter(producer, "M-1", "{\"eventId\":\"e-1\"}", "java.lang.IllegalStateException", "handler failure");
                deadLetter(producer, "M-2", "{not json", "org.medmassage.events.MalformedEventException", "not an event envelope");
                deadLetter(producer, "M-3", "{\"eventId\":\"e-3\"}", "java.lang.IllegalStateException", "unbalanced remittance");
            }

            try (DeadLetterTopics topics = new DeadLetterTopics(broker.bootstrapServers())) {
                List<DeadLetterTopics.Summary> before = topics.list();
                assertThat(before).singleElement().satisfies(summary -> {
                    assertThat(summary.topic()).isEqualTo(DEAD_LETTERS);
                    assertThat(summary.records()).isEqualTo(3);
                    assertThat(summary.notReplayed()).isEqualTo(3);
                    assertThat(summary.newest()).get().satisfies(newest -> {
                        assertThat(newest.originalTopic()).isEqualTo("claim.events");
                        assertThat(newest.failure()).isEqualTo("java.lang.IllegalStateException");
                        assertThat(newest.message()).isEqualTo("unbalanced remittance");
                    });
                });

                DeadLetterReplay.Report report = DeadLetterReplay.replay(topics, DEAD_LETTERS, false);
                assertThat(report.replayed()).isEqualTo(2);
                assertThat(report.skippedMalformed()).isEqualTo(1);
                assertThat(report.toTopics()).isEqualTo(Map.of("claim.events", 2));
                assertThat(topics.list().get(0).notReplayed()).isZero();
                assertThat(topics.list().get(0).records()).isEqualTo(3);

                assertThat(DeadLetterReplay.replay(topics, DEAD_LETTERS, false).replayed()).isZero();
            }

            List<ConsumerRecord<String, String>> back = read(broker, "claim.events", 2);
            // keyed as they came: each member's records keep their order on their partition
            assertThat(back).extracting(record -> record.key() + "=" + record.value())
                    .containsExactlyInAnyOrder("M-1={\"eventId\":\"e-1\"}", "M-3={\"eventId\":\"e-3\"}");
            assertThat(back.get(0).headers()).noneMatch(header -> header.key().startsWith("kafka_dlt-"));
        }
    }

    private static void deadLetter(KafkaProducer<String, String> producer, String key, String value, String failure,
            String message) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(DEAD_LETTERS, 0, key, value);
        record.headers().add(new RecordHeader("kafka_dlt-original-topic", bytes("claim.events")));
        record.headers().add(new RecordHeader("kafka_dlt-exception-fqcn", bytes(failure)));
        record.headers().add(new RecordHeader("kafka_dlt-exception-message", bytes(message)));
        producer.send(record).get();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static KafkaProducer<String, String> producer(KafkaBroker broker) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> read(KafkaBroker broker, String topic, int wanted) {
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.size() < wanted && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(received::add);
            }
            // a moment more: a duplicate replay would show here
            consumer.poll(Duration.ofSeconds(1)).forEach(received::add);
        }
        return received;
    }
}
