package org.medmassage.support.outbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.EventCodec;
import org.medmassage.events.EventEnvelope;
import org.medmassage.events.EventType;
import org.medmassage.support.lock.MemberLock;
import org.medmassage.support.tracing.EventTracing;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Records events to publish, in the caller's transaction: call it inside {@code UnitOfWork.execute}, so the event
 * row commits if and only if the state change does (DESIGN §5). Publishing is the {@link OutboxRelay}'s job.
 */
public class Outbox {

    private final DatabaseClient db;
    private final EventCodec codec;
    private final Clock clock;
    private final MemberLock memberLock;
    private final List<OutboxObserver> observers;
    private final EventTracing tracing;

    public Outbox(DatabaseClient db, EventCodec codec, Clock clock) {
        this(db, codec, clock, List.of(), EventTracing.OFF);
    }

    public Outbox(DatabaseClient db, EventCodec codec, Clock clock, List<OutboxObserver> observers,
                  EventTracing tracing) {
        this.db = db;
        this.codec = codec;
        this.clock = clock;
        this.observers = List.copyOf(observers);
        this.tracing = tracing;
        this.memberLock = new MemberLock(db, "outb"); // its own namespace: a service's own lock is another
    }

    /**
     * Takes the member's outbox lock (held to the end of the transaction) before the row gets its id: two writers of
     * one member's events then commit in id order, so the relay, which publishes in id order, publishes each member's
     * events in commit order — also where the writers take no lock of their own. The row keeps the traceparent of
     * the request or record that appended it: the relay sends it later, outside that trace.
     *
     * @param causationId the event that caused this one, or null when a request caused it
     */
    public Mono<EventEnvelope> append(DomainEvent event, UUID causationId) {
        EventEnvelope envelope = codec.wrap(event, causationId, clock.instant());
        return memberLock.lock(envelope.memberId())
                .then(tracing.currentTraceparent())
                .flatMap(traceparent -> {
                    DatabaseClient.GenericExecuteSpec insert = db.sql("""
                            insert into outbox_event (event_id, topic, message_key, event_type, envelope, traceparent)
                            values (:eventId, :topic, :key, :type, :envelope, :traceparent)""")
                            .bind("eventId", envelope.eventId())
                            .bind("topic", EventType.of(event).topic())
                            .bind("key", envelope.memberId())
                            .bind("type", envelope.type())
                            .bind("envelope", codec.encodeToString(envelope));
                    return traceparent.map(value -> insert.bind("traceparent", value))
                            .orElseGet(() -> insert.bindNull("traceparent", String.class)).then();
                })
                .doOnSuccess(done -> observers.forEach(observer -> observer.appended(event)))
                // the unit of work wakes the relay after its commit only if it appended something
                .then(Mono.deferContextual(context -> {
                    UnitOfWork.Appended.markIn(context);
                    return Mono.just(envelope);
                }));
    }

    public Mono<Void> appendAll(List<? extends DomainEvent> events, UUID causationId) {
        return Flux.fromIterable(events).concatMap(event -> append(event, causationId)).then();
    }
}
