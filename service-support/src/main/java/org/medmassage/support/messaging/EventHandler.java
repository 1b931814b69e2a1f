package org.medmassage.support.messaging;

import org.medmassage.events.DomainEvent;
import org.medmassage.events.EventEnvelope;
import reactor.core.publisher.Mono;

/** Handles one event type; runs inside the consumer's unit of work (inbox row, state change and outbox together). */
@FunctionalInterface
public interface EventHandler<T extends DomainEvent> {
    Mono<Void> handle(T event, EventEnvelope envelope);
}
