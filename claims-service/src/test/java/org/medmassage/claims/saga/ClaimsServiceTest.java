package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.UUID;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.LineCostShare;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.events.claim.SessionBilled;
import org.medmassage.testsupport.KafkaProbe;
import org.medmassage.testsupport.Outboxes;
import org.medmassage.testsupport.ServiceIntegrationTest;
import org.medmassage.testsupport.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * claims-service on the real in-process KRaft broker and a fresh PostgreSQL database, driven over HTTP and Kafka,
 * with one in-network provider registered.
 */
@ServiceIntegrationTest
// the late-claims sweep every second (LateAnswerIntegrationTest); the reply timeout stays 2 minutes
@TestPropertySource(properties = "medmassage.claims.late-sweep-interval=PT1S")
abstract class ClaimsServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    protected static final String NPI = "1234567893";
    protected static final LocalDate DOS = LocalDate.of(2026, 3, 10);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "claims");
    }

    @LocalServerPort
    protected int port;

    protected String brokers;

    // this context's own broker: the system property names the broker of whichever context started last
    @Autowired
    void broker(EmbeddedKafkaBroker broker) {
        brokers = broker.getBrokersAsString();
    }

    @Autowired
    protected DatabaseClient db;

    @Autowired
    protected MeterRegistry meters;

    protected KafkaProbe kafka;
    protected ClaimsApi api;

    @BeforeEach
    void setUp() {
        kafka = new KafkaProbe(brokers);
        api = new ClaimsApi(WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build());
        api.registerProvider(NPI, "IN_NETWORK", Map.of("97124", "40.00", "97140", "38.00"));
    }

    @AfterEach
    void tearDown() {
        kafka.close();
    }

    /** Every event of this type claims-service published so far: its outbox has nothing left to publish. */
    protected <T extends DomainEvent> List<T> publishedSoFar(Class<T> type, Predicate<T> match) {
        Outboxes.awaitPublished(db);
        return kafka.allUpToNow(type, match);
    }

    /**
     * The same, once claims-service has handled everything on these topics (a redelivery included): a count or an
     * absence checked this way cannot pass by being early.
     */
    protected <T extends DomainEvent> List<T> publishedOnceHandled(List<String> consumedTopics, Class<T> type,
            Predicate<T> match) {
        consumedTopics.forEach(topic -> kafka.awaitConsumed("claims-service", topic));
        return publishedSoFar(type, match);
    }

    /** RULEBOOK §5.3 Example 1 through the saga: deductible $50.00 left, 20 % coinsurance. */
    protected String paidAsExample1(String member, String npi) {
        String claimId = api.submit(ClaimsApi.commonVisit(member, npi, DOS));
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));
        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 5, 15, List.of()));
        kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId));
        kafka.publish(new CostShareApplied(claimId, member, DOS, NetworkTier.IN_NETWORK, List.of(
                new LineCostShare(1, money("70.00"), money("50.00"), money("0.00"), money("4.00"), money("16.00"),
                        money("54.00")),
                new LineCostShare(2, money("32.00"), money("0.00"), money("0.00"), money("6.40"), money("25.60"),
                        money("6.40"))),
                money("0.00"), money("1939.60"), 6, 20, List.of()));
        ClaimAdjudicated adjudicated = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));
        assertThat(adjudicated.status()).isEqualTo("PAID");
        return claimId;
    }

    /** GET {@code uri} as JSON with {@code token}, answered 200; decimals read exactly, so cents compare as sent. */
    protected JsonNode getJson(String uri, Consumer<HttpHeaders> token) {
        return JSON.readTree(WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build()
                .get().uri(uri).headers(token).accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    /** A member of their own, so no test sees another's visits. */
    protected static String member() {
        return "M-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    /** A counter's count so far, 0 before its first increment. */
    protected double counted(String name, String... tags) {
        Counter counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    protected long timed(String name, String... tags) {
        Timer timer = meters.find(name).tags(tags).timer();
        return timer == null ? 0 : timer.count();
    }
}
