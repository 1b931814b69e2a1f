package org.medmassage.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Deletes published outbox rows and inbox rows past their retention, a batch at a time so no delete holds locks for
 * long. The inbox keeps its rows longer than dead letters are kept: a replayed dead letter must still find the rows
 * of the consumers that handled it the first time.
 */
public class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);
    static final int BATCH = 1_000;

    private final DatabaseClient db;
    private final Clock clock;
    private final Duration outboxRetention;
    private final Duration inboxRetention;

    public RetentionPurge(DatabaseClient db, Clock clock, Duration outboxRetention, Duration inboxRetention) {
        this.db = db;
        this.clock = clock;
        this.outboxRetention = outboxRetention;
        this.inboxRetention = inboxRetention;
    }

    /** Purges until nothing past retention is left; returns the rows deleted. */
    public Mono<Long> purge() {
        return all("delete from outbox_event where id in (select id from outbox_event where published_at < :before "
                        + "order by id limit " + BATCH + ")", outboxRetention)
                .zipWith(all("delete from inbox_event where (consumer, event_id) in (select consumer, event_id from "
                        + "inbox_event where received_at < :before limit " + BATCH + ")", inboxRetention), Long::sum)
                .doOnNext(deleted -> {
                    if (deleted > 0) {
                        log.info("purged {} outbox and inbox row(s) past retention", deleted);
                    }
                });
    }

    private Mono<Long> all(String deleteBatch, Duration retention) {
        OffsetDateTime before = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).minus(retention);
        return batch(deleteBatch, before).expand(deleted -> deleted == BATCH ? batch(deleteBatch, before) : Mono.empty())
                .reduce(0L, Long::sum);
    }

    private Mono<Long> batch(String deleteBatch, OffsetDateTime before) {
        return db.sql(deleteBatch).bind("before", before).fetch().rowsUpdated();
    }
}
