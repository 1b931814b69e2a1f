package org.medmassage.support.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Builds the Spring Cloud Stream consumer functions of a service. The binder hands over each poll's records at once
 * (batch mode, issue 17): they are decoded (a malformed one is dead-lettered by {@link MalformedRecords}), deduplicated
 * through the inbox in one statement and handled in order in one unit of work — one transaction and one offset commit
 * per poll instead of per record. Should that unit of work fail, the records are handled again one by one, each in its
 * own unit of work, so that a poison record neither blocks nor duplicates its neighbours: the first one that still
 * fails is named to {@link ConsumerErrorHandling} by its index, the records before it are committed, and it is retried
 * while an infrastructure fault lasts, or a few times and then dead-lettered.
 * A poll is handled on the binder's thread, in each partition's order: that is what keeps each member's events in
 * order. Each record is handled in a span continuing its traceparent, with its correlation and event ids in the MDC,
 * so every log line of its handling names them (decision 0080).
 */
public class InboxConsumers {

    private static final Logger log = LoggerFactory.getLogger(InboxConsumers.class);
    private static final Duration HANDLER_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration MORE_PER_RECORD_OF_A_BATCH = Duration.ofMillis(200);
    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();
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

    /** The consumer of one binding: a poll's records, as the binder's batch mode hands them over. */
    public Consumer<Message<List<byte[]>>> consumer(String consumerName, EventHandlers handlers) {
        return poll -> handlePoll(consumerName, handlers, PolledRecords.split(poll));
    }

