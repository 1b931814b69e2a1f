package org.medmassage.support.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.EventCodec;
import org.medmassage.events.EventEnvelope;
import org.medmassage.events.EventType;
import org.medmassage.events.MalformedEventException;
import org.medmassage.support.inbox.Inbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;

/**
 * Builds the Spring Cloud Stream consumer functions of a service. Each record is decoded (a malformed one is
 * dead-lettered at once by {@link MalformedRecords}), deduplicated through the inbox and handled in one unit of work.
 * A handler failure propagates to {@link ConsumerErrorHandling}: retried while an infrastructure fault lasts, or a few
 * times and then dead-lettered.
 * The record is handled on the binder's thread, one at a time per partition: that is what keeps each member's events
 * in order.
 */
public class InboxConsumers {

    private static final Logger log = LoggerFactory.getLogger(InboxConsumers.class);
    private static final Duration HANDLER_TIMEOUT = Duration.ofSeconds(30);

    private final EventCodec codec;
    private final Inbox inbox;
    private final UnitOfWork unitOfWork;
    private final MeterRegistry meters;
    private final MalformedRecords malformedRecords;

    public InboxConsumers(EventCodec codec, Inbox inbox, UnitOfWork unitOfWork, MeterRegistry meters,
            MalformedRecords malformedRecords) {
        this.codec = codec;
        this.inbox = inbox;
        this.unitOfWork = unitOfWork;
        this.meters = meters;
        this.malformedRecords = malformedRecords;
    }

    public Consumer<Message<byte[]>> consumer(String consumerName, EventHandlers handlers) {
        return message -> {
            Optional<Decoded> decoded;
            try {
                decoded = decode(consumerName, handlers, message.getPayload());
            } catch (MalformedEventException malformed) {
                malformedRecords.deadLetter(consumerName, message, malformed);
                return;
            }
            decoded.ifPresent(event -> handle(consumerName, event.envelope(), event.payload(), event.handler()));
        };
    }

    /** The event and its handler; empty when this consumer has nothing to do with it (counted as ignored). */
    private Optional<Decoded> decode(String consumerName, EventHandlers handlers, byte[] payload) {
        EventEnvelope envelope = codec.decode(payload);
        Optional<EventType> type = EventType.fromWireName(envelope.type());
        if (type.isEmpty()) {
            // a newer producer's event type: nothing this consumer was built to do with it
            count("medmassage.inbox.ignored", consumerName, envelope.type());
            return Optional.empty();
        }
        return handlers.handlerFor(type.get()).flatMap(registration -> {
            DomainEvent event = codec.payload(envelope, type.get().payloadType());
            if (registration.relevant().test(event)) {
                return Optional.of(new Decoded(envelope, event, registration.handler()));
            }
            count("medmassage.inbox.ignored", consumerName, envelope.type());
            return Optional.empty();
        });
    }

    private record Decoded(EventEnvelope envelope, DomainEvent payload, EventHandler<DomainEvent> handler) {
    }

    private void handle(String consumerName, EventEnvelope envelope, DomainEvent event, EventHandler<DomainEvent> handler) {
        Boolean first = unitOfWork.execute(inbox.firstDelivery(consumerName, envelope)
                        .flatMap(isFirst -> isFirst
                                ? handler.handle(event, envelope).thenReturn(true)
                                : Mono.just(false)))
                .block(HANDLER_TIMEOUT);
        if (Boolean.TRUE.equals(first)) {
            count("medmassage.inbox.processed", consumerName, envelope.type());
        } else {
            log.info("{} skipped duplicate {} {}", consumerName, envelope.type(), envelope.eventId());
            count("medmassage.inbox.duplicates", consumerName, envelope.type());
        }
    }

    private void count(String name, String consumer, String eventType) {
        meters.counter(name, "consumer", consumer, "event_type", eventType).increment();
    }
}
