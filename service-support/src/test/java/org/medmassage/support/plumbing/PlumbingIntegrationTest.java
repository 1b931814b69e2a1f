package org.medmassage.support.plumbing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medmassage.testissuer.TestIssuer;
import org.medmassage.events.EventCodec;
import org.medmassage.events.EventEnvelope;
import org.medmassage.events.Topics;
import org.medmassage.events.referral.ReferralRevoked;
import org.medmassage.support.messaging.EventTypeHeader;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The shared plumbing end to end on the real in-process KRaft broker and a fresh real PostgreSQL database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "medmassage.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "medmassage.outbox.poll-interval=30s"})
@EmbeddedKafka(partitions = 3)
@DirtiesContext
class PlumbingIntegrationTest {

    private static final String DATABASE = SupportTestDatabase.newName("plumbing");

    @org.junit.jupiter.api.AfterAll
    static void dropDatabase() throws Exception {
        SupportTestDatabase.drop(DATABASE);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        SupportTestDatabase.register(registry, DATABASE);
    }

    @LocalServerPort
    int port;
    String brokers;

    // this context's own broker: the system property names the broker of whichever context started last
    @Autowired
    void broker(EmbeddedKafkaBroker broker) {
        brokers = broker.getBrokersAsString();
    }
    @Autowired
    DatabaseClient db;
    @Autowired
    MeterRegistry meters;

