package org.medmassage.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.medmassage.support.messaging.EventTypeHeader;
import org.medmassage.support.tracing.TraceHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes committed outbox rows to Kafka, keyed by memberId, in each member's commit order (the outbox serialises
 * a member's writers, see {@link Outbox#append}), and stamps them published.
 * It wakes as soon as a unit of work that appended rows commits ({@link #wake()}), and otherwise every poll interval,
 * never spinning; a wake-up that finds another instance's relay holding the lock tries again 100 ms later.
 * A PostgreSQL advisory lock lets only one relay publish at a time, which keeps per-member order across instances.
 * Delivery is at least once (a crash between the Kafka ack and the stamp republishes): consumers deduplicate by eventId.
 * Each record carries the W3C traceparent its row kept (decision 0080): the relay itself runs in no trace.
 */
public class OutboxRelay implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long LOCK_KEY = 0x6d6d_6f75_7462_6f78L; // "mmoutbox"
    private static final Duration WAKE_UP_RETRY = Duration.ofMillis(100);
    private static final Duration LOCK_RETRY = Duration.ofMillis(100);
    // a half-open connection or a broker that never answers must not stall publishing: each batch gives up in time
    private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(60);
    private static final long SEND_TIMEOUT_SECONDS = 40; // above the producer's delivery timeout (30 s)

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final Producer<String, byte[]> producer;
    private final OutboxProperties properties;
    private final Counter published;
    private final Sinks.Many<Round> wakeups = Sinks.many().replay().latest();
    // when the latest select of unpublished rows began (System.nanoTime), once there has been one
    private volatile long lastSelectStarted;
    private volatile boolean selectedOnce;
    // a poll merged into a wake-up (onBackpressureLatest keeps the latest) is not lost: the round does not skip
    private final AtomicBoolean pollDue = new AtomicBoolean();
    private volatile Disposable loop;

    public OutboxRelay(DatabaseClient db, TransactionalOperator tx, Producer<String, byte[]> producer,
                       OutboxProperties properties, MeterRegistry meters) {
        this.db = db;
        this.tx = tx;
        this.producer = producer;
        this.properties = properties;
        this.published = Counter.builder("medmassage.outbox.published")
                .description("events published from the transactional outbox").register(meters);
    }

    /** Called after a unit of work that appended rows commits: publish them now rather than at the next poll. */
    public void wake() {
        // commits on several threads at once: retry a concurrent emission rather than drop the wake-up; should it still
        // fail, the unit of work has committed all the same and the next poll publishes its rows
        try {
            wakeups.emitNext(Round.afterCommitAt(System.nanoTime()), Sinks.EmitFailureHandler.busyLooping(WAKE_UP_RETRY));
        } catch (Sinks.EmissionException e) {
            log.debug("outbox wake-up left to the next poll: {}", e.toString());
        }
    }

    @Override
    public void start() {
        Flux<Round> polls = Flux.interval(Duration.ZERO, properties.pollInterval()).map(tick -> {
            pollDue.set(true);
            return Round.POLL;
        });
        loop = Flux.merge(wakeups.asFlux(), polls)
                .onBackpressureLatest()
                .concatMap(round -> drain(round).onErrorResume(e -> {
                    selectedOnce = false; // what that round selected may not have gone out: no wake-up is skipped
                    log.warn("outbox relay round failed, retrying at the next wake-up or poll: {}", e.toString());
                    return Mono.empty();
                }), 1)
                .subscribe();
    }

    /**
     * Publishes batches until none is left (or another instance holds the lock). A wake-up says rows were committed,
     * so it needs no look first; and if a select began after that commit (a wake-up that came during a round), that
     * select already took them, so it needs no round at all. A poll looks first: it mostly finds nothing.
     */
    private Mono<Void> drain(Round round) {
        boolean poll = pollDue.getAndSet(false);
        if (!poll && round.afterCommit() && selectedOnce && round.committedBy() - lastSelectStarted < 0) {
            return Mono.empty();
        }
        return publishBatch(round.afterCommit())
                .expand(count -> count == properties.batchSize() ? publishBatch(true) : Mono.empty()).then();
    }

    /**
     * A cheap look first, unless rows are known to be waiting: a transaction and the lock only when there is work. The
     * batch's stamps commit before a send failure is raised, so the rows the broker did acknowledge are not sent again.
     */
    private Mono<Integer> publishBatch(boolean rowsKnownToWait) {
        return (rowsKnownToWait ? Mono.just(true) : anythingUnpublished())
                .flatMap(pending -> pending ? tx.transactional(lockedBatch()).timeout(BATCH_TIMEOUT)
                        : Mono.just(Sent.NONE))
                .doOnNext(sent -> {
                    if (sent == Sent.LOCK_HELD) {
                        wakeAgainSoon();
                    }
                })
                .flatMap(Sent::rowsOrFailure);
    }

    /**
     * Another instance holds the lock: its round may have selected before our rows committed, so we try again shortly
     * rather than leave them to the next poll.
     */
    private void wakeAgainSoon() {
        Mono.delay(LOCK_RETRY).subscribe(tick -> wake());
    }

    private Mono<Boolean> anythingUnpublished() {
        return db.sql("select exists (select 1 from outbox_event where published_at is null) as pending")
                .map(row -> Boolean.TRUE.equals(row.get("pending", Boolean.class))).one();
    }

    private Mono<Sent> lockedBatch() {
        // a stamp lost in a crash only republishes (the inbox absorbs it): no need to wait for the WAL flush. The two
        // settings are the transaction's own (set_config's third argument: as SET LOCAL), all in one round trip
        return db.sql("""
                        select set_config('synchronous_commit', 'off', true), set_config('statement_timeout', '15s', true),
                               pg_try_advisory_xact_lock(:key) as locked""")
                .bind("key", LOCK_KEY)
                .map(row -> Boolean.TRUE.equals(row.get("locked", Boolean.class))).one()
                .flatMap(locked -> locked ? unpublished().flatMap(this::publish) : Mono.just(Sent.LOCK_HELD));
    }

    private Mono<List<OutboxRow>> unpublished() {
        return Mono.defer(() -> {
            lastSelectStarted = System.nanoTime();
            selectedOnce = true;
            return selectUnpublished();
        });
    }

    private Mono<List<OutboxRow>> selectUnpublished() {
        return db.sql("""
                        select id, topic, message_key, event_type, envelope, traceparent from outbox_event
                        where published_at is null order by id limit :limit""")
                .bind("limit", properties.batchSize())
                .map(row -> new OutboxRow(row.get("id", Long.class), row.get("topic", String.class),
                        row.get("message_key", String.class), row.get("event_type", String.class),
                        row.get("envelope", String.class), row.get("traceparent", String.class)))
                .all().collectList();
    }

    private Mono<Sent> publish(List<OutboxRow> rows) {
        if (rows.isEmpty()) {
            return Mono.just(Sent.NONE);
        }
        return Mono.fromCallable(() -> send(rows)).subscribeOn(Schedulers.boundedElastic())
                .flatMap(sent -> sent.published().length == 0 ? Mono.just(sent)
                        : db.sql("update outbox_event set published_at = now() where id = any(:ids)")
                                .bind("ids", sent.published()).then().thenReturn(sent))
                .doOnSuccess(sent -> published.increment(sent.published().length));
    }

    /**
     * Sends in id order on one idempotent producer, so each partition (member) receives them in commit order. Rows are
     * stamped published up to the first one the broker did not acknowledge, and no further: that row and every row
     * after it go again in the next round, so a later event never overtakes an earlier one.
     */
    private Sent send(List<OutboxRow> rows) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(),
                    row.envelope().getBytes(StandardCharsets.UTF_8));
            acks.add(producer.send(EventTypeHeader.with(TraceHeaders.withTraceparent(record, row.traceparent()),
                    row.eventType())));
        }
        producer.flush();
        List<Long> published = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            try {
                acks.get(i).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                published.add(rows.get(i).id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Sent(published.toArray(Long[]::new), rows.size(), e);
            } catch (ExecutionException | TimeoutException e) {
                return new Sent(published.toArray(Long[]::new), rows.size(), e);
            }
        }
        return new Sent(published.toArray(Long[]::new), rows.size(), null);
    }

    /** The rows the broker acknowledged, in order, of how many read, and why it stopped short of the rest, if it did. */
    private record Sent(Long[] published, int read, Exception stoppedBy) {
        static final Sent NONE = new Sent(new Long[0], 0, null);
        static final Sent LOCK_HELD = new Sent(new Long[0], 0, null);

        /** The rows read (a full batch means: look for more), or the failure, raised after the stamps committed. */
        Mono<Integer> rowsOrFailure() {
            return stoppedBy == null ? Mono.just(read) : Mono.error(new IllegalStateException("outbox publishing "
                    + "stopped after " + published.length + " of " + read + " event(s): " + stoppedBy, stoppedBy));
        }
    }

    /** Stops publishing; {@link #start} resumes it (a paused context, e.g. a cached test context, starts again). */
    @Override
    public void stop() {
        Disposable current = loop;
        if (current != null) {
            current.dispose();
        }
    }

    /** The producer is closed once, with the context: a stopped relay may be started again. */
    @Override
    public void destroy() {
        stop();
        producer.close(Duration.ofSeconds(5));
    }

    @Override
    public boolean isRunning() {
        return loop != null && !loop.isDisposed();
    }

    /** A round of the relay: a poll, or a wake-up after a commit that ended by {@code committedBy} (nanoTime). */
    private record Round(boolean afterCommit, long committedBy) {
        static final Round POLL = new Round(false, 0);

        static Round afterCommitAt(long nanoTime) {
            return new Round(true, nanoTime);
        }
    }

    private record OutboxRow(long id, String topic, String key, String eventType, String envelope, String traceparent) {
    }
}
