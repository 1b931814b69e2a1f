package org.medmassage.authorization.service;

import static org.awaitility.Awaitility.await;
import static org.medmassage.authorization.service.ServiceFixtures.referralOf;
import static org.medmassage.authorization.service.ServiceFixtures.referralRecorded;
import static org.medmassage.authorization.service.ServiceFixtures.requestBody;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.medmassage.events.benefit.CoverageActivated;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.EventEnvelope;
import org.medmassage.support.security.Role;
import org.medmassage.testsupport.KafkaProbe;
import org.medmassage.testsupport.Outboxes;
import org.medmassage.testsupport.ServiceIntegrationTest;
import org.medmassage.testsupport.TestDatabases;
import org.medmassage.testsupport.Tokens;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** authorization-service on the real in-process KRaft broker and a fresh PostgreSQL database, driven over its API. */
@ServiceIntegrationTest
abstract class AuthorizationServiceTest {

    protected static final Duration DEADLINE = Duration.ofSeconds(30);
    protected static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "authorization");
        // a visit's wait for coverage is ended in tests by moving its deadline, then found by a quick sweep
        registry.add("medmassage.authorization.coverage-wait.sweep-interval", () -> "PT0.3S");
        // deadlines and windows are moved into the past by the tests, then found by quick sweeps (decision 0062)
        registry.add("medmassage.authorization.turnaround.deadline-sweep-interval", () -> "PT0.5S");
        registry.add("medmassage.authorization.lifecycle.expiry-sweep-interval", () -> "PT0.5S");
        // MN-06 for one plan only (the payer's gate stays off), so the other tests' approvals are not cut
        registry.add("medmassage.authorization.re-evaluation.plans[" + WA_LNI + "].due-after-visits", () -> "6");
        registry.add("medmassage.authorization.re-evaluation.plans[" + WA_LNI + "].due-after-days", () -> "30");
    }

    /** A plan with WA L&I's re-evaluation gate: a progress report after 6 visits or 30 days, whichever first. */
    protected static final String WA_LNI = "WA-LNI";

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

    protected EventEnvelope recordReferral(KafkaProbe kafka, String member, int sessions) {
        EventEnvelope recorded = kafka.publish(referralRecorded(member, sessions));
        awaitRow("select count(*) from known_referral where referral_id = '" + referralOf(member) + "'");
        return recorded;
    }

    /** The member's plan, known to this service, asks for a pre-authorization for massage. */
    protected void coverageRequiringPreAuth(KafkaProbe kafka, String member) {
        kafka.publish(new CoverageActivated(member, "HMO-PA", LocalDate.parse("2026-01-01"), null, true, false, 20));
        awaitRow("select count(*) from member_coverage_terms where member_id = '" + member + "'");
    }

    /** The member's plan, known to this service, with its pre-authorization and referral terms. */
    protected void coverage(KafkaProbe kafka, String member, boolean preAuthRequired, boolean referralRequired) {
        kafka.publish(new CoverageActivated(member, "PLAN-" + preAuthRequired + "-" + referralRequired,
                LocalDate.parse("2026-01-01"), null, preAuthRequired, referralRequired, 20));
        awaitRow("select count(*) from member_coverage_terms where member_id = '" + member
                + "' and referral_required = " + referralRequired);
    }

    /** The member's plan, known to this service: pre-authorization, and only these provider types paid (§1.3). */
    protected void coverage(KafkaProbe kafka, String member, String planId, List<String> coveredProviderTypes) {
        kafka.publish(new CoverageActivated(member, planId, LocalDate.parse("2026-01-01"), null, true, false, 20, null,
                coveredProviderTypes));
        awaitRow("select count(*) from member_coverage_terms where member_id = '" + member + "'");
    }

    protected Map<String, Object> requestAuthorization(String member, int visits) {
        return http().post().uri("/authorizations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(requestBody(member, visits))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().exists("Location")
                .expectBody(JSON).returnResult().getResponseBody();
    }

    protected Map<String, Object> get(String id) {
        return http().get().uri("/authorizations/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
    }

    /**
     * Every event of this type the service published, once it has handled everything on {@code consumedTopic} and
     * published everything it committed: an absence (or a count) checked this way cannot pass by being early.
     */
    protected <T extends DomainEvent> List<T> publishedOnceSettled(KafkaProbe kafka, String consumedTopic,
            Class<T> type, Predicate<T> match) {
        kafka.awaitConsumed("authorization-service", consumedTopic);
        Outboxes.awaitPublished(db);
        return kafka.allUpToNow(type, match);
    }

    protected void awaitRow(String countSql) {
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(100))
                .until(() -> db.sql(countSql).map(row -> ((Number) row.get(0)).longValue()).one().block() > 0);
    }

    /** As the payer's admin, who may request and read any authorization; AuthorizationAccessIntegrationTest covers the roles. */
    protected WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(Tokens.as(Role.ADMIN)).build();
    }
}
