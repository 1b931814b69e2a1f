package org.medmassage.notification.service;

import java.time.Duration;
import org.medmassage.testsupport.ServiceIntegrationTest;
import org.medmassage.testsupport.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * notification-service on the real in-process KRaft broker and a fresh PostgreSQL database; its test classes share
 * this one context (ADR 0047) and keep apart by members of their own.
 */
@ServiceIntegrationTest
abstract class NotificationServiceTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "notification");
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

    /** Without a token: each call says who makes it (the member whose notifications they are, as a rule). */
    protected WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(PATIENCE).build();
    }
}
