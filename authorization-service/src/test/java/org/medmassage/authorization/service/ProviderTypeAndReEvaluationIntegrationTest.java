package org.medmassage.authorization.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.service.ServiceFixtures.PROVIDER;
import static org.medmassage.authorization.service.ServiceFixtures.newMember;
import static org.medmassage.authorization.service.ServiceFixtures.requestBody;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.medmassage.events.authorization.AuthApproved;
import org.medmassage.events.authorization.AuthDenied;
import org.medmassage.events.authorization.AuthExpired;
import org.medmassage.events.authorization.AuthPartiallyApproved;
import org.medmassage.support.security.Role;
import org.medmassage.testissuer.TestIssuer;
import org.medmassage.testsupport.KafkaProbe;
import org.medmassage.testsupport.Tokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 19 item 4 (ADR 0063): a request for a provider type the member's plan does not pay is denied A3 (§1.3), one for
 * maintenance care A3 (MN-09); under a plan with a re-evaluation gate (MN-06) an approval covers the first block and a
 * progress report continues it (MEASURABLE) or ends it (PLATEAU, MN-09), with the events a decision emits.
 */
class ProviderTypeAndReEvaluationIntegrationTest extends AuthorizationServiceTest {

    private static final String LMT = "225700000X";
    private static final String PT = "225100000X";
    private static final String PRESCRIBER = "1245319599";
    private static final String OTHER_PROVIDER = "1679576722";
    private static final String IMPROVED = "cervical rotation 45° → 70°; sitting tolerance 20 → 60 min";

    @Test
    void a_request_for_a_provider_type_the_plan_does_not_pay_is_denied_A3_with_AuthDenied() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            coverage(kafka, member, "PT-ONLY", List.of(PT));

            Map<String, Object> denied = request(with(requestBody(member, 12), "renderingProviderTaxonomy", LMT));

            assertThat(denied).containsEntry("status", "DENIED").containsEntry("x12ActionCode", "A3")
                    .containsEntry("reasonCode", "§1.3").containsEntry("approvedVisits", 0)
                    .containsEntry("renderingProviderTaxonomy", LMT);
            String reason = "the plan does not pay this provider type (225700000X, Massage Therapist) for massage: "
                    + "plan PT-ONLY pays 225100000X";
            assertThat(denied).containsEntry("reason", reason);
            assertThat(kafka.await(AuthDenied.class, e -> e.authorizationId().equals(denied.get("authorizationId")))
                    .reason()).isEqualTo(reason);

