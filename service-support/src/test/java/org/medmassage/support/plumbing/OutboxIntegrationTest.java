package org.medmassage.support.plumbing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.medmassage.events.EventCodec;
import org.medmassage.events.Topics;
import org.medmassage.events.referral.ReferralRevoked;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.OutboxBacklog;
import org.medmassage.support.outbox.OutboxRelay;
import org.medmassage.support.outbox.RetentionPurge;
import org.medmassage.support.outbox.UnitOfWork;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Mono;

/** Issue 10, item 3: the relay publishes each member's events in commit order; the backlog is watched and purged. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "medmassage.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "medmassage.outbox.poll-interval=30s",
        "medmassage.outbox.delayed-after=60s"})
@EmbeddedKafka(partitions = 3)
@DirtiesContext
class OutboxIntegrationTest {

    private static final String DATABASE = SupportTestDatabase.newName("outbox");
    private static final long RELAY_LOCK = 0x6d6d_6f75_7462_6f78L;
    private static final int OUTBOX_LOCK_CLASS = 0x6f757462; // Outbox's member locks

    @AfterAll
    static void dropDatabase() throws Exception {
        SupportTestDatabase.drop(DATABASE);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        SupportTestDatabase.register(registry, DATABASE);
    }

    String brokers;

    // this context's own broker: the system property names the broker of whichever context started last
    @Autowired
    void broker(EmbeddedKafkaBroker broker) {
        brokers = broker.getBrokersAsString();
    }
    @Autowired
    UnitOfWork unitOfWork;
    @Autowired
    Outbox outbox;
    @Autowired
    DatabaseClient db;
    @Autowired
    OutboxBacklog outboxHealthIndicator;
    @Autowired
    Clock clock;
    @Autowired
    OutboxRelay relay;

    private final EventCodec codec = new EventCodec();

    @Test
    void publishes_a_members_events_in_the_order_their_transactions_committed() throws Exception {
        // The first writer appends, then keeps its transaction open; the second appends and commits at once.
        CompletableFuture<Instant> first = commitAfter("R-FIRST", Duration.ofMillis(1_500));
        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from pg_locks where locktype = "
                + "'advisory' and classid = " + OUTBOX_LOCK_CLASS + " and granted and database = (select oid from pg_database "
                + "where datname = current_database())") == 1);
        CompletableFuture<Instant> second = commitAfter("R-SECOND", Duration.ZERO);

        Instant firstCommitted = first.get();
        Instant secondCommitted = second.get();
        List<String> published = revokedReferrals("M-COMMIT", 2);

        assertThat(secondCommitted).as("the second writer waits for the first's commit").isAfter(firstCommitted);
        assertThat(published).containsExactly("R-FIRST", "R-SECOND");
    }

    @Test
    void a_relay_stopped_and_started_again_publishes_again() throws Exception {
        // a cached test context is paused between test classes (its lifecycle stopped) and started when reused
        relay.stop();
        assertThat(relay.isRunning()).isFalse();
        relay.start();

        unitOfWork.execute(outbox.append(new ReferralRevoked("R-RESTARTED", "M-RESTART", "restart"), null)).block();

        assertThat(revokedReferrals("M-RESTART", 1)).containsExactly("R-RESTARTED");
    }

    @Test
    void an_event_waiting_past_the_threshold_turns_health_delayed_and_shows_in_the_gauges() throws Exception {
        try (Connection relayHolder = SupportTestDatabase.admin(DATABASE)) {
            // while another session holds the relay's lock, no relay publishes: the row waits
            relayHolder.createStatement().execute("select pg_advisory_lock(" + RELAY_LOCK + ")");
            db.sql("""
                            insert into outbox_event (event_id, topic, message_key, event_type, envelope, created_at)
                            values (:id, :topic, 'M-LATE', 'ReferralRevoked', :envelope, now() - interval '5 minutes')""")
                    .bind("id", UUID.randomUUID()).bind("topic", Topics.REFERRAL)
                    .bind("envelope", codec.encodeToString(codec.wrap(new ReferralRevoked("R-LATE", "M-LATE", "late"),
                            null, Instant.now())))
                    .then().block();

            outboxHealthIndicator.refresh().block();

            assertThat(outboxHealthIndicator.health().getStatus()).isEqualTo(new Status("DELAYED"));
            assertThat(outboxHealthIndicator.health().getDetails()).containsEntry("unpublished", 1L);
            assertThat((Long) outboxHealthIndicator.health().getDetails().get("oldestUnpublishedSeconds"))
                    .isGreaterThanOrEqualTo(300L);
        }
        relay.wake(); // the poll is 30 s here: a commit would wake it, none comes
        assertThat(revokedReferrals("M-LATE", 1)).containsExactly("R-LATE");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            outboxHealthIndicator.refresh().block();
            assertThat(outboxHealthIndicator.health().getStatus()).isEqualTo(Status.UP);
        });
    }

    @Test
    void purges_published_and_inbox_rows_past_retention_in_batches_and_keeps_the_rest() {
        db.sql("""
                        insert into outbox_event (event_id, topic, message_key, event_type, envelope, created_at, published_at)
                        select gen_random_uuid(), 'referral.events', 'M-OLD', 'ReferralRevoked', '{}',
                               now() - interval '9 days', now() - interval '8 days'
                        from generate_series(1, 2500)""").then().block();
        db.sql("""
                        insert into inbox_event (consumer, event_id, event_type, received_at)
                        select 'purge-test', gen_random_uuid(), 'ReferralRevoked', now() - interval '40 days'
                        from generate_series(1, 1200)""").then().block();
        db.sql("""
                        insert into inbox_event (consumer, event_id, event_type, received_at)
                        values ('purge-test', gen_random_uuid(), 'ReferralRevoked', now() - interval '10 days')""")
                .then().block();

        long deleted = new RetentionPurge(db, clock, Duration.ofDays(7), Duration.ofDays(35)).purge().block();

        assertThat(deleted).isEqualTo(2_500 + 1_200);
        assertThat(count("select count(*) from outbox_event where message_key = 'M-OLD'")).isZero();
        assertThat(count("select count(*) from inbox_event where consumer = 'purge-test'")).isEqualTo(1);
    }

    private CompletableFuture<Instant> commitAfter(String referralId, Duration holdOpen) {
        return unitOfWork.execute(outbox.append(new ReferralRevoked(referralId, "M-COMMIT", "order"), null)
                        .then(Mono.delay(holdOpen)).then())
                .then(Mono.fromSupplier(Instant::now))
                .toFuture();
    }

    private List<String> revokedReferrals(String member, int wanted) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.REFERRAL));
            List<String> found = new java.util.ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (found.size() < wanted && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (member.equals(record.key())) {
                        found.add(codec.payload(codec.decode(record.value()), ReferralRevoked.class).referralId());
                    }
                }
            }
            return found;
        }
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }
}
