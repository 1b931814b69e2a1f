package org.medmassage.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.referral.fixtures.ReferralBodies.story;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.events.authorization.AuthApproved;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitReleased;
import org.medmassage.events.Topics;
import org.medmassage.events.benefit.MemberRegistered;
import org.medmassage.events.referral.MedicalNecessityLetterIssued;
import org.medmassage.events.referral.ReferralExpired;
import org.medmassage.events.referral.ReferralRevoked;
import org.medmassage.referral.application.ExpireReferrals;
import org.medmassage.testsupport.KafkaProbe;
import org.medmassage.testsupport.Outboxes;
import org.medmassage.testsupport.PrometheusScrape;
import org.medmassage.testsupport.ServiceIntegrationTest;
import org.medmassage.testsupport.TestDatabases;
import org.medmassage.testsupport.Tokens;
import org.medmassage.support.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 3 lifecycle on the real broker and database, with the clock fixed on 2026-03-10: expiry by the scheduled sweep
 * (ReferralExpired), revocation (ReferralRevoked), sessions used from authorization events, paging by status, the
 * letter of medical necessity (MedicalNecessityLetterIssued) as JSON and HTML, naming the patient (MemberRegistered)
 * and reading REVOKED once its referral is (ALT-01).
 */
@ServiceIntegrationTest
@Import(ReferralLifecycleIntegrationTest.FixedClock.class)
@TestPropertySource(properties = {
        "medmassage.referral.expiry-sweep-interval=PT1S",
        "medmassage.referral.expiry-sweep-initial-delay=PT1S"})
class ReferralLifecycleIntegrationTest {

    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    @TestConfiguration
    static class FixedClock {
        @Bean
        MovableClock clock() {
            return new MovableClock(NOW);
        }
    }

