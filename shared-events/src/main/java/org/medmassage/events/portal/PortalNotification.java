package org.medmassage.events.portal;

import java.time.Instant;
import java.util.UUID;
import org.medmassage.events.DomainEvent;

/** A patient-facing message, published for the portal and any other subscriber. */
public record PortalNotification(
        String notificationId,
        String memberId,
        String category,
        String title,
        String message,
        UUID sourceEventId,
        String sourceEventType,
        String sourceCorrelationId,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String correlationId() {
        return sourceCorrelationId;
    }
}
