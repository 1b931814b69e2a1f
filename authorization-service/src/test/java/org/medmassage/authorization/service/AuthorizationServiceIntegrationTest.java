package org.medmassage.authorization.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medmassage.authorization.service.ServiceFixtures.SIX_WEEKS_END;
import static org.medmassage.authorization.service.ServiceFixtures.claimDenied;
import static org.medmassage.authorization.service.ServiceFixtures.newMember;
import static org.medmassage.authorization.service.ServiceFixtures.referralOf;
import static org.medmassage.authorization.service.ServiceFixtures.referralRecorded;
import org.medmassage.events.referral.ReferralRevoked;
import static org.medmassage.authorization.service.ServiceFixtures.requestBody;
import static org.medmassage.authorization.service.ServiceFixtures.sessionBilled;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.events.Topics;
import org.medmassage.events.EventEnvelope;
import org.medmassage.events.authorization.AuthApproved;
import org.medmassage.events.authorization.AuthExhausted;
import org.medmassage.events.authorization.AuthPended;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitNotAuthorized;
import org.medmassage.events.authorization.VisitReleased;
import org.medmassage.events.benefit.CoverageActivated;
import org.medmassage.testsupport.KafkaProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** authorization-service on the real in-process KRaft broker and a fresh PostgreSQL database. */
class AuthorizationServiceIntegrationTest extends AuthorizationServiceTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void a_request_for_a_known_referral_is_approved_for_its_sessions_inside_its_window() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            recordReferral(kafka, member, 12);

            Map<String, Object> created = requestAuthorization(member, 12);

            assertThat(created).containsEntry("status", "APPROVED").containsEntry("x12ActionCode", "A1")
                    .containsEntry("approvedVisits", 12).containsEntry("visitsUsed", 0)
                    .containsEntry("procedureCodes", List.of("97124", "97140"))
                    .containsEntry("validFrom", "2026-03-02").containsEntry("validTo", "2026-04-12");
            assertThat((String) created.get("authorizationNumber")).matches("A20\\d{6}-[0-9A-Z]{8}");
            AuthApproved approved = kafka.await(AuthApproved.class, e -> e.memberId().equals(member));
            assertThat(approved.approvedVisits()).isEqualTo(12);
            assertThat(approved.validTo()).isEqualTo(SIX_WEEKS_END);
        }
    }

    @Test
    void a_request_before_its_referral_is_pended_then_decided_when_the_referral_arrives() {
        String member = newMember();
        double pendedBefore = decisions("A4");
        double approvedBefore = decisions("A1");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            Map<String, Object> pended = requestAuthorization(member, 12);
            assertThat(pended).containsEntry("status", "PENDED").containsEntry("x12ActionCode", "A4");
            assertThat(kafka.await(AuthPended.class, e -> e.memberId().equals(member)).referralId())
                    .isEqualTo(referralOf(member));

            kafka.publish(referralRecorded(member, 12));

            String id = (String) pended.get("authorizationId");
            await().atMost(DEADLINE).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(get(id)).containsEntry("status", "APPROVED").containsEntry("approvedVisits", 12));
            assertThat(kafka.await(AuthApproved.class, e -> e.authorizationId().equals(id)).approvedVisits()).isEqualTo(12);
        }
        // each outcome counted by its X12 306 code: the pend (A4), then the approval (A1) by the rules
        assertThat(decisions("A4")).isEqualTo(pendedBefore + 1);
        assertThat(decisions("A1")).isEqualTo(approvedBefore + 1);
    }

    @Test
    void a_request_for_a_revoked_referral_is_denied_with_the_reason() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            recordReferral(kafka, member, 12);
            kafka.publish(new ReferralRevoked(referralOf(member), member, "written in error"));
            awaitRow("select count(*) from known_referral where revoked_reason is not null and referral_id = '"
                    + referralOf(member) + "'");

            Map<String, Object> refused = requestAuthorization(member, 12);

            assertThat(refused).containsEntry("status", "DENIED").containsEntry("x12ActionCode", "A3")
                    .containsEntry("reason", "referral " + referralOf(member) + " was revoked: written in error");
        }
    }

    @Test
    void billed_sessions_use_one_visit_each_and_a_denied_claim_gives_its_visit_back() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            recordReferral(kafka, member, 12);
            Map<String, Object> auth = requestAuthorization(member, 12);
            String id = (String) auth.get("authorizationId");
            String number = (String) auth.get("authorizationNumber");

            kafka.publish(sessionBilled(member, "C1-" + member, number, "2026-03-10"));
            kafka.publish(sessionBilled(member, "C2-" + member, number, "2026-03-12"));

            VisitAuthorized second = kafka.await(VisitAuthorized.class, e -> e.claimId().equals("C2-" + member));
            assertThat(second.authorizationId()).isEqualTo(id);
            assertThat(second.visitsUsed()).isEqualTo(2);
            assertThat(second.visitsRemaining()).isEqualTo(10);
            assertThat(get(id)).containsEntry("visitsUsed", 2);

            kafka.publish(claimDenied(member, "C2-" + member, "2026-03-12"));

            VisitReleased released = kafka.await(VisitReleased.class, e -> e.claimId().equals("C2-" + member));
            assertThat(released.visitsUsed()).isEqualTo(1);
            assertThat(released.dateOfService()).isEqualTo(LocalDate.parse("2026-03-12"));
            assertThat(get(id)).containsEntry("visitsUsed", 1);
        }
    }

    @Test
    void a_session_billed_for_a_member_without_an_authorization_is_not_authorized_with_CO_197() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            coverageRequiringPreAuth(kafka, member);

            kafka.publish(sessionBilled(member, "C-" + member, null, "2026-03-10"));

            VisitNotAuthorized denied = kafka.await(VisitNotAuthorized.class, e -> e.memberId().equals(member));
            assertThat(denied.carc()).isEqualTo("197");
            assertThat(denied.rarc()).isEqualTo("M62");
            assertThat(denied.reason()).isEqualTo("no authorization on file for member " + member);
        }
    }

    @Test
    void a_plan_without_pre_authorization_authorizes_the_visit_without_an_authorization() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(new CoverageActivated(member, "PPO-OPEN", LocalDate.parse("2026-01-01"), null, false, false, 20));
            awaitRow("select count(*) from member_coverage_terms where member_id = '" + member + "'");

            kafka.publish(sessionBilled(member, "C-" + member, null, "2026-03-10"));

            assertThat(kafka.await(VisitAuthorized.class, e -> e.memberId().equals(member)).authorizationId()).isNull();
        }
    }

    @Test
    void the_visit_that_uses_the_last_one_exhausts_the_authorization_and_the_next_is_CO_198() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            coverageRequiringPreAuth(kafka, member);
            recordReferral(kafka, member, 1);
            String number = (String) requestAuthorization(member, 1).get("authorizationNumber");

            kafka.publish(sessionBilled(member, "C1-" + member, number, "2026-03-10"));
            kafka.publish(sessionBilled(member, "C2-" + member, number, "2026-03-11"));

            assertThat(kafka.await(AuthExhausted.class, e -> e.memberId().equals(member)).approvedVisits()).isEqualTo(1);
            VisitNotAuthorized exceeded = kafka.await(VisitNotAuthorized.class, e -> e.memberId().equals(member));
            assertThat(exceeded.carc()).isEqualTo("198");
            assertThat(exceeded.claimId()).isEqualTo("C2-" + member);
        }
    }

    @Test
    void a_redelivered_event_changes_nothing() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            EventEnvelope referral = recordReferral(kafka, member, 12);
            Map<String, Object> auth = requestAuthorization(member, 12);
            String claim = "C-" + member;
            EventEnvelope billed = kafka.publish(sessionBilled(member, claim, (String) auth.get("authorizationNumber"),
                    "2026-03-10"));
            kafka.await(VisitAuthorized.class, e -> e.claimId().equals(claim));
            EventEnvelope denied = kafka.publish(claimDenied(member, claim, "2026-03-10"));
            kafka.await(VisitReleased.class, e -> e.claimId().equals(claim));

            double before = duplicates();
            kafka.publish(referral);
            kafka.publish(billed);
            kafka.publish(denied);

            await().atMost(DEADLINE).untilAsserted(() -> assertThat(duplicates()).isEqualTo(before + 3));
            assertThat(get((String) auth.get("authorizationId"))).containsEntry("visitsUsed", 0)
                    .containsEntry("approvedVisits", 12);
            assertThat(publishedOnceSettled(kafka, Topics.CLAIM, VisitAuthorized.class, e -> e.claimId().equals(claim)))
                    .hasSize(1);
            assertThat(publishedOnceSettled(kafka, Topics.CLAIM, VisitReleased.class, e -> e.claimId().equals(claim)))
                    .hasSize(1);
        }
    }

    @Test
    void a_request_missing_fields_is_a_400_problem_naming_each_field() {
        http().post().uri("/authorizations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("memberId", "M-X", "procedureCodes", List.of("97124"), "requestedVisits", 0))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'referralId')].rule").isEqualTo("NotBlank")
                .jsonPath("$.errors[?(@.field == 'providerNpi')].rule").isEqualTo("NotBlank")
                .jsonPath("$.errors[?(@.field == 'requestedVisits')].rule").isEqualTo("Positive")
                .jsonPath("$.errors[?(@.field == 'startDate')].rule").isEqualTo("NotNull")
                .jsonPath("$.errors[?(@.field == 'priority')].rule").isEqualTo("NotNull");
    }

    @Test
    void an_npi_failing_its_check_digit_is_a_422_problem_naming_providerNpi() {
        Map<String, Object> body = requestBody("M-NPI", 12);
        body.put("providerNpi", "1234567890");
        http().post().uri("/authorizations").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("providerNpi")
                .jsonPath("$.errors[0].rule").isEqualTo("NPI");
    }

    @Test
    void an_unknown_priority_is_a_400_naming_the_field_and_an_unknown_authorization_is_a_404() {
        Map<String, Object> body = requestBody("M-PRI", 12);
        body.put("priority", "WHENEVER");
        http().post().uri("/authorizations").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("priority");
        http().get().uri("/authorizations/{id}", UUID.randomUUID()).exchange().expectStatus().isNotFound();
    }

    private double decisions(String x12Code) {
        return meters.find("medmassage.authorization.decisions").tags("code", x12Code, "by", "auto").counters()
                .stream().mapToDouble(c -> c.count()).sum();
    }

    private double duplicates() {
        return meters.find("medmassage.inbox.duplicates").counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
