package org.medmassage.support.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.MessageHeaders;

class TraceHeadersTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void reads_the_traceparent_the_binder_hands_over_as_raw_bytes() {
        MessageHeaders headers = new MessageHeaders(Map.of("traceparent", TRACEPARENT.getBytes(StandardCharsets.US_ASCII)));

        assertThat(TraceHeaders.traceparent(headers)).contains(TRACEPARENT);
    }

    @Test
    void reads_the_traceparent_a_converting_binder_hands_over_as_a_string() {
        assertThat(TraceHeaders.traceparent(new MessageHeaders(Map.of("traceparent", TRACEPARENT)))).contains(TRACEPARENT);
    }

    @Test
    void a_record_without_a_traceparent_or_with_a_malformed_one_starts_a_trace_of_its_own() {
        assertThat(TraceHeaders.traceparent(new MessageHeaders(Map.of()))).isEmpty();
        assertThat(TraceHeaders.traceparent(new MessageHeaders(Map.of("traceparent", "not-a-trace")))).isEmpty();
        assertThat(TraceHeaders.traceparent(new MessageHeaders(Map.of("traceparent",
                "00-00000000000000000000000000000000-00f067aa0ba902b7-01")))).as("an all-zero trace id is invalid")
                .isEmpty();
        assertThat(TraceHeaders.traceparent(new MessageHeaders(Map.of("traceparent",
                "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")))).as("version ff is invalid").isEmpty();
    }

    @Test
    void puts_the_row_s_traceparent_on_the_record_and_nothing_for_a_row_without_one() {
        ProducerRecord<String, byte[]> traced = TraceHeaders.withTraceparent(
                new ProducerRecord<>("claims.events", "M-1", new byte[0]), TRACEPARENT);
        ProducerRecord<String, byte[]> untraced = TraceHeaders.withTraceparent(
                new ProducerRecord<>("claims.events", "M-1", new byte[0]), null);

        assertThat(new String(traced.headers().lastHeader("traceparent").value(), StandardCharsets.US_ASCII))
                .isEqualTo(TRACEPARENT);
        assertThat(untraced.headers().toArray()).isEmpty();
    }

    @Test
    void names_the_trace_of_a_traceparent() {
        assertThat(TraceHeaders.traceId(TRACEPARENT)).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }
}
