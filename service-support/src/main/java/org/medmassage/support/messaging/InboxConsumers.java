package org.medmassage.support.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
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
import org.medmassage.support.tracing.EventTracing;
import org.medmassage.support.tracing.TraceHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;

/**
 * Builds the Spring Cloud Stream consumer functions of a service. Each record is decoded (a malformed one is
 * dead-lettered at once by {@link MalformedRecords}), deduplicated through the inbox and handled in one unit of work.
 * A handler failure propagates to {@link ConsumerErrorHandling}: retried while an infrastructure fault lasts, or a few
 * times and then dead-lettered.
 * The record is handled on the binder's thread, one at a time per partition: that is what keeps each member's events
 * in order. It is handled in a span continuing the record's traceparent, with its correlation and event ids in the
 * MDC, so every log line of its handling names them (decision 0080).
 */
public class InboxConsumers {

    private static final Logger log = LoggerFactory.getLogger(InboxConsumers.class);
    private static final Duration HANDLER_TIMEOUT = Duration.ofSeconds(30);
    /** The MDC keys of the record being handled; traceId and spanId are the tracer's. */
    public static final String CORRELATION_ID = "correlationId";
    public static final String EVENT_ID = "eventId";
    // a hop is milliseconds when all is well, minutes when a consumer waits out a fault: buckets for both, no more
    private static final Duration[] HOP_BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(5)};

    private final EventCodec codec;
    private final Inbox inbox;
    private final UnitOfWork unitOfWork;
    private final MeterRegistry meters;
    private final MalformedRecords malformedRecords;
    private final EventTracing tracing;
    private final Clock clock;

    public InboxConsumers(EventCodec codec, Inbox inbox, UnitOfWork unitOfWork, MeterRegistry meters,
            MalformedRecords malformedRecords, EventTracing tracing, Clock clock) {
        this.codec = codec;
        this.inbox = inbox;
        this.unitOfWork = unitOfWork;
        this.meters = meters;
        this.malformedRecords = malformedRecords;
        this.tracing = tracing;
        this.clock = clock;
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
            decoded.ifPresent(event -> handleTraced(consumerName, event, TraceHeaders.traceparent(message.getHeaders())));
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

    private void handleTraced(String consumerName, Decoded decoded, Optional<String> traceparent) {
        EventEnvelope envelope = decoded.envelope();
        MDC.put(EVENT_ID, envelope.eventId().toString());
        // a coverage's or a registration's correlation id is the member's id (PHI): those go without one
        if (envelope.correlationId() != null && !envelope.correlationId().contains(envelope.memberId())) {
            MDC.put(CORRELATION_ID, envelope.correlationId());
        }
        try {
            tracing.handle(consumerName, envelope.type(), traceparent,
                    () -> handle(consumerName, envelope, decoded.payload(), decoded.handler()));
        } finally {
            MDC.remove(EVENT_ID);
            MDC.remove(CORRELATION_ID);
        }
    }

    private boolean handle(String consumerName, EventEnvelope envelope, DomainEvent event, EventHandler<DomainEvent> handler) {
        Boolean first = unitOfWork.execute(tracing.within(inbox.firstDelivery(consumerName, envelope)
                        .flatMap(isFirst -> isFirst
                                ? handler.handle(event, envelope).thenReturn(true)
                                : Mono.just(false))))
                .block(HANDLER_TIMEOUT);
        if (Boolean.TRUE.equals(first)) {
            count("medmassage.inbox.processed", consumerName, envelope.type());
            hopLatency(envelope);
            // one line per event handled: what lets a claim be followed by its trace id through every service's log
            log.info("{} handled {} {}", consumerName, envelope.type(), envelope.eventId());
        } else {
            log.info("{} skipped duplicate {} {}", consumerName, envelope.type(), envelope.eventId());
            count("medmassage.inbox.duplicates", consumerName, envelope.type());
        }
        return Boolean.TRUE.equals(first);
    }

    /** Occurred (appended to the producer's outbox) → handled here: outbox wait, relay, broker and consumer lag. */
    private void hopLatency(EventEnvelope envelope) {
        Duration hop = Duration.between(envelope.occurredAt(), clock.instant());
        Timer.builder("medmassage.event.hop.latency")
                .description("an event's occurredAt → handled by a consumer of this service")
                .tag("event_type", envelope.type())
                .serviceLevelObjectives(HOP_BUCKETS)
                .register(meters)
                // two hosts' clocks: a skew must not make a negative hop
                .record(hop.isNegative() ? Duration.ZERO : hop);
    }

    private void count(String name, String consumer, String eventType) {
        meters.counter(name, "consumer", consumer, "event_type", eventType).increment();
    }
}
