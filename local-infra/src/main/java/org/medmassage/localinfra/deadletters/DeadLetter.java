package org.medmassage.localinfra.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A record a consumer could never process, as the services write it to {@code error.<topic>.<group>}: the record as it
 * came, plus headers naming where it came from and why it failed.
 */
public record DeadLetter(String topic, int partition, long offset, Instant at, String originalTopic, String failure,
        String message) {

    static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    static final String FAILURE = "kafka_dlt-exception-fqcn";
    static final String MESSAGE = "kafka_dlt-exception-message";
    private static final String MALFORMED = "org.medmassage.events.MalformedEventException";
    private static final String PREFIX = "error.";

    static DeadLetter of(ConsumerRecord<byte[], byte[]> record) {
        return new DeadLetter(record.topic(), record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
                header(record, ORIGINAL_TOPIC, originalTopicOf(record.topic())),
                header(record, FAILURE, header(record, "x-exception-fqcn", "unknown")),
                header(record, MESSAGE, header(record, "x-exception-message", "")));
    }

    /** Malformed records can never be processed: replaying them would only dead-letter them again. */
    boolean malformed() {
        return MALFORMED.equals(failure);
    }

    static boolean isDeadLetterTopic(String topic) {
        return topic.startsWith(PREFIX) && topic.indexOf('.', PREFIX.length()) > 0;
    }

    /** error.claim.events.benefits-service → claim.events (consumer groups carry no dot; topic names may). */
    static String originalTopicOf(String deadLetterTopic) {
        return deadLetterTopic.substring(PREFIX.length(), deadLetterTopic.lastIndexOf('.'));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name, String otherwise) {
        Header header = record.headers().lastHeader(name);
        return header == null ? otherwise : new String(header.value(), StandardCharsets.UTF_8);
    }
}
