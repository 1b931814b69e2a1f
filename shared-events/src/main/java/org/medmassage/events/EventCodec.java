package org.medmassage.events;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes envelopes as JSON. Tolerant reader: unknown fields from a newer producer are ignored, so adding a
 * field never breaks an older consumer. Dates are ISO-8601 strings; money is a JSON number with its scale.
 */
public final class EventCodec {

    private final JsonMapper mapper;

    public EventCodec() {
        this(JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // a field added later as int/boolean must not break events written before it existed
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build());
    }

    public EventCodec(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** Wraps a payload in a new envelope; the type, version and memberId come from the payload. */
    public EventEnvelope wrap(DomainEvent event, UUID causationId, Instant occurredAt) {
        EventType type = EventType.of(event);
        if (event.memberId() == null || event.memberId().isBlank()) {
            throw new IllegalArgumentException(type.wireName() + " without a memberId cannot be keyed or routed");
        }
        return new EventEnvelope(TimeOrderedIds.next(), type.wireName(), type.schemaVersion(), occurredAt,
                event.memberId(), event.correlationId(), causationId, mapper.valueToTree(event));
    }

    public byte[] encode(EventEnvelope envelope) {
        return mapper.writeValueAsBytes(envelope);
    }

    public String encodeToString(EventEnvelope envelope) {
        return mapper.writeValueAsString(envelope);
    }

    public String encodePayload(DomainEvent event) {
        return mapper.writeValueAsString(event);
    }

    /** Parses an envelope and checks what every consumer relies on; anything else is a {@link MalformedEventException}. */
    public EventEnvelope decode(byte[] json) {
        EventEnvelope envelope;
        try {
            envelope = mapper.readValue(json, EventEnvelope.class);
        } catch (JacksonException e) {
            throw new MalformedEventException("not an event envelope: " + e.getOriginalMessage(), e);
        }
        if (envelope == null || envelope.eventId() == null || envelope.type() == null
                || envelope.memberId() == null || envelope.payload() == null || !envelope.payload().isObject()) {
            throw new MalformedEventException("event envelope lacks eventId, type, memberId or an object payload");
        }
        return envelope;
    }

    /** The typed payload of a known event type; a payload that does not fit its record is malformed. */
    public DomainEvent payload(EventEnvelope envelope) {
        EventType type = EventType.fromWireName(envelope.type())
                .orElseThrow(() -> new MalformedEventException("unknown event type " + envelope.type()));
        return payload(envelope, type.payloadType());
    }

    public <T> T payload(EventEnvelope envelope, Class<T> payloadType) {
        try {
            return mapper.treeToValue(envelope.payload(), payloadType);
        } catch (JacksonException e) {
            throw new MalformedEventException(
                    "payload of " + envelope.type() + " " + envelope.eventId() + " is malformed: " + e.getOriginalMessage(), e);
        }
    }

    public JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }
}