    private final EventCodec codec = new EventCodec();
    private KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void producer() {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", brokers), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void publishes_committed_events_keyed_by_member_in_commit_order_without_waiting_for_the_poll() {
        http().post().uri("/referrals/R-ORDER/revocations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("memberId", "M-ORDER", "count", 5, "reason", "changed plan"))
                .exchange().expectStatus().is2xxSuccessful();

        // the poll interval is 30 s: arriving within 15 s proves the commit woke the relay
        List<ConsumerRecord<String, byte[]>> records = read(Topics.REFERRAL, 5, Duration.ofSeconds(15),
                record -> "M-ORDER".equals(record.key()));
        assertThat(records).extracting(record -> codec.payload(codec.decode(record.value()), ReferralRevoked.class).referralId())
                .containsExactly("R-ORDER-1", "R-ORDER-2", "R-ORDER-3", "R-ORDER-4", "R-ORDER-5");
        assertThat(count("select count(*) from outbox_event where published_at is null")).isZero();
    }

    @Test
    void a_rejected_request_publishes_nothing_and_answers_a_problem_naming_the_field() {
        http().post().uri("/referrals/R-NONE/revocations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("memberId", "M-NONE", "count", 1, "reason", ""))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(422)
                .jsonPath("$.errors[0].field").isEqualTo("reason")
                .jsonPath("$.errors[0].rule").isEqualTo("MN-02");
        assertThat(count("select count(*) from outbox_event where message_key = 'M-NONE'")).isZero();
    }

    @Test
    void malformed_json_is_a_400_problem_naming_the_field() {
        http().post().uri("/referrals/R-BAD/revocations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"memberId\":\"M\",\"count\":\"many\",\"reason\":\"x\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("count");
    }

    @Test
    void a_token_that_cannot_be_checked_while_the_issuer_is_down_is_a_503_to_retry_not_a_401_or_500() {
        TestIssuer issuer = TestIssuer.get();
        // a key id the service has not cached makes it fetch the key set again, from an issuer that is down
        String unknownKey = issuer.signWithStrangersKey(issuer.claims("ops").claim("roles", List.of("admin")).build());
        issuer.outage(() -> http().get().uri("/nowhere").headers(headers -> headers.setBearerAuth(unknownKey))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http().get().uri("/nowhere").headers(headers -> headers.setBearerAuth(unknownKey)).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void a_token_that_cannot_be_checked_while_the_issuer_is_silent_is_a_503_within_seconds_not_a_hang() {
        TestIssuer issuer = TestIssuer.get();
        String unknownKey = issuer.signWithStrangersKey(issuer.claims("ops").claim("roles", List.of("admin")).build());
        // the key set's response timeout is 5 s: the client waits three times that, so a hang fails the test
        issuer.silence(() -> http().mutate().responseTimeout(Duration.ofSeconds(15)).build()
                .get().uri("/nowhere").headers(headers -> headers.setBearerAuth(unknownKey))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void an_unknown_route_is_a_404_problem() {
        http().get().uri("/nowhere").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void a_redelivered_event_is_handled_once_and_counted_as_a_duplicate() {
        EventEnvelope envelope = codec.wrap(new ReferralRevoked("R-DUP", "M-DUP", "duplicate"), null, Instant.now());
        double duplicatesBefore = duplicates();
        send(Topics.REFERRAL, "M-DUP", codec.encode(envelope));
        send(Topics.REFERRAL, "M-DUP", codec.encode(envelope));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(duplicates() - duplicatesBefore).isEqualTo(1.0));
        assertThat(count("select count(*) from revocation where referral_id = 'R-DUP'")).isEqualTo(1);
    }

    @Test
    void an_event_the_handler_declares_irrelevant_costs_no_inbox_row() {
        EventEnvelope irrelevant = codec.wrap(new ReferralRevoked("R-IRR", "M-IRR", "irrelevant"), null, Instant.now());
        send(Topics.REFERRAL, "M-IRR", codec.encode(irrelevant));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(meters.counter("medmassage.inbox.ignored", "consumer", "plumbing-test",
                        "event_type", "ReferralRevoked").count()).isEqualTo(1.0));
        assertThat(count("select count(*) from inbox_event where event_id = '" + irrelevant.eventId() + "'")).isZero();
        assertThat(count("select count(*) from revocation where referral_id = 'R-IRR'")).isZero();
    }

    @Test
    void a_record_whose_type_header_names_an_event_without_a_handler_is_acknowledged_unread() {
        // a body that would be dead-lettered if it were decoded: it is not, its type is nothing this consumer handles
        send(EventTypeHeader.with(new ProducerRecord<>(Topics.REFERRAL, "M-UNREAD",
                "{not json".getBytes(StandardCharsets.UTF_8)), "ReferralExpired"));
        EventEnvelope after = codec.wrap(new ReferralRevoked("R-UNREAD", "M-UNREAD", "after"), null, Instant.now());
        send(EventTypeHeader.with(new ProducerRecord<>(Topics.REFERRAL, "M-UNREAD", codec.encode(after)),
                "ReferralRevoked"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(count("select count(*) from revocation where referral_id = 'R-UNREAD'")).isEqualTo(1));
        assertThat(meters.counter("medmassage.inbox.ignored", "consumer", "plumbing-test",
                "event_type", "ReferralExpired").count()).isEqualTo(1.0);
        assertThat(records(Topics.deadLetter(Topics.REFERRAL, "plumbing-test"), "M-UNREAD", Duration.ofSeconds(3)))
                .isZero();
    }

    @Test
    void a_malformed_record_goes_to_the_dead_letter_topic_and_the_next_record_is_still_processed() throws Exception {
        send(Topics.REFERRAL, "M-DLQ", "{not json".getBytes(StandardCharsets.UTF_8));
        send(Topics.REFERRAL, "M-DLQ", codec.encode(
                codec.wrap(new ReferralRevoked("R-AFTER", "M-DLQ", "after"), null, Instant.now())));

        List<ConsumerRecord<String, byte[]>> dead = read(Topics.deadLetter(Topics.REFERRAL, "plumbing-test"), 1,
                Duration.ofSeconds(30), record -> "M-DLQ".equals(record.key()));
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(header(dead.get(0), "kafka_dlt-original-topic")).isEqualTo(Topics.REFERRAL);
        assertThat(header(dead.get(0), "kafka_dlt-original-offset")).isNotNull();
        assertThat(header(dead.get(0), "kafka_dlt-original-consumer-group")).isEqualTo("plumbing-test");
        assertThat(header(dead.get(0), "kafka_dlt-exception-fqcn")).isEqualTo("org.medmassage.events.MalformedEventException");
        assertThat(header(dead.get(0), "kafka_dlt-exception-message")).startsWith("not an event envelope");
        assertThat(dead.get(0).headers()).noneMatch(header -> header.key().contains("stacktrace"));
        assertThat(retentionMillis(Topics.deadLetter(Topics.REFERRAL, "plumbing-test")))
                .isEqualTo(Duration.ofDays(30).toMillis());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(count("select count(*) from revocation where referral_id = 'R-AFTER'")).isEqualTo(1));
    }

    @Test
    void what_a_handler_publishes_continues_the_trace_of_the_record_it_handled() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String parentSpan = "00f067aa0ba902b7";
        EventEnvelope traced = codec.wrap(new ReferralRevoked("R-TRACE", "M-TRACE", "forward"), null,
                Instant.now().minusMillis(300));
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.REFERRAL, "M-TRACE", codec.encode(traced));
        record.headers().add("traceparent", ("00-" + traceId + "-" + parentSpan + "-01").getBytes(StandardCharsets.US_ASCII));
        send(record);

        ConsumerRecord<String, byte[]> forwarded = read(Topics.REFERRAL, 1, Duration.ofSeconds(30), candidate ->
                "M-TRACE".equals(candidate.key()) && codec.payload(codec.decode(candidate.value()), ReferralRevoked.class)
                        .referralId().equals("R-TRACE-forwarded")).get(0);
        String traceparent = header(forwarded, "traceparent");
        assertThat(traceparent).matches("00-" + traceId + "-[0-9a-f]{16}-01");
        assertThat(traceparent.substring(36, 52)).as("the consumer's own span, a child of the record's")
                .isNotEqualTo(parentSpan);
        assertThat(db.sql("select traceparent from outbox_event where message_key = 'M-TRACE'")
                .map(row -> row.get(0, String.class)).one().block()).isEqualTo(traceparent);
        assertThat(meters.timer("medmassage.event.hop.latency", "event_type", "ReferralRevoked").max(
                java.util.concurrent.TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(300);
    }

    @Test
    void the_events_a_request_appends_carry_its_trace() {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        http().post().uri("/referrals/R-HTTP-TRACE/revocations").contentType(MediaType.APPLICATION_JSON)
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .bodyValue(Map.of("memberId", "M-HTTP-TRACE", "count", 2, "reason", "changed plan"))
                .exchange().expectStatus().is2xxSuccessful();

        assertThat(read(Topics.REFERRAL, 2, Duration.ofSeconds(15), candidate -> "M-HTTP-TRACE".equals(candidate.key())))
                .extracting(published -> header(published, "traceparent"))
                .allSatisfy(traceparent -> assertThat(traceparent).startsWith("00-" + traceId + "-"));
    }

    @Test
    void a_handler_that_keeps_failing_is_retried_then_dead_lettered_with_nothing_committed() {
        EventEnvelope failing = codec.wrap(new ReferralRevoked("R-FAIL", "M-FAIL", "fail"), null, Instant.now());
        send(Topics.REFERRAL, "M-FAIL", codec.encode(failing));

        List<ConsumerRecord<String, byte[]>> dead = read(Topics.deadLetter(Topics.REFERRAL, "plumbing-test"), 1,
                Duration.ofSeconds(30), record -> "M-FAIL".equals(record.key()));
        assertThat(codec.decode(dead.get(0).value()).eventId()).isEqualTo(failing.eventId());
        assertThat(header(dead.get(0), "kafka_dlt-exception-fqcn")).isEqualTo("java.lang.IllegalStateException");
        assertThat(header(dead.get(0), "kafka_dlt-exception-message")).isEqualTo("handler failure");
        assertThat(count("select count(*) from inbox_event where event_id = '" + failing.eventId() + "'")).isZero();
        assertThat(meters.counter("medmassage.consumer.failed.deliveries", "consumer", "plumbing-test", "topic",
                Topics.REFERRAL, "fault", "poison").count()).isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void a_database_outage_delays_the_record_holds_its_partition_and_never_dead_letters_it() throws Exception {
        EventEnvelope during = codec.wrap(new ReferralRevoked("R-OUTAGE", "M-OUTAGE", "outage"), null, Instant.now());
        EventEnvelope after = codec.wrap(new ReferralRevoked("R-OUTAGE-NEXT", "M-OUTAGE", "outage"), null, Instant.now());
        Instant cutAt = Instant.now();
        try (Connection admin = SupportTestDatabase.admin("postgres")) {
            cutOff(admin, true);
            send(Topics.REFERRAL, "M-OUTAGE", codec.encode(during));
            send(Topics.REFERRAL, "M-OUTAGE", codec.encode(after));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(transientFailures()).isGreaterThanOrEqualTo(3));
            http().get().uri("/actuator/health").exchange().expectBody()
                    .jsonPath("$.components.consumers.status").isEqualTo("RETRYING")
                    .jsonPath("$.components.consumers.details.retrying[0].topic").isEqualTo(Topics.REFERRAL)
                    .jsonPath("$.components.consumers.details.retrying[0].consumer").isEqualTo("plumbing-test");
            Thread.sleep(Math.max(0, 5_000 - Duration.between(cutAt, Instant.now()).toMillis())); // a 5 s outage
        } finally {
            try (Connection admin = SupportTestDatabase.admin("postgres")) {
                cutOff(admin, false);
            }
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(count("select count(*) from revocation where member_id = 'M-OUTAGE'")).isEqualTo(2));
        assertThat(db.sql("select referral_id from revocation where member_id = 'M-OUTAGE' order by id")
                .map(row -> row.get(0, String.class)).all().collectList().block())
                .containsExactly("R-OUTAGE", "R-OUTAGE-NEXT");
        http().get().uri("/actuator/health").exchange().expectBody()
                .jsonPath("$.components.consumers.status").isEqualTo("UP");
        assertThat(records(Topics.deadLetter(Topics.REFERRAL, "plumbing-test"), "M-OUTAGE", Duration.ofSeconds(3))).isZero();
    }

    @Test
    void the_records_of_one_poll_are_handled_in_one_transaction_and_a_copy_among_them_once() throws Exception {
        List<EventEnvelope> poll = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            poll.add(codec.wrap(new ReferralRevoked("R-POLL-" + i, "M-POLL", "changed plan"), null, Instant.now()));
        }
        poll.add(poll.get(1)); // a relay that republished after a crash
        double duplicatesBefore = duplicates();

        sendDuringAnOutage("M-POLL", poll);

        // the test's own pooled connections were cut off too: the first queries may fail
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                assertThat(count("select count(*) from revocation where member_id = 'M-POLL'")).isEqualTo(4));
        assertThat(db.sql("select referral_id from revocation where member_id = 'M-POLL' order by id")
                .map(row -> row.get(0, String.class)).all().collectList().block())
                .containsExactly("R-POLL-1", "R-POLL-2", "R-POLL-3", "R-POLL-4");
        // xmin is the inserting transaction: the rows and the inbox rows of the poll share one
        assertThat(count("select count(distinct xmin::text) from revocation where member_id = 'M-POLL'")).isEqualTo(1);
        assertThat(count("select count(*) from inbox_event where xmin = (select min(xmin::text)::xid from revocation"
                + " where member_id = 'M-POLL')")).isEqualTo(4);
        assertThat(duplicates() - duplicatesBefore).isEqualTo(1.0);
    }

    @Test
    void a_poison_record_in_a_poll_is_dead_lettered_alone_and_its_neighbours_are_handled_once_in_order()
            throws Exception {
        EventEnvelope poison = codec.wrap(new ReferralRevoked("R-MIX-2", "M-MIX", "fail"), null, Instant.now());
        List<EventEnvelope> poll = List.of(
                codec.wrap(new ReferralRevoked("R-MIX-1", "M-MIX", "changed plan"), null, Instant.now()), poison,
                codec.wrap(new ReferralRevoked("R-MIX-3", "M-MIX", "changed plan"), null, Instant.now()),
                codec.wrap(new ReferralRevoked("R-MIX-4", "M-MIX", "changed plan"), null, Instant.now()));

        sendDuringAnOutage("M-MIX", poll);

        List<ConsumerRecord<String, byte[]>> dead = read(Topics.deadLetter(Topics.REFERRAL, "plumbing-test"), 1,
                Duration.ofSeconds(60), record -> "M-MIX".equals(record.key()));
        assertThat(codec.decode(dead.get(0).value()).eventId()).isEqualTo(poison.eventId());
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                assertThat(count("select count(*) from revocation where member_id = 'M-MIX'")).isEqualTo(3));
        assertThat(db.sql("select referral_id from revocation where member_id = 'M-MIX' order by id")
                .map(row -> row.get(0, String.class)).all().collectList().block())
                .containsExactly("R-MIX-1", "R-MIX-3", "R-MIX-4");
        assertThat(count("select count(*) from inbox_event where event_id = '" + poison.eventId() + "'")).isZero();
        assertThat(records(Topics.deadLetter(Topics.REFERRAL, "plumbing-test"), "M-MIX", Duration.ofSeconds(3)))
                .isEqualTo(1);
    }

    /** With the database away the consumer cannot move past the first record: it gets them all in its next poll. */
    private void sendDuringAnOutage(String member, List<EventEnvelope> records) throws Exception {
        double failuresBefore = transientFailures();
        try (Connection admin = SupportTestDatabase.admin("postgres")) {
            cutOff(admin, true);
            records.forEach(envelope -> send(Topics.REFERRAL, member, codec.encode(envelope)));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(transientFailures()).isGreaterThan(failuresBefore));
            Thread.sleep(2_000); // long enough for every record to be on the broker before the consumer's next poll
        } finally {
            try (Connection admin = SupportTestDatabase.admin("postgres")) {
                cutOff(admin, false);
            }
        }
    }

    private double duplicates() {
        return meters.counter("medmassage.inbox.duplicates", "consumer", "plumbing-test", "event_type",
                "ReferralRevoked").count();
    }

    private void cutOff(Connection admin, boolean cut) throws Exception {
        admin.createStatement().execute("alter database \"" + DATABASE + "\" allow_connections " + !cut);
        if (cut) {
            admin.createStatement().execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                    + DATABASE + "'");
        }
    }

    private double transientFailures() {
        return meters.counter("medmassage.consumer.failed.deliveries", "consumer", "plumbing-test", "topic",
                Topics.REFERRAL, "fault", "transient").count();
    }

    private long retentionMillis(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            return Long.parseLong(admin.describeConfigs(List.of(resource)).all().get().get(resource)
                    .get(TopicConfig.RETENTION_MS_CONFIG).value());
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private long records(String topic, String key, Duration during) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(during);
            long found = 0;
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    found += key.equals(record.key()) ? 1 : 0;
                }
            }
            return found;
        }
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(PlumbingTestApplication.staffToken()).build();
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }

    private void send(String topic, String key, byte[] value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    private void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ConsumerRecord<String, byte[]>> read(String topic, int wanted, Duration timeout,
                                                      java.util.function.Predicate<ConsumerRecord<String, byte[]>> match) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (found.size() < wanted && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (match.test(record)) {
                        found.add(record);
                    }
                });
            }
        }
        assertThat(found).as("records on " + topic).hasSizeGreaterThanOrEqualTo(wanted);
        return found;
    }
}
