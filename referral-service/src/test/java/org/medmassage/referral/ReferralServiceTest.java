package org.medmassage.referral;

import java.time.Duration;
import org.medmassage.testsupport.ServiceIntegrationTest;
import org.medmassage.testsupport.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * referral-service on the real in-process KRaft broker and a fresh PostgreSQL database; the test classes extending it
 * share this one context (decision 0047) and keep apart by members of their own.
 */
@ServiceIntegrationTest
abstract class ReferralServiceTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "referral");
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected DatabaseClient db;

    /** Without a token: each call says who makes it. */
    protected WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20))
                .build();
    }
}
