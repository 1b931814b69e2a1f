package org.medmassage.notification.notice;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.EventType;

/** The parts of an event envelope a notification needs, with its payload already typed. */
public record SourceEvent(
        UUID eventId,
        String type,
        Instant occurredAt,
        String memberId,
        String correlationId,
        DomainEvent payload) {

    public SourceEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(payload, "payload");
    }

    /** An event whose type, member and correlation are those of its payload, as {@code EventCodec.wrap} makes them. */
    public static SourceEvent of(UUID eventId, Instant occurredAt, DomainEvent payload) {
        return new SourceEvent(eventId, EventType.of(payload).wireName(), occurredAt, payload.memberId(),
                payload.correlationId(), payload);
    }
}
