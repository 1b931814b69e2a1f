package org.medmassage.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.medmassage.benefits.fixtures.BenefitsRequests.costShareRequested;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.medmassage.benefits.accumulator.Accumulators;
import org.medmassage.benefits.accumulator.Ledger;
import org.medmassage.benefits.costshare.Adjudication;
import org.medmassage.benefits.costshare.AllowedLine;
import org.medmassage.benefits.costshare.BenefitAdjudicator;
import org.medmassage.benefits.costshare.CostShareRequest;
import org.medmassage.benefits.coverage.Coverage;
import org.medmassage.benefits.coverage.Enrollment;
import org.medmassage.benefits.fixtures.BenefitsApi;
import org.medmassage.benefits.fixtures.Plans;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.testsupport.KafkaProbe;
import org.medmassage.testsupport.ServiceIntegrationTest;
import org.medmassage.testsupport.TestDatabases;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * 200 cost-share requests for one member sent at once by several producers end exactly where the same requests
 * processed one by one end; and so do they when a second instance joins and leaves the consumer group mid-stream
 * (two rebalances: redelivered records are absorbed by the inbox and the per-member lock, never posted twice).
 * Repetitions: -Dbenefits.concurrency.repetitions=N (default 2), -Dbenefits.rebalance.repetitions=N (default 1).
 */
@ServiceIntegrationTest
// small polls, so that a binding stops (and hands its partition over) within a few records, not a 500-record batch
@TestPropertySource(properties = "spring.cloud.stream.kafka.binder.consumer-properties.max.poll.records=" + 5)
class ConcurrentCostShareIntegrationTest {

