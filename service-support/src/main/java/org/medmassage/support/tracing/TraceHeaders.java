package org.medmassage.support.tracing;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.messaging.MessageHeaders;

/**
 * The W3C {@code traceparent} on a Kafka record: put on by the outbox relay, read back by the consumer. The binder
 * hands a header the producer did not type as raw bytes, a converting one as a String: both are read.
 */
public final class TraceHeaders {

    public static final String TRACEPARENT = "traceparent";

    private TraceHeaders() {
    }

    /** The record's traceparent, when it came with one that reads as W3C trace context. */
    public static Optional<String> traceparent(MessageHeaders headers) {
        Object value = headers.get(TRACEPARENT);
        String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.US_ASCII)
                : value instanceof String string ? string : null;
        return Optional.ofNullable(text).map(String::trim).filter(TraceHeaders::isWellFormed);
    }

    /** Sends the record in the trace the event was appended in; a row appended outside any trace goes without. */
    public static <K, V> ProducerRecord<K, V> withTraceparent(ProducerRecord<K, V> record, String traceparent) {
        if (traceparent != null && isWellFormed(traceparent)) {
            record.headers().add(TRACEPARENT, traceparent.getBytes(StandardCharsets.US_ASCII));
        }
        return record;
    }

    /** The trace id of a traceparent ({@code 00-<trace id>-<parent span id>-<flags>}). */
    public static String traceId(String traceparent) {
        return traceparent.split("-")[1];
    }

    // version 00 is 55 characters; a later version may append fields after a dash, which we pass on unread
    static boolean isWellFormed(String traceparent) {
        return traceparent.matches("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}(-.*)?")
                && !traceparent.startsWith("ff") && !traceparent.substring(3, 35).equals("0".repeat(32))
                && !traceparent.substring(36, 52).equals("0".repeat(16));
    }
}
