package org.medmassage.benefits;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.medmassage.benefits.fixtures.BenefitsApi;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.testsupport.KafkaProbe;
import org.medmassage.testsupport.ServiceIntegrationTest;
import org.medmassage.testsupport.TestDatabases;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertySource;

/** benefits-service on the real in-process KRaft broker and a fresh PostgreSQL database, driven over its API. */
@ServiceIntegrationTest
abstract class BenefitsServiceTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "benefits");
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

    protected BenefitsApi api;

    @BeforeEach
    void api() {
        api = new BenefitsApi(port);
    }

    /** Publishes the request and waits for its CostShareApplied. */
    protected static CostShareApplied applied(KafkaProbe kafka, CostShareRequested request) {
        kafka.publish(request);
        return kafka.awaitEnvelope(CostShareApplied.class, e -> e.claimId().equals(request.claimId()),
                Duration.ofSeconds(30)).payload();
    }

    /** A count(*) query on the service's database. */
    protected long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }

    protected static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
