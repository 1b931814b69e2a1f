package org.medmassage.benefits;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.medmassage.benefits.fixtures.BenefitsApi;
import org.medmassage.testsupport.ServiceIntegrationTest;
import org.medmassage.testsupport.TestDatabases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
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
    @Value("${spring.embedded.kafka.brokers}")
    protected String brokers;

    protected BenefitsApi api;

    @BeforeEach
    void api() {
        api = new BenefitsApi(port);
    }

    protected static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