    private void handlePoll(String consumerName, EventHandlers handlers, List<Message<byte[]>> records) {
        List<Delivery> deliveries = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            deliveries.add(read(consumerName, handlers, i, records.get(i)));
        }
        List<Delivery> toHandle = deliveries.stream().filter(delivery -> delivery.decoded() != null).toList();
        if (toHandle.size() > 1 && handledTogether(consumerName, toHandle)) {
            deliveries.stream().filter(delivery -> delivery.malformed() != null)
                    .forEach(delivery -> atItsIndex(delivery, () -> deadLetter(consumerName, delivery)));
            return;
        }
        deliveries.forEach(delivery -> atItsIndex(delivery, () -> handleAlone(consumerName, delivery)));
    }

    /** One record of a poll: decoded for a handler, malformed, or neither (nothing this consumer does with it). */
    private record Delivery(int index, Message<byte[]> message, Decoded decoded, MalformedEventException malformed) {
    }

    private Delivery read(String consumerName, EventHandlers handlers, int index, Message<byte[]> message) {
        Optional<String> announced = EventTypeHeader.of(message.getHeaders());
        if (announced.isPresent() && EventType.fromWireName(announced.get()).flatMap(handlers::handlerFor).isEmpty()) {
            // no handler for it here: acknowledged unread (the consumers that handle it decode and check it)
            count("medmassage.inbox.ignored", consumerName, announced.get());
            return new Delivery(index, message, null, null);
        }
        try {
            return new Delivery(index, message, decode(consumerName, handlers, message.getPayload()).orElse(null), null);
        } catch (MalformedEventException malformed) {
            return new Delivery(index, message, null, malformed);
        }
    }

    /** A record that fails tells the error handler where: the records before it are done and committed. */
    private static void atItsIndex(Delivery delivery, Runnable handling) {
        try {
            handling.run();
        } catch (RuntimeException failure) {
            throw new BatchListenerFailedException("record " + delivery.index() + " of the poll failed", failure,
                    delivery.index());
        }
    }

    private void deadLetter(String consumerName, Delivery delivery) {
        malformedRecords.deadLetter(consumerName, delivery.message(), delivery.malformed());
    }

    private void handleAlone(String consumerName, Delivery delivery) {
        if (delivery.malformed() != null) {
            deadLetter(consumerName, delivery);
        } else if (delivery.decoded() != null) {
            handleTraced(consumerName, delivery.decoded(), TraceHeaders.traceparent(delivery.message().getHeaders()));
        }
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

    /**
     * The poll's records in one unit of work: one inbox statement, the handlers in order, one commit. False when it
     * failed (rolled back as a whole): the caller then handles the records one by one.
     */
    private boolean handledTogether(String consumerName, List<Delivery> deliveries) {
        // member by member (a stable sort keeps each member's order): every transaction that takes several members'
        // locks takes them in the same order, so two consumers' polls cannot deadlock on them
        List<InBatch> batch = deliveries.stream()
                .sorted(Comparator.comparing(delivery -> delivery.decoded().envelope().memberId(),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(delivery -> new InBatch(delivery.decoded(),
                tracing.start(consumerName, delivery.decoded().envelope().type(),
                        TraceHeaders.traceparent(delivery.message().getHeaders())))).toList();
        batch.forEach(InBatch::captureContext);
        Mono<List<Boolean>> work = inbox.firstDeliveries(consumerName,
                        batch.stream().map(record -> record.decoded().envelope()).toList())
                .flatMap(firsts -> Flux.fromIterable(batch).concatMap(record -> record.handleIfFirst(firsts))
                        .collectList());
        List<Boolean> firsts;
        try {
            firsts = unitOfWork.execute(work)
                    .block(HANDLER_TIMEOUT.plus(MORE_PER_RECORD_OF_A_BATCH.multipliedBy(batch.size())));
        } catch (RuntimeException failure) {
            batch.forEach(record -> record.handling().end(failure));
            log.debug("{}: a poll of {} records failed together ({}); handling them one by one", consumerName,
                    batch.size(), failure.toString());
            return false;
        }
        for (int i = 0; i < batch.size(); i++) {
            InBatch record = batch.get(i);
            boolean first = firsts != null && Boolean.TRUE.equals(firsts.get(i));
            record.handling().assemble(() -> withRecordIds(record.decoded().envelope(),
                    () -> handled(consumerName, record.decoded().envelope(), first)));
            record.handling().end(null);
        }
        return true;
    }

    /** A record of a batch, in its own span, with the context its handler's work runs in. */
    private static final class InBatch {
        private final Decoded decoded;
        private final EventTracing.Handling handling;
        private ContextSnapshot context;

        InBatch(Decoded decoded, EventTracing.Handling handling) {
            this.decoded = decoded;
            this.handling = handling;
        }

        Decoded decoded() {
            return decoded;
        }

        EventTracing.Handling handling() {
            return handling;
        }

        /** The record's span and ids, as the thread holds them while it is current: what its work runs with. */
        void captureContext() {
            context = handling.assemble(() -> withRecordIds(decoded.envelope(), SNAPSHOTS::captureAll));
        }

        /** Handles the record unless the inbox knew its event already (a redelivery, or its copy in this batch). */
        Mono<Boolean> handleIfFirst(Set<UUID> firsts) {
            if (!firsts.remove(decoded.envelope().eventId())) {
                return Mono.just(false);
            }
            return Mono.defer(() -> handling.assemble(() -> withRecordIds(decoded.envelope(),
                            () -> decoded.handler().handle(decoded.payload(), decoded.envelope()))))
                    .thenReturn(true)
                    .contextWrite(context::updateContext);
        }
    }

    private void handleTraced(String consumerName, Decoded decoded, Optional<String> traceparent) {
        EventEnvelope envelope = decoded.envelope();
        withRecordIds(envelope, () -> tracing.handle(consumerName, envelope.type(), traceparent,
                () -> handle(consumerName, envelope, decoded.payload(), decoded.handler())));
    }

    /** Runs {@code work} with the record's event and correlation ids in the MDC. */
    private static <T> T withRecordIds(EventEnvelope envelope, Supplier<T> work) {
        MDC.put(EVENT_ID, envelope.eventId().toString());
        // a coverage's or a registration's correlation id is the member's id (PHI): those go without one
        if (envelope.correlationId() != null && !envelope.correlationId().contains(envelope.memberId())) {
            MDC.put(CORRELATION_ID, envelope.correlationId());
        }
        try {
            return work.get();
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
        return handled(consumerName, envelope, Boolean.TRUE.equals(first));
    }

    private boolean handled(String consumerName, EventEnvelope envelope, boolean first) {
        if (first) {
            count("medmassage.inbox.processed", consumerName, envelope.type());
            hopLatency(envelope);
            // one line per event handled: what lets a claim be followed by its trace id through every service's log
            log.info("{} handled {} {}", consumerName, envelope.type(), envelope.eventId());
        } else {
            log.info("{} skipped duplicate {} {}", consumerName, envelope.type(), envelope.eventId());
            count("medmassage.inbox.duplicates", consumerName, envelope.type());
        }
        return first;
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