    private static final int REQUESTS = 200;
    private static final int PRODUCERS = 8;
    private static final int VISIT_LIMIT = 150;
    private static final String PLAN = "GOLD-CONCURRENT";
    private static final NetworkTier IN = NetworkTier.IN_NETWORK;
    private static final String BINDING = "claimEvents-in-0";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "benefits");
    }

    @LocalServerPort
    int port;
    String brokers;

    // this context's own broker: the system property names the broker of whichever context started last
    @Autowired
    void broker(EmbeddedKafkaBroker broker) {
        brokers = broker.getBrokersAsString();
    }
    @Value("${spring.r2dbc.url}")
    String r2dbcUrl;
    @Value("${spring.flyway.url}")
    String flywayUrl;
    @Autowired
    DatabaseClient db;
    @Autowired
    BindingsLifecycleController bindings;

    // static: JUnit makes a new instance per test factory, and every run needs a member of its own
    private static final AtomicInteger MEMBERS = new AtomicInteger();

    @TestFactory
    Stream<DynamicTest> two_hundred_requests_from_many_producers_at_once_end_at_the_sequential_balances() {
        return runs("benefits.concurrency.repetitions", 2, memberId -> send(memberId, () -> { }, () -> { }));
    }

    @TestFactory
    Stream<DynamicTest> a_second_instance_joining_and_leaving_the_consumer_group_loses_and_doubles_no_posting() {
        // one partition: stopping this instance's binding hands it to the second instance mid-stream, and closing the
        // second instance after restarting the binding hands it back — two rebalances while records are in flight
        return runs("benefits.rebalance.repetitions", 1, memberId -> {
            ConfigurableApplicationContext second = secondInstance();
            try {
                send(memberId, () -> {
                    awaitDecisions(memberId, REQUESTS / 4);
                    bindings.stop(BINDING);
                }, () -> {
                    awaitDecisions(memberId, REQUESTS * 3 / 4);
                    bindings.start(BINDING);
                    second.close();
                });
            } finally {
                second.close();
            }
            assertThat(count("select count(distinct consumer) from inbox_event")).isEqualTo(1);
        });
    }

    private Stream<DynamicTest> runs(String property, int fallback, ThrowingConsumer scenario) {
        BenefitsApi api = new BenefitsApi(port);
        api.registerGoldPpo(PLAN, VISIT_LIMIT);
        return IntStream.rangeClosed(1, Integer.getInteger(property, fallback)).mapToObj(run -> dynamicTest("run " + run, () -> {
            String memberId = "M-CONC-" + MEMBERS.incrementAndGet();
            api.cover(memberId, PLAN);
            scenario.accept(memberId);
            assertBalancesAreTheSequentialOnes(api, memberId);
        }));
    }

    /** Every producer sends its share at the same moment; the hooks run once a quarter and three quarters are sent. */
    private void send(String memberId, Runnable afterAQuarter, Runnable afterThreeQuarters) throws Exception {
        List<CostShareRequested> requests = requests(memberId);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger sent = new AtomicInteger();
        CountDownLatch quarter = new CountDownLatch(REQUESTS / 4);
        CountDownLatch threeQuarters = new CountDownLatch(REQUESTS * 3 / 4);
        ExecutorService producers = Executors.newFixedThreadPool(PRODUCERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int producer = 0; producer < PRODUCERS; producer++) {
                int offset = producer;
                done.add(producers.submit(() -> {
                    try (KafkaProbe kafka = new KafkaProbe(brokers)) {
                        start.await();
                        for (int i = offset; i < REQUESTS; i += PRODUCERS) {
                            kafka.publish(requests.get(i));
                            sent.incrementAndGet();
                            quarter.countDown();
                            threeQuarters.countDown();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            quarter.await();
            afterAQuarter.run();
            threeQuarters.await();
            afterThreeQuarters.run();
            for (Future<?> producer : done) {
                producer.get();
            }
        } finally {
            producers.shutdownNow();
        }
        assertThat(sent.get()).isEqualTo(REQUESTS);
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                .until(() -> decisions(memberId) >= REQUESTS);
    }

    private void assertBalancesAreTheSequentialOnes(BenefitsApi api, String memberId) {
        Accumulators expected = sequentially(memberId);
        JsonNode benefits = api.benefits(memberId, "2026-12-31");
        assertThat(benefits.at("/inNetwork/deductibleMet").decimalValue()).isEqualTo(expected.balances().deductibleMet(IN));
        assertThat(benefits.at("/inNetwork/outOfPocketMet").decimalValue()).isEqualTo(expected.balances().outOfPocketMet(IN));
        assertThat(benefits.at("/visits/used").asInt()).isEqualTo(expected.visitsUsed()).isEqualTo(VISIT_LIMIT);
        // one decision per claim, one active row per claim and bucket, and the balances are the ledger's sums
        assertThat(decisions(memberId)).isEqualTo(REQUESTS);
        assertThat(count("select count(distinct (envelope::jsonb -> 'payload' ->> 'claimId')) from outbox_event"
                + " where message_key = '" + memberId + "' and event_type in ('CostShareApplied', 'BenefitLimitReached')"))
                .isEqualTo(REQUESTS);
        assertThat(count("select count(*) from visit_posting where reversed_at is null and member_id = '" + memberId + "'"))
                .isEqualTo(VISIT_LIMIT);
        assertThat(count("select count(*) from ledger_posting where member_id = '" + memberId + "' and reversed_at is not null"))
                .isZero();
    }

    /** The same requests adjudicated one by one, in claim order, by the domain alone. */
    private static Accumulators sequentially(String memberId) {
        BenefitPlan plan = Plans.plan(PLAN, VISIT_LIMIT, Plans.terms("500.00", 20, "0.00", "3000.00"),
                Plans.terms("1000.00", 40, "0.00", null));
        Optional<Enrollment> enrollment = Optional.of(new Enrollment(
                new Coverage(memberId, PLAN, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")), plan));
        BenefitAdjudicator adjudicator = new BenefitAdjudicator();
        Ledger ledger = Ledger.empty();
        for (CostShareRequested request : requests(memberId)) {
            Adjudication decision = adjudicator.adjudicate(new CostShareRequest(request.claimId(), memberId,
                    request.dateOfService(), IN, request.lines().stream()
                    .map(line -> new AllowedLine(line.lineNumber(), line.procedureCode(), line.allowed())).toList()), enrollment, ledger);
            if (decision instanceof Adjudication.Applied applied) {
                ledger = ledger.with(applied.postings(), applied.visits());
            }
        }
        return Accumulators.of(plan, plan.planYearOf(LocalDate.parse("2026-12-31")), ledger);
    }

    /** Identical visits on distinct dates, so the sequential result does not depend on the order of arrival. */
    private static List<CostShareRequested> requests(String memberId) {
        return IntStream.range(0, REQUESTS).mapToObj(i -> costShareRequested("C-" + memberId + "-" + i, memberId,
                LocalDate.parse("2026-01-01").plusDays(i).toString(), IN, "70.00", "32.00")).toList();
    }

    private ConfigurableApplicationContext secondInstance() {
        return new SpringApplicationBuilder(BenefitsApplication.class).run(
                "--server.port=0",
                "--spring.r2dbc.url=" + r2dbcUrl,
                "--spring.flyway.url=" + flywayUrl,
                "--medmassage.kafka.bootstrap-servers=" + brokers,
                "--medmassage.outbox.poll-interval=200ms",
                "--spring.cloud.stream.kafka.binder.consumer-properties.max.poll.records=5");
    }

    private void awaitDecisions(String memberId, int atLeast) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> decisions(memberId) >= atLeast);
    }

    private long decisions(String memberId) {
        return count("select count(*) from outbox_event where message_key = '" + memberId
                + "' and event_type in ('CostShareApplied', 'BenefitLimitReached')");
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }

    @FunctionalInterface
    private interface ThrowingConsumer {
        void accept(String memberId) throws Exception;
    }
}
