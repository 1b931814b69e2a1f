package org.medmassage.support.inbox;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.medmassage.events.EventEnvelope;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Remembers which events a consumer has handled. Call it in the same transaction as the handler's effects: a
 * redelivered event finds its row and is skipped; a handler that fails rolls its row back and is retried.
 */
public class Inbox {

    private final DatabaseClient db;

    public Inbox(DatabaseClient db) {
        this.db = db;
    }

    /** True the first time this consumer sees this event, false for every redelivery. */
    public Mono<Boolean> firstDelivery(String consumer, EventEnvelope envelope) {
        return db.sql("""
                        insert into inbox_event (consumer, event_id, event_type) values (:consumer, :eventId, :type)
                        on conflict (consumer, event_id) do nothing""")
                .bind("consumer", consumer)
                .bind("eventId", envelope.eventId())
                .bind("type", envelope.type())
                .fetch().rowsUpdated()
                .map(rows -> rows == 1);
    }

    /**
     * The events of a polled batch this consumer sees for the first time, in one statement for the whole batch (issue
     * 17): an event delivered twice in one batch is in the set once, its second copy is a redelivery.
     */
    public Mono<Set<UUID>> firstDeliveries(String consumer, List<EventEnvelope> envelopes) {
        return db.sql("""
                        insert into inbox_event (consumer, event_id, event_type)
                        select :consumer, event_id, event_type from unnest(:eventIds, :types) as e (event_id, event_type)
                        on conflict (consumer, event_id) do nothing
                        returning event_id""")
                .bind("consumer", consumer)
                .bind("eventIds", envelopes.stream().map(EventEnvelope::eventId).toArray(UUID[]::new))
                .bind("types", envelopes.stream().map(EventEnvelope::type).toArray(String[]::new))
                .map(row -> row.get("event_id", UUID.class))
                .all()
                .collect(HashSet::new, Set::add);
    }
}
