package org.medmassage.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.events.EventSamples.OCCURRED_AT;
import static org.medmassage.events.EventSamples.SOURCE_EVENT_ID;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.claim.AdjudicatedLine;
import org.medmassage.events.claim.ClaimAdjudicated;

class EventRoundTripTest {

    private final EventCodec codec = new EventCodec();

    static Stream<Named<DomainEvent>> samples() {
        return EventSamples.allWithNullableVariants().stream()
                .map(sample -> Named.of(EventType.of(sample).wireName(), sample));
    }

    @Test
    void every_event_type_has_a_sample_so_a_new_event_cannot_ship_without_one() {
        assertThat(EventSamples.byType().keySet())
                .as("event types without a sample in EventSamples")
                .containsExactlyInAnyOrder(EventType.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_event_round_trips_through_json(DomainEvent sample) {
        EventEnvelope sent = codec.wrap(sample, SOURCE_EVENT_ID, OCCURRED_AT);

        EventEnvelope received = codec.decode(codec.encode(sent));

        assertThat(received).isEqualTo(sent);
        // records compare BigDecimal with equals(), so an 80.00 that came back as 80.0 or 8E+1 fails here
        assertThat(codec.payload(received)).isEqualTo(sample);
    }

    @Test
    void the_envelope_takes_type_version_member_and_correlation_from_the_payload() {
        VisitAuthorized visit = (VisitAuthorized) EventSamples.of(EventType.VISIT_AUTHORIZED);

        EventEnvelope envelope = codec.wrap(visit, SOURCE_EVENT_ID, OCCURRED_AT);

        assertThat(envelope.type()).isEqualTo("VisitAuthorized");
        assertThat(envelope.schemaVersion()).isEqualTo(1);
        assertThat(envelope.memberId()).isEqualTo("M-1001");
        assertThat(envelope.correlationId()).isEqualTo(visit.claimId());
        assertThat(envelope.causationId()).isEqualTo(SOURCE_EVENT_ID);
        assertThat(envelope.occurredAt()).isEqualTo(OCCURRED_AT);
        assertThat(envelope.eventId()).isNotNull();
    }

    @Test
    void money_keeps_its_scale_of_two_on_the_wire_and_back() {
        ClaimAdjudicated claim = (ClaimAdjudicated) EventSamples.of(EventType.CLAIM_ADJUDICATED);

        String json = codec.encodeToString(codec.wrap(claim, null, OCCURRED_AT));
        ClaimAdjudicated back = (ClaimAdjudicated) codec.payload(codec.decode(json.getBytes(UTF_8)));

        assertThat(json).contains("\"totalAllowed\":80.00", "\"planPaid\":0.00", "\"amount\":40.00");
        AdjudicatedLine line = back.lines().get(0);
        assertThat(back.totalAllowed()).isEqualTo(new BigDecimal("80.00")).hasScaleOf(2);
        assertThat(back.planPaid()).isEqualTo(new BigDecimal("0.00")).hasScaleOf(2);
        assertThat(line.patientResponsibility()).isEqualTo(new BigDecimal("80.00")).hasScaleOf(2);
        assertThat(line.adjustments().get(0).amount()).isEqualTo(new BigDecimal("40.00")).hasScaleOf(2);
    }

    @Test
    void dates_and_instants_travel_as_iso_8601_strings() {
        String json = codec.encodeToString(codec.wrap(EventSamples.of(EventType.PORTAL_NOTIFICATION), null,
                OCCURRED_AT));

        assertThat(json).contains("\"occurredAt\":\"2026-03-10T15:30:00Z\"")
                .contains("\"sourceEventId\":\"" + SOURCE_EVENT_ID + "\"");
        assertThat(codec.encodePayload(EventSamples.of(EventType.SESSION_BILLED)))
                .contains("\"dateOfService\":\"2026-03-10\"");
    }
}