    /** Today as the test says: fixed on {@link #NOW} unless a test moves it (and puts it back). */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Autowired
    MovableClock clock;
    @Autowired
    ExpireReferrals expireReferrals;
    @Autowired
    DatabaseClient db;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "referral");
    }

    @LocalServerPort
    int port;

    String brokers;

    // this context's own broker: the system property names the broker of whichever context started last
    @Autowired
    void broker(EmbeddedKafkaBroker broker) {
        brokers = broker.getBrokersAsString();
    }

    @Test
    void expires_a_referral_when_its_window_ends_and_announces_it_once() {
        Map<String, Object> body = story("M-EXPIRE");
        body.put("issuedOn", "2026-03-09");
        body.put("sessions", 3);
        body.put("durationWeeks", 1);
        String ending = create(body);
        String current = create(story("M-EXPIRE"));
        assertThat(status(ending)).isEqualTo("ACTIVE");

        clock.set(Instant.parse("2026-03-20T12:00:00Z"));
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(ending)).isEqualTo("EXPIRED"));
            try (KafkaProbe kafka = new KafkaProbe(brokers)) {
                ReferralExpired expired = kafka.await(ReferralExpired.class, event -> event.referralId().equals(ending));
                assertThat(expired).isEqualTo(new ReferralExpired(ending, "M-EXPIRE", LocalDate.of(2026, 3, 15), 0, 3));
                // the sweep runs again: an expired referral is not announced twice
                assertThat(expireReferrals.expireEndedBy(LocalDate.of(2026, 3, 20)).block()).isZero();
                Outboxes.awaitPublished(db);
                assertThat(kafka.allUpToNow(ReferralExpired.class, event -> event.memberId().equals("M-EXPIRE")))
                        .hasSize(1);
            }
            assertThat(status(current)).isEqualTo("ACTIVE");
        } finally {
            clock.set(NOW);
        }
        http().post().uri("/referrals/{id}/revoke", ending).bodyValue(Map.of("reason", "late")).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("referral " + ending + " is expired: cannot revoke it");
    }

    @Test
    void shows_the_icd10cm_horizon_in_health_and_metrics_and_warns_within_90_days_of_its_end() {
        clock.set(Instant.parse("2027-08-01T12:00:00Z"));
        try {
            http().get().uri("/actuator/health").headers(Tokens.as(Role.OPS)).exchange()
                    .expectBody()
                    .jsonPath("$.components.icd10cm.status").isEqualTo("UP")
                    .jsonPath("$.components.icd10cm.details.releases[1]").isEqualTo("FY2027")
                    .jsonPath("$.components.icd10cm.details.lastDateOfService").isEqualTo("2027-09-30")
                    .jsonPath("$.components.icd10cm.details.daysRemaining").isEqualTo(61)
                    .jsonPath("$.components.icd10cm.details.warning").value(warning -> assertThat((String) warning)
                            .startsWith("ICD-10-CM ends in 61 days, with FY2027 on 2027-09-30: load CMS's FY2028"));
            String metrics = PrometheusScrape.of(http());
            assertThat(metrics).containsPattern("medmassage_codeset_days_remaining\\{codeset=\"ICD-10-CM\"[^}]*} 61");
        } finally {
            clock.set(NOW);
        }
    }

    @Test
    void a_referral_received_after_its_window_is_recorded_expired_without_an_expiry_event() {
        Map<String, Object> body = story("M-BACKDATED");
        body.put("issuedOn", "2026-01-05");
        body.put("sessions", 3);
        body.put("durationWeeks", 1);
        String backdated = create(body);

        assertThat(status(backdated)).isEqualTo("EXPIRED");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.await(org.medmassage.events.referral.ReferralRecorded.class,
                    event -> event.referralId().equals(backdated));
            expireReferrals.expireEndedBy(LocalDate.ofInstant(NOW, ZoneOffset.UTC)).block();
            Outboxes.awaitPublished(db);
            assertThat(kafka.allUpToNow(ReferralExpired.class, event -> event.memberId().equals("M-BACKDATED")))
                    .isEmpty();
        }
    }

    @Test
    void revokes_an_active_referral_with_its_reason_once() {
        String referral = create(story("M-REVOKE"));

        http().post().uri("/referrals/{id}/revoke", referral).bodyValue(Map.of("reason", " ")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        http().post().uri("/referrals/{id}/revoke", referral).bodyValue(Map.of("reason", "Withdrawn by the prescriber."))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("REVOKED")
                .jsonPath("$.statusReason").isEqualTo("Withdrawn by the prescriber.");

        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            KafkaProbe.Received<ReferralRevoked> revoked = kafka.awaitEnvelope(ReferralRevoked.class,
                    event -> event.referralId().equals(referral), Duration.ofSeconds(30));
            assertThat(revoked.payload()).isEqualTo(new ReferralRevoked(referral, "M-REVOKE", "Withdrawn by the prescriber."));
            assertThat(revoked.key()).isEqualTo("M-REVOKE");
        }
        http().post().uri("/referrals/{id}/revoke", referral).bodyValue(Map.of("reason", "again")).exchange()
                .expectStatus().isEqualTo(409);
        http().post().uri("/referrals/{id}/revoke", "no-such-referral").bodyValue(Map.of("reason", "x")).exchange()
                .expectStatus().isNotFound();
        http().post().uri("/referrals/{id}/letter-of-medical-necessity", referral).exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void counts_sessions_used_from_authorization_events() {
        String referral = create(story("M-SESSIONS"));
        LocalDate from = LocalDate.of(2026, 3, 2);
        LocalDate to = LocalDate.of(2026, 4, 12);

        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(new AuthApproved("AUTH-S1", "A20260302-S1", "M-SESSIONS", referral, "1245319599",
                    List.of("97124"), 12, from, to));
            kafka.publish(new VisitAuthorized("CLM-1", "M-SESSIONS", "AUTH-S1", "A20260302-S1", from.plusDays(3), 1, 11));
            var second = kafka.publish(new VisitAuthorized("CLM-2", "M-SESSIONS", "AUTH-S1", "A20260302-S1",
                    from.plusDays(5), 2, 10));
            kafka.publish(second); // redelivery: no double count
            kafka.publish(new VisitAuthorized("CLM-X", "M-SESSIONS", null, null, from.plusDays(6), 0, 0));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(referral(referral))
                    .containsEntry("sessionsUsed", 2).containsEntry("sessionsRemaining", 10));

            kafka.publish(new VisitReleased("CLM-2", "M-SESSIONS", "AUTH-S1", "A20260302-S1", from.plusDays(5), 1));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(referral(referral))
                    .containsEntry("sessionsUsed", 1));
        }
    }

    @Test
    void counts_sessions_used_on_a_plan_without_pre_authorization_from_visits_naming_the_referral() {
        String referral = create(story("M-REFONLY"));
        LocalDate from = LocalDate.of(2026, 3, 2);

        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(new VisitAuthorized("CLM-R1", "M-REFONLY", null, null, from.plusDays(1), 0, 0, List.of(),
                    List.of(), referral, 1));
            var second = kafka.publish(new VisitAuthorized("CLM-R2", "M-REFONLY", null, null, from.plusDays(3), 0, 0,
                    List.of(), List.of(), referral, 2));
            kafka.publish(second); // redelivery: no double count
            kafka.publish(new VisitAuthorized("CLM-R2b", "M-REFONLY", null, null, from.plusDays(3), 0, 0, List.of(),
                    List.of(), referral, 2)); // a second claim of that date shares its session
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(referral(referral))
                    .containsEntry("sessionsUsed", 2).containsEntry("sessionsRemaining", 10));

            kafka.publish(VisitReleased.referralSession("CLM-R1", "M-REFONLY", from.plusDays(1), referral, 1));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(referral(referral))
                    .containsEntry("sessionsUsed", 1).containsEntry("sessionsRemaining", 11));
        }
    }

    @Test
    void pages_a_members_referrals_by_status() {
        String first = create(story("M-PAGES"));
        Map<String, Object> later = story("M-PAGES");
        later.put("issuedOn", "2026-03-09");
        String second = create(later);
        String third = create(later);
        http().post().uri("/referrals/{id}/revoke", second).bodyValue(Map.of("reason", "duplicate")).exchange()
                .expectStatus().isOk();

        http().get().uri("/members/{m}/referrals?status=ACTIVE&page=0&size=1", "M-PAGES").exchange()
                .expectStatus().isOk().expectHeader().valueEquals("X-Total-Count", "2")
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].referralId").isEqualTo(first);
        http().get().uri("/members/{m}/referrals?status=active&page=1&size=1", "M-PAGES").exchange()
                .expectBody().jsonPath("$[0].referralId").isEqualTo(third);
        http().get().uri("/members/{m}/referrals?status=REVOKED", "M-PAGES").exchange()
                .expectHeader().valueEquals("X-Total-Count", "1")
                .expectBody().jsonPath("$[0].referralId").isEqualTo(second);
        http().get().uri("/members/{m}/referrals?status=LOST&size=0", "M-PAGES").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
        http().get().uri("/members/{m}/referrals?size=1000", "M-PAGES").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
    }

    @Test
    void issues_a_letter_of_medical_necessity_as_json_and_printable_html() {
        Map<String, Object> body = story("M-LETTER");
        body.put("diagnosisCodes", List.of("M54.50", "M62.830"));
        String referral = create(body);

        http().get().uri("/referrals/{id}/letter-of-medical-necessity", referral).exchange().expectStatus().isNotFound();
        Map<String, Object> letter = http().post().uri("/referrals/{id}/letter-of-medical-necessity", referral).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/referrals/" + referral + "/letter-of-medical-necessity")
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();

        assertThat(letter).containsEntry("memberId", "M-LETTER").containsEntry("referralId", referral)
                .containsEntry("issuedOn", "2026-03-10").containsEntry("validTo", "2027-03-09")
                .containsEntry("diagnoses", List.of(Map.of("code", "M54.50", "title", "Low back pain, unspecified"),
                        Map.of("code", "M62.830", "title", "Muscle spasm of back")))
                .containsEntry("frequencyAndDuration", "12 sessions over 6 weeks (about 2 a week), from 2026-03-02 to 2026-04-12")
                .containsEntry("prescriber", Map.of("npi", "1234567893", "name", "Dr. Ada Lovelace", "type", "MD"));
        String letterId = (String) letter.get("letterId");

        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            assertThat(kafka.await(MedicalNecessityLetterIssued.class, event -> event.letterId().equals(letterId)))
                    .isEqualTo(new MedicalNecessityLetterIssued(letterId, referral, "M-LETTER", List.of("M54.50", "M62.830"),
                            LocalDate.of(2026, 3, 10), LocalDate.of(2027, 3, 9)));
        }
        String html = http().get().uri("/referrals/{id}/letter-of-medical-necessity", referral)
                .accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("Letter of Medical Necessity", "M-LETTER", "M54.50", "Low back pain, unspecified",
                "Dr. Ada Lovelace", "Valid through March 9, 2027");
        http().get().uri("/referrals/{id}/letter-of-medical-necessity", referral).accept(MediaType.APPLICATION_JSON)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.letterId").isEqualTo(letterId);
    }

    @Test
    void a_letter_names_the_patient_as_benefits_announced_them_and_says_when_the_name_is_not_known() {
        String unnamed = create(story("M-UNNAMED"));
        Map<String, Object> before = http().post().uri("/referrals/{id}/letter-of-medical-necessity", unnamed)
                .exchange().expectStatus().isCreated().expectBody(JSON_OBJECT).returnResult().getResponseBody();
        assertThat(before).containsEntry("patient", patient("M-UNNAMED", "name not on file", null));

        String referral = create(story("M-NAMED"));
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(new MemberRegistered("M-NAMED", "Jane", "O'Doe", LocalDate.of(1980, 5, 17)));
            kafka.awaitConsumed("referral-service", Topics.BENEFIT);
        }
        Map<String, Object> letter = http().post().uri("/referrals/{id}/letter-of-medical-necessity", referral)
                .exchange().expectStatus().isCreated().expectBody(JSON_OBJECT).returnResult().getResponseBody();

        assertThat(letter).containsEntry("patient", patient("M-NAMED", "Jane O'Doe", "1980-05-17"))
                .containsEntry("status", "VALID").containsEntry("statusReason", null);
        String html = http().get().uri("/referrals/{id}/letter-of-medical-necessity", referral)
                .accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("Patient: <strong>Jane O&#39;Doe</strong>", "Date of birth May 17, 1980");
    }

    @Test
    void a_letter_whose_referral_is_revoked_reads_revoked_with_the_reason_and_no_new_letter_is_issued() {
        String referral = create(story("M-LMN-REVOKED"));
        http().post().uri("/referrals/{id}/letter-of-medical-necessity", referral).exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$.status").isEqualTo("VALID");
        http().post().uri("/referrals/{id}/revoke", referral).bodyValue(Map.of("reason", "Wrong patient."))
                .exchange().expectStatus().isOk();

        http().get().uri("/referrals/{id}/letter-of-medical-necessity", referral).accept(MediaType.APPLICATION_JSON)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("REVOKED")
                .jsonPath("$.statusReason").value(reason -> assertThat((String) reason).startsWith("ALT-01")
                        .contains("revoked", "Wrong patient."));
        String html = http().get().uri("/referrals/{id}/letter-of-medical-necessity", referral)
                .accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("REVOKED: this letter is not valid.", "Wrong patient.");
        http().post().uri("/referrals/{id}/letter-of-medical-necessity", referral).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.errors[0].rule").isEqualTo("ALT-01")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .contains("is revoked: cannot write a letter for it"));
    }

    private static Map<String, Object> patient(String memberId, String name, String dateOfBirth) {
        Map<String, Object> patient = new java.util.LinkedHashMap<>();
        patient.put("memberId", memberId);
        patient.put("name", name);
        patient.put("dateOfBirth", dateOfBirth);
        return patient;
    }

    private String status(String referralId) {
        return (String) referral(referralId).get("status");
    }

    private Map<String, Object> referral(String referralId) {
        return http().get().uri("/referrals/{id}", referralId).exchange().expectStatus().isOk()
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();
    }

    private String create(Map<String, Object> body) {
        Map<String, Object> created = http().post().uri("/referrals").bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(JSON_OBJECT).returnResult().getResponseBody();
        return (String) created.get("referralId");
    }

    /** As the payer's admin, who may record and read any referral; ReferralAccessIntegrationTest covers the roles. */
    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20))
                .defaultHeaders(Tokens.as(Role.ADMIN)).build();
    }
}
