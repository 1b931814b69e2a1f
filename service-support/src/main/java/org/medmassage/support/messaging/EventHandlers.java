package org.medmassage.support.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.EventType;

/** Which handler takes which event type, for one consumer. Types without a handler are acknowledged and ignored. */
public final class EventHandlers {

    private final Map<EventType, EventHandler<DomainEvent>> byType;

    private EventHandlers(Map<EventType, EventHandler<DomainEvent>> byType) {
        this.byType = Map.copyOf(byType);
    }

    public static Builder builder() {
        return new Builder();
    }

    Optional<EventHandler<DomainEvent>> handlerFor(EventType type) {
        return Optional.ofNullable(byType.get(type));
    }

    public static final class Builder {
        private final Map<EventType, EventHandler<DomainEvent>> byType = new LinkedHashMap<>();

        @SuppressWarnings("unchecked")
        public <T extends DomainEvent> Builder on(Class<T> eventType, EventHandler<T> handler) {
            EventType type = java.util.Arrays.stream(EventType.values())
                    .filter(candidate -> candidate.payloadType().equals(eventType)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("not in the event catalogue: " + eventType));
            byType.put(type, (EventHandler<DomainEvent>) handler);
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(byType);
        }
    }
}
