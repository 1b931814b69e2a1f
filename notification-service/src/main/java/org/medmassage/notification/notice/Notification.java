package org.medmassage.notification.notice;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A patient-facing message about one member, derived from exactly one source event. The source event id is what makes
 * a redelivered event harmless: the same event always yields the same notification id.
 */
public record Notification(
        UUID id,
        String memberId,
        Category category,
        String title,
        String message,
        UUID sourceEventId,
        String sourceEventType,
        String correlationId,
        Instant occurredAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(sourceEventType, "sourceEventType");
        // PostgreSQL keeps microseconds: truncating here makes the stored, listed and published instants agree.
        occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
    }
}
