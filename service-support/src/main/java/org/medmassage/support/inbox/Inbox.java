package org.medmassage.support.inbox;

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
}
