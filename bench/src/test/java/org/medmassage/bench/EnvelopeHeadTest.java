package org.medmassage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EnvelopeHeadTest {

    @Test
    void reads_type_correlation_and_time_whatever_the_field_order_without_the_payload() {
        String envelope = """
                {"causationId":null,"correlationId":"C-1","eventId":"E-1","memberId":"M-1","occurredAt":"2026-03-02T10:00:00Z",
                 "payload":{"type":"not the envelope's","lines":[{"type":"x"}]},"schemaVersion":1,"type":"SessionBilled"}""";

        assertThat(EnvelopeHead.read(bytes(envelope)))
                .isEqualTo(new EnvelopeHead("SessionBilled", "C-1", "2026-03-02T10:00:00Z"));
    }

    @Test
    void a_malformed_record_or_one_without_the_fields_has_no_head() {
        assertThat(EnvelopeHead.read(bytes("{\"type\":\"SessionBilled\",\"corr"))).isNull();
        assertThat(EnvelopeHead.read(bytes("not json at all"))).isNull();
        assertThat(EnvelopeHead.read(bytes("[1,2]"))).isNull();
        assertThat(EnvelopeHead.read(bytes("{\"type\":\"SessionBilled\",\"correlationId\":\"C-1\"}"))).isNull();
        assertThat(EnvelopeHead.read(bytes("{\"type\":{\"type\":\"SessionBilled\",\"correlationId\":\"C-1\","
                + "\"occurredAt\":\"2026-03-02T10:00:00Z\"}}"))).as("fields nested in a non-string are not the head").isNull();
    }

    @Test
    void finds_a_byte_sequence_anywhere_in_the_record() {
        byte[] needle = bytes("\"ClaimAdjudicated\"");

        assertThat(EnvelopeHead.mentions(bytes("{\"type\":\"ClaimAdjudicated\"}"), needle)).isTrue();
        assertThat(EnvelopeHead.mentions(bytes("{\"type\":\"ClaimAdjudicate\"}"), needle)).isFalse();
        assertThat(EnvelopeHead.mentions(bytes("\"ClaimAdj"), needle)).isFalse();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
