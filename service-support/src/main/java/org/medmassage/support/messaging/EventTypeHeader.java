package org.medmassage.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.messaging.MessageHeaders;

/**
 * The envelope's event type, repeated as a record header by the outbox relay, so that a consumer skips the events it
 * has no handler for without decoding them (issue 17 item 3). The envelope stays the truth: a record without the
 * header (an older relay, a test, a replay tool) is decoded as before.
 */
public final class EventTypeHeader {

    public static final String NAME = "medmassage_event_type";

    private EventTypeHeader() {
    }

    public static <K, V> ProducerRecord<K, V> with(ProducerRecord<K, V> record, String eventType) {
        if (eventType != null) {
            record.headers().add(NAME, eventType.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    /** The header's event type, as raw bytes or (from a converting header mapper) as a String. */
    static Optional<String> of(MessageHeaders headers) {
        Object value = headers.get(NAME);
        return Optional.ofNullable(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : value instanceof String text ? text : null);
    }
}
