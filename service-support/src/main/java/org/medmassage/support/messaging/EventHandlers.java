package org.medmassage.support.messaging;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.EventType;

/**
 * Which handler takes which event type, for one consumer. Types without a handler are acknowledged and ignored, and
 * so are events a handler declares irrelevant: neither costs an inbox row nor a transaction.
 */
public final class EventHandlers {

    private final Map<EventType, Registration> byType;

    private EventHandlers(Map<EventType, Registration> byType) {
        this.byType = Map.copyOf(byType);
    }

    public static Builder builder() {
        return new Builder();
    }

    Optional<Registration> handlerFor(EventType type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** A handler and the events it cares about. */
    record Registration(Predicate<DomainEvent> relevant, EventHandler<DomainEvent> handler) {
    }

    public static final class Builder {
        private final Map<EventType, Registration> byType = new LinkedHashMap<>();

        public <T extends DomainEvent> Builder on(Class<T> eventType, EventHandler<T> handler) {
            return on(eventType, event -> true, handler);
        }

        /** Handles only the events of this type that pass {@code relevant}, e.g. a DENIED ClaimAdjudicated. */
        @SuppressWarnings("unchecked")
        public <T extends DomainEvent> Builder on(Class<T> eventType, Predicate<? super T> relevant,
                                                  EventHandler<T> handler) {
            EventType type = Arrays.stream(EventType.values())
                    .filter(candidate -> candidate.payloadType().equals(eventType)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("not in the event catalogue: " + eventType));
            byType.put(type, new Registration(event -> ((Predicate<T>) relevant).test((T) event),
                    (EventHandler<DomainEvent>) handler));
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(byType);
        }
    }
}
