package org.medmassage.authorization.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.service.ServiceFixtures.PROVIDER;
import static org.medmassage.authorization.service.ServiceFixtures.newMember;
import static org.medmassage.authorization.service.ServiceFixtures.requestBody;
import static org.medmassage.authorization.service.ServiceFixtures.sessionBilled;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.events.Topics;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitNotAuthorized;
import org.medmassage.events.authorization.VisitReleased;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.SessionBilled;
import org.medmassage.testsupport.KafkaProbe;
import org.springframework.http.MediaType;

/** RULEBOOK Example 6d on the broker: an authorization for 97140 only and a visit billing 97124 + 97140 (PA-05). */
class PartlyAuthorizedVisitIntegrationTest extends AuthorizationServiceTest {

    @Test
    void a_partly_authorized_visit_is_authorized_naming_the_codes_not_authorized_and_uses_one_visit() {
        String member = newMember();
        String claim = "C1-" + member;
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            recordReferral(kafka, member, 12);
            Map<String, Object> auth = authorizeManualTherapyOnly(member);
            String id = (String) auth.get("authorizationId");

            kafka.publish(sessionBilled(member, claim, (String) auth.get("authorizationNumber"), "2026-03-10"));

            VisitAuthorized authorized = kafka.await(VisitAuthorized.class, e -> e.claimId().equals(claim));
            assertThat(authorized.authorizationId()).isEqualTo(id);
            assertThat(authorized.procedureCodesNotAuthorized()).containsExactly("97124");
            assertThat(authorized.visitsUsed()).isEqualTo(1);
            assertThat(authorized.visitsRemaining()).isEqualTo(11);
            assertThat(get(id)).containsEntry("visitsUsed", 1);

            // PA-04: a claim paid for its authorized line keeps the visit; only DENIED or a void gives it back
            kafka.publish(new ClaimAdjudicated(claim, member, LocalDate.parse("2026-03-10"), "PARTIALLY_PAID",
                    new BigDecimal("180.00"), new BigDecimal("25.60"), new BigDecimal("6.40"),
                    new BigDecimal("148.00"), List.of()));
            assertThat(publishedOnceSettled(kafka, Topics.CLAIM, VisitReleased.class, e -> e.claimId().equals(claim)))
                    .isEmpty();
            assertThat(get(id)).containsEntry("visitsUsed", 1);
        }
    }

    @Test
    void a_visit_billing_no_authorized_code_is_still_denied_whole_with_CO_284() {
        String member = newMember();
        String claim = "C1-" + member;
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            coverageRequiringPreAuth(kafka, member);
            recordReferral(kafka, member, 12);
            Map<String, Object> auth = authorizeManualTherapyOnly(member);

            kafka.publish(new SessionBilled(claim, member, (String) auth.get("authorizationNumber"), PROVIDER,
                    LocalDate.parse("2026-03-10"), "11", List.of("M54.50"), List.of("97124")));

            VisitNotAuthorized denied = kafka.await(VisitNotAuthorized.class, e -> e.claimId().equals(claim));
            assertThat(denied.carc()).isEqualTo("284");
            assertThat(denied.rarc()).isEqualTo("N54");
            assertThat(get((String) auth.get("authorizationId"))).containsEntry("visitsUsed", 0);
        }
    }

    private Map<String, Object> authorizeManualTherapyOnly(String member) {
        Map<String, Object> body = requestBody(member, 12);
        body.put("procedureCodes", List.of("97140"));
        Map<String, Object> created = http().post().uri("/authorizations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated()
                .expectBody(JSON).returnResult().getResponseBody();
        assertThat(created).containsEntry("procedureCodes", List.of("97140"));
        return created;
    }
}