            // the type the plan pays is not judged further: without its referral yet, the request pends as before
            assertThat(request(with(requestBody(member, 12), "renderingProviderTaxonomy", PT)))
                    .containsEntry("status", "PENDED");
        }
    }

    @Test
    void a_request_for_maintenance_care_is_denied_A3_MN_09_with_AuthDenied() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            recordReferral(kafka, member, 12);

            Map<String, Object> denied = request(with(requestBody(member, 12), "careGoal", "MAINTENANCE"));

            assertThat(denied).containsEntry("status", "DENIED").containsEntry("reasonCode", "MN-09")
                    .containsEntry("careGoal", "MAINTENANCE");
            assertThat(kafka.await(AuthDenied.class, e -> e.authorizationId().equals(denied.get("authorizationId")))
                    .reason()).startsWith("maintenance care is not medically necessary");
        }
    }

    @Test
    void a_taxonomy_that_is_not_a_NUCC_code_is_a_422_naming_the_field_and_a_care_goal_not_known_a_400() {
        String member = newMember();
        for (String taxonomy : List.of("22570000X", "1223G0001X")) {
            http().post().uri("/authorizations").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(with(requestBody(member, 12), "renderingProviderTaxonomy", taxonomy)).exchange()
                    .expectStatus().isEqualTo(422)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("renderingProviderTaxonomy")
                    .jsonPath("$.errors[0].rule").isEqualTo("NuccTaxonomy");
        }
        http().post().uri("/authorizations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(with(requestBody(member, 12), "careGoal", "WELLNESS")).exchange()
                .expectStatus().isBadRequest();
        assertThat(db.sql("select count(*) from prior_authorization where member_id = :m").bind("m", member)
                .map(row -> ((Number) row.get(0)).longValue()).one().block(DEADLINE)).isZero();
    }

    @Test
    void a_measurable_progress_report_extends_the_authorization_by_the_next_block_with_AuthApproved() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            String id = cutAtTheGate(kafka, member);

            // the first block was used up and its window had ended: both were announced once already
            db.sql("update prior_authorization set exhausted_at = now(), expired_at = now() "
                    + "where authorization_id::text = :id").bind("id", id).then().block(Duration.ofSeconds(10));

            Map<String, Object> continued = report(id, Tokens.asProvider(PROVIDER), "MEASURABLE", 200);

            assertThat(continued).containsEntry("status", "APPROVED").containsEntry("x12ActionCode", "A1")
                    .containsEntry("approvedVisits", 12).containsEntry("validTo", "2026-04-12");
            assertThat(continued.get("reason")).isNull();
            assertThat(reEvaluation(continued)).containsEntry("status", "CONTINUED");
            AuthApproved approved = kafka.await(AuthApproved.class, e -> e.authorizationId().equals(id));
            assertThat(approved.approvedVisits()).isEqualTo(12);
            assertThat(approved.validTo()).hasToString("2026-04-12");
            assertThat(get(id)).containsEntry("approvedVisits", 12);
            // the next block is a new promise: its last visit will be announced again, and its end is (the fixture's
            // window is long past, so the expiry sweep finds the new end at once: AuthExpired for 2026-04-12)
            assertThat(db.sql("select exhausted_at is null as open from prior_authorization "
                    + "where authorization_id::text = :id").bind("id", id).map(row -> row.get("open", Boolean.class))
                    .one().block(Duration.ofSeconds(10))).isTrue();
            assertThat(kafka.await(AuthExpired.class, e -> e.authorizationId().equals(id) && e.approvedVisits() == 12)
                    .validTo()).hasToString("2026-04-12");

            // the gate is passed: a second report is a conflict, and only the first is kept
            anonymous().post().uri("/authorizations/{id}/progress-report", id).headers(Tokens.asProvider(PROVIDER))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(reportBody("MEASURABLE")).exchange()
                    .expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("status")
                    .jsonPath("$.errors[0].rule").isEqualTo("MN-06");
            assertThat(reportsOn(id)).isEqualTo(1);
        }
    }

    @Test
    void a_plateau_reported_by_the_prescriber_denies_the_remaining_visits_MN_09_and_the_authorization_says_so() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            String id = cutAtTheGate(kafka, member);

            Map<String, Object> ended = report(id, Tokens.asPrescriber(PRESCRIBER), "PLATEAU", 200);

            String reason = "6 of 12 visits: no further visit is certified: maintenance care is not medically "
                    + "necessary, the progress report of 2026-03-20 shows no further measurable gains (MN-09)";
            assertThat(ended).containsEntry("status", "PARTIALLY_APPROVED").containsEntry("approvedVisits", 6)
                    .containsEntry("reason", reason);
            assertThat(reEvaluation(ended)).containsEntry("status", "REST_DENIED").containsEntry("reasonCode", "MN-09");
            assertThat(kafka.await(AuthPartiallyApproved.class,
                    e -> e.authorizationId().equals(id) && e.reason().equals(reason)).approvedVisits()).isEqualTo(6);
            assertThat(reEvaluation(get(id))).containsEntry("status", "REST_DENIED");
        }
    }

    @Test
    void only_its_provider_or_prescriber_reports_and_a_report_dated_tomorrow_is_a_422() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            String id = cutAtTheGate(kafka, member);

            report(id, Tokens.asProvider(OTHER_PROVIDER), "MEASURABLE", 404);
            report(id, Tokens.asPrescriber(OTHER_PROVIDER), "MEASURABLE", 404);
            // a therapist who is also the patient reads the authorization, and still may not report on it
            report(id, Tokens.bearer(TestIssuer.get().sign(Tokens.claims(Role.PROVIDER, member, OTHER_PROVIDER)
                    .claim("roles", List.of("provider", "member")).build())), "MEASURABLE", 404);
            anonymous().post().uri("/authorizations/{id}/progress-report", id).headers(Tokens.asProvider(PROVIDER))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("reportedOn", "2999-01-01", "objectiveMeasures", IMPROVED,
                            "improvement", "MEASURABLE")).exchange()
                    .expectStatus().isEqualTo(422)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("reportedOn")
                    .jsonPath("$.errors[0].rule").isEqualTo("MN-06");
            anonymous().post().uri("/authorizations/{id}/progress-report", id).headers(Tokens.asProvider(PROVIDER))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("improvement", "MEASURABLE")).exchange()
                    .expectStatus().isBadRequest();

            assertThat(reportsOn(id)).isZero();
            assertThat(get(id)).containsEntry("approvedVisits", 6);
        }
    }

    /** WA L&I's plan (6 visits or 30 days), the referral known: 12 requested, 6 certified until day 30 (A2, MN-06). */
    private String cutAtTheGate(KafkaProbe kafka, String member) {
        coverage(kafka, member, WA_LNI, null);
        recordReferral(kafka, member, 12);
        Map<String, Object> cut = request(requestBody(member, 12));
        String id = (String) cut.get("authorizationId");
        assertThat(cut).containsEntry("status", "PARTIALLY_APPROVED").containsEntry("x12ActionCode", "A2")
                .containsEntry("approvedVisits", 6).containsEntry("validTo", "2026-03-31")
                .containsEntry("reason", "6 visits until 2026-03-31, then a progress report showing objective "
                        + "improvement (MN-06: re-evaluation after 6 visits or 30 days, whichever comes first)");
        assertThat(reEvaluation(cut)).containsEntry("status", "AWAITING_PROGRESS_REPORT")
                .containsEntry("reasonCode", "MN-06").containsEntry("dueAfterVisits", 6)
                .containsEntry("dueAfterDays", 30);
        assertThat(kafka.await(AuthPartiallyApproved.class, e -> e.authorizationId().equals(id)).approvedVisits())
                .isEqualTo(6);
        return id;
    }

    private Map<String, Object> request(Map<String, Object> body) {
        return anonymous().post().uri("/authorizations").headers(Tokens.asProvider(PROVIDER))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectBody(JSON).returnResult().getResponseBody();
    }

    private Map<String, Object> report(String id, Consumer<HttpHeaders> token, String improvement, int status) {
        return anonymous().post().uri("/authorizations/{id}/progress-report", id).headers(token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(reportBody(improvement)).exchange()
                .expectStatus().isEqualTo(status)
                .expectBody(JSON).returnResult().getResponseBody();
    }

    private static Map<String, Object> reportBody(String improvement) {
        return Map.of("reportedOn", "2026-03-20", "objectiveMeasures", IMPROVED, "improvement", improvement);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reEvaluation(Map<String, Object> authorization) {
        assertThat(authorization.get("reEvaluation")).isInstanceOf(Map.class);
        return (Map<String, Object>) authorization.get("reEvaluation");
    }

    private long reportsOn(String id) {
        return db.sql("select count(*) from progress_report where authorization_id::text = :id").bind("id", id)
                .map(row -> ((Number) row.get(0)).longValue()).one().block(DEADLINE);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    private WebTestClient anonymous() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(DEADLINE).build();
    }
}
