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
 * Builds the Spring Cloud Stream consumer functions of a service. Each record is decoded (a malformed one throws
 * {@link MalformedEventException}: not retried, sent to the dead-letter topic), deduplicated through the inbox and
 * handled in one unit of work. A handler failure propagates so the binder retries it, then dead-letters it.
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

    public InboxConsumers(EventCodec codec, Inbox inbox, UnitOfWork unitOfWork, MeterRegistry meters) {
        this.codec = codec;
        this.inbox = inbox;
        this.unitOfWork = unitOfWork;
        this.meters = meters;
    }

    public Consumer<Message<byte[]>> consumer(String consumerName, EventHandlers handlers) {
        return message -> {
            EventEnvelope envelope = codec.decode(message.getPayload());
            Optional<EventType> type = EventType.fromWireName(envelope.type());
            if (type.isEmpty()) {
                // a newer producer's event type: nothing this consumer was built to do with it
                count("medmassage.inbox.ignored", consumerName, envelope.type());
                return;
            }
            handlers.handlerFor(type.get()).ifPresent(registration -> {
                DomainEvent event = codec.payload(envelope, type.get().payloadType());
                if (registration.relevant().test(event)) {
                    handle(consumerName, envelope, event, registration.handler());
                } else {
                    count("medmassage.inbox.ignored", consumerName, envelope.type());
                }
            });
        };
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
