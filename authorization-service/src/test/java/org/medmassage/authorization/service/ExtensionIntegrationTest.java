package org.medmassage.authorization.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.service.ServiceFixtures.PROVIDER;
import static org.medmassage.authorization.service.ServiceFixtures.newMember;
import static org.medmassage.authorization.service.ServiceFixtures.requestBody;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.events.authorization.AuthApproved;
import org.medmassage.events.authorization.AuthPartiallyApproved;
import org.medmassage.testsupport.KafkaProbe;
import org.medmassage.testsupport.Tokens;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 14 item 4 (ADR 0065): POST /authorizations/{id}/extension, decided by the rules of a request (MN-04, MN-05)
 * and re-announced under the same id with AuthApproved or AuthPartiallyApproved; 409 when not certified, 422 naming the
 * field when it asks for nothing more. The requests here are received after the fixtures' referral ended: retro
 * requests, taken without a limit by default.
 */
class ExtensionIntegrationTest extends AuthorizationServiceTest {

    private static final String OTHER_PROVIDER = "1679576722";
    private static final String WHY = "cervical rotation 45° → 70°; sitting tolerance 20 → 60 min";

    @Test
    void more_visits_are_certified_up_to_the_referral_and_announced_under_the_same_id() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            recordReferral(kafka, member, 12);
            String id = certified(member, 6);
            // as if its 6 visits were used: AuthExhausted announced once already
            db.sql("update prior_authorization set exhausted_at = now() where authorization_id::text = :id")
                    .bind("id", id).then().block(Duration.ofSeconds(10));

            Map<String, Object> four = extend(id, Map.of("additionalVisits", 4, "reason", WHY), 200);

            assertThat(four).containsEntry("authorizationId", id).containsEntry("status", "APPROVED")
                    .containsEntry("x12ActionCode", "A1").containsEntry("approvedVisits", 10)
                    .containsEntry("requestedVisits", 10).containsEntry("validTo", "2026-04-12");
            AuthApproved approved = kafka.await(AuthApproved.class,
                    e -> e.authorizationId().equals(id) && e.approvedVisits() == 10);
            assertThat(approved.validTo()).hasToString("2026-04-12");
            // more visits are a new promise: the last of them is announced again (decision 0062)
            assertThat(db.sql("select exhausted_at is null as open from prior_authorization where authorization_id::text"
                    + " = :id").bind("id", id).map(row -> row.get("open", Boolean.class)).one()
                    .block(Duration.ofSeconds(10))).isTrue();

            // MN-05: 4 more would be the 14th session of a 12-session referral
            Map<String, Object> cut = extend(id, Map.of("additionalVisits", 4, "reason", WHY), 200);

            assertThat(cut).containsEntry("status", "PARTIALLY_APPROVED").containsEntry("x12ActionCode", "A2")
                    .containsEntry("approvedVisits", 12).containsEntry("requestedVisits", 14)
                    .containsEntry("reason", "12 of 14 visits: referral R-" + member + " orders 12 sessions");
            assertThat(kafka.await(AuthPartiallyApproved.class,
                    e -> e.authorizationId().equals(id) && e.approvedVisits() == 12).requestedVisits()).isEqualTo(14);
            assertThat(get(id)).containsEntry("approvedVisits", 12);
        }
    }

    @Test
    void an_extension_the_rules_refuse_keeps_what_was_certified_and_says_why_with_AuthPartiallyApproved() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            recordReferral(kafka, member, 12);
            String id = certified(member, 12);

            Map<String, Object> kept = extend(id, Map.of("endDate", "2026-05-31", "reason", WHY), 200);

            String reason = "12 of 12 visits until 2026-04-12: extension not granted: referral R-" + member
                    + " ends on 2026-04-12 (MN-04)";
            assertThat(kept).containsEntry("status", "PARTIALLY_APPROVED").containsEntry("approvedVisits", 12)
                    .containsEntry("validTo", "2026-04-12").containsEntry("reason", reason);
            assertThat(kafka.await(AuthPartiallyApproved.class,
                    e -> e.authorizationId().equals(id) && reason.equals(e.reason())).approvedVisits()).isEqualTo(12);
        }
    }

    @Test
    void asking_for_nothing_more_is_a_422_naming_the_field_and_a_pended_request_a_409() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            recordReferral(kafka, member, 12);
            String id = certified(member, 6);

            rejected(id, Map.of("reason", WHY), "additionalVisits");
            rejected(id, Map.of("additionalVisits", 0, "reason", WHY), "additionalVisits");
            rejected(id, Map.of("endDate", "2026-04-01", "reason", WHY), "endDate");
            anonymous().post().uri("/authorizations/{id}/extension", id).headers(Tokens.asProvider(PROVIDER))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("additionalVisits", 2)).exchange()
                    .expectStatus().isBadRequest();
            extend(id, Map.of("additionalVisits", 2, "reason", WHY), OTHER_PROVIDER, 404);
            assertThat(get(id)).containsEntry("approvedVisits", 6).containsEntry("requestedVisits", 6);
        }

        String pended = (String) requestAs(requestBody(newMember(), 6)).get("authorizationId");
        anonymous().post().uri("/authorizations/{id}/extension", pended).headers(Tokens.asProvider(PROVIDER))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("additionalVisits", 2, "reason", WHY))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status")
                .jsonPath("$.errors[0].rule").isEqualTo("PA-06");
    }

    private String certified(String member, int visits) {
        Map<String, Object> created = requestAs(requestBody(member, visits));
        assertThat(created).containsEntry("status", "APPROVED").containsEntry("approvedVisits", visits);
        return (String) created.get("authorizationId");
    }

    private void rejected(String id, Map<String, Object> body, String field) {
        anonymous().post().uri("/authorizations/{id}/extension", id).headers(Tokens.asProvider(PROVIDER))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.errors[0].rule").isEqualTo("PA-06");
    }

    private Map<String, Object> requestAs(Map<String, Object> body) {
        return anonymous().post().uri("/authorizations").headers(Tokens.asProvider(PROVIDER))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new HashMap<>(body)).exchange()
                .expectStatus().isCreated()
                .expectBody(JSON).returnResult().getResponseBody();
    }

    private Map<String, Object> extend(String id, Map<String, Object> body, int status) {
        return extend(id, body, PROVIDER, status);
    }

    private Map<String, Object> extend(String id, Map<String, Object> body, String npi, int status) {
        return anonymous().post().uri("/authorizations/{id}/extension", id).headers(Tokens.asProvider(npi))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isEqualTo(status)
                .expectBody(JSON).returnResult().getResponseBody();
    }

    private WebTestClient anonymous() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(DEADLINE).build();
    }
}
